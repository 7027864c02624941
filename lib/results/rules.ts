import { ITEMS, type Answers, type ChoiceItemKey, type GoalKey } from '../survey/definition';
import { GOALS } from '../goals';

/** "Agree" is 4 or 5 on the Likert scale; "answered" is 1-5 ("don't know" and skipped are not). */
export const AGREE_MIN = 4;

/**
 * How a goal is counted, read from the questionnaire rather than written out again:
 * - `any`: the goal's Likert items; in the denominator when at least one is answered,
 *   in the numerator when at least one is agreed with (goal 1 has two, the rest one).
 * - `gated`: a choice item with a follow-up asked only on one answer (Min Plan); in the
 *   denominator when the choice is answered at all, in the numerator when it has that
 *   answer and the follow-up is agreed with.
 */
export type GoalRule =
  | { goal: GoalKey; kind: 'any'; items: ChoiceItemKey[] }
  | { goal: GoalKey; kind: 'gated'; gate: ChoiceItemKey; gateValue: string; item: ChoiceItemKey };

function ruleFor(goal: GoalKey): GoalRule {
  const items = ITEMS.filter((item) => 'goal' in item && item.goal === goal);
  const followUp = items.find((item) => 'showWhen' in item);
  if (followUp && 'showWhen' in followUp) {
    const gate = items.find((item) => item.key === followUp.showWhen.item);
    if (!gate) throw new Error(`Goal ${goal}: the follow-up's question is not part of the goal`);
    return { goal, kind: 'gated', gate: gate.key, gateValue: followUp.showWhen.equals, item: followUp.key };
  }
  if (items.length === 0 || items.some((item) => item.kind !== 'likert')) {
    throw new Error(`Goal ${goal} needs Likert items or a gated follow-up`);
  }
  return { goal, kind: 'any', items: items.map((item) => item.key) };
}

export const GOAL_RULES: readonly GoalRule[] = GOALS.map((goal) => ruleFor(goal.key));

const isAnswered = (value: string | undefined) => value !== undefined && value !== 'dk';
const agrees = (value: string | undefined) => isAnswered(value) && Number(value) >= AGREE_MIN;

/** One respondent's place in a goal: `agree`, `other` (counted, not agreeing) or null (left out). */
export function goalOutcome(rule: GoalRule, answers: Answers): 'agree' | 'other' | null {
  if (rule.kind === 'gated') {
    if (answers[rule.gate] === undefined) return null;
    return answers[rule.gate] === rule.gateValue && agrees(answers[rule.item]) ? 'agree' : 'other';
  }
  if (!rule.items.some((key) => isAnswered(answers[key]))) return null;
  return rule.items.some((key) => agrees(answers[key])) ? 'agree' : 'other';
}
