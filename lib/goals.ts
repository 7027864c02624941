import type { GoalKey } from './survey/definition';

/** The five goals in order, with the 2023 plan's thresholds (percent). */
export const GOALS: readonly { key: GoalKey; number: number; defaultThreshold: number }[] = [
  { key: 'guidance', number: 1, defaultThreshold: 60 },
  { key: 'clear_purpose', number: 2, defaultThreshold: 80 },
  { key: 'min_plan', number: 3, defaultThreshold: 70 },
  { key: 'resources', number: 4, defaultThreshold: 80 },
  { key: 'cooperation', number: 5, defaultThreshold: 75 },
];

export const DEFAULT_THRESHOLD_YEAR = 2023;
export const DEFAULT_THRESHOLDS = Object.fromEntries(GOALS.map((g) => [g.key, g.defaultThreshold])) as Record<
  GoalKey,
  number
>;
