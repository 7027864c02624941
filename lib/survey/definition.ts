/**
 * The questionnaire, defined once (survey version 2023.1). The form, the
 * validation, storage and the figures all read it; the wording lives in
 * messages/ under Survey.items.<key>.
 */
export const SURVEY_VERSION = '2023.1';

/** The Likert scale in the order it is shown: strongly agree first, "don't know" last. */
export const LIKERT_OPTIONS = ['5', '4', '3', '2', '1', 'dk'] as const;

const MIN_PLAN_USE_OPTIONS = ['yes', 'no', 'unknown'] as const;
export const MEETING_CHANNEL_OPTIONS = ['in_person', 'phone', 'video', 'dk'] as const;

export const COMMENT_MAX_LENGTH = 2000;
/** A survey post is a few kilobytes: a larger body is refused before anything reads it (proxy.ts). */
export const MAX_SURVEY_BYTES = 64 * 1024;

export type GoalKey = 'guidance' | 'clear_purpose' | 'min_plan' | 'resources' | 'cooperation';

type ChoiceItem<K extends string, O extends readonly string[]> = {
  key: K;
  kind: 'likert' | 'choice';
  options: O;
  goal?: GoalKey;
  /** Asked (and stored) only when another item has a given answer. */
  showWhen?: { item: string; equals: string };
};

export const ITEMS = [
  { key: 'guidance_helps', kind: 'likert', options: LIKERT_OPTIONS, goal: 'guidance' },
  { key: 'guidance_knowledge', kind: 'likert', options: LIKERT_OPTIONS, goal: 'guidance' },
  { key: 'clear_purpose', kind: 'likert', options: LIKERT_OPTIONS, goal: 'clear_purpose' },
  { key: 'min_plan_use', kind: 'choice', options: MIN_PLAN_USE_OPTIONS, goal: 'min_plan' },
  {
    key: 'min_plan_overview',
    kind: 'likert',
    options: LIKERT_OPTIONS,
    goal: 'min_plan',
    showWhen: { item: 'min_plan_use', equals: 'yes' },
  },
  { key: 'resources_included', kind: 'likert', options: LIKERT_OPTIONS, goal: 'resources' },
  { key: 'professionals_cooperate', kind: 'likert', options: LIKERT_OPTIONS, goal: 'cooperation' },
  { key: 'meeting_channel', kind: 'choice', options: MEETING_CHANNEL_OPTIONS },
] as const satisfies readonly ChoiceItem<string, readonly string[]>[];

export type ChoiceItemKey = (typeof ITEMS)[number]['key'];
export type SurveyFieldKey = ChoiceItemKey | 'comment';

const CHOICE_ITEM_KEYS = ITEMS.map((item) => item.key) as ChoiceItemKey[];
export const SURVEY_FIELD_KEYS: readonly SurveyFieldKey[] = [...CHOICE_ITEM_KEYS, 'comment'];

export type Answers = Partial<Record<ChoiceItemKey, string>> & { comment?: string };

type Item = (typeof ITEMS)[number];

/**
 * Each answer code of an item with the key of its wording under Survey (the Likert scale, or the
 * item's own options), in the form's order: the form, the answer counts and the exports share it.
 */
export function optionKeys(item: Item) {
  if (item.kind === 'likert') return item.options.map((value) => ({ value, key: `likert.${value}` as const }));
  if (item.key === 'min_plan_use')
    return item.options.map((value) => ({ value, key: `items.min_plan_use.options.${value}` as const }));
  return item.options.map((value) => ({ value, key: `items.meeting_channel.options.${value}` as const }));
}

/** Whether a follow-up item is asked, given the answers so far. */
export function isAsked(key: ChoiceItemKey, answers: Answers): boolean {
  const item = ITEMS.find((candidate) => candidate.key === key);
  if (!item || !('showWhen' in item)) return true;
  return answers[item.showWhen.item as ChoiceItemKey] === item.showWhen.equals;
}

/** Drops answers to follow-ups that were not asked (the Min Plan overview unless Min Plan is used). */
export function applyFollowUpRule<T extends Answers>(answers: T): T {
  const result = { ...answers };
  for (const item of ITEMS) {
    if (!isAsked(item.key, answers)) delete result[item.key];
  }
  return result;
}
