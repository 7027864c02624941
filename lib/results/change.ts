import { round1, wilson, type GoalCounts } from './figures';

/** How a goal moved since the previous quarter, in percentage points. */
export type Change = {
  /** This quarter's share minus the previous one's, in percentage points, one decimal. */
  points: number;
  /** Newcombe's hybrid score interval (1998, method 10), 95 %, in percentage points. */
  ci95: [number, number];
  /** Better or worse only when the interval excludes 0; otherwise the change may be chance. */
  direction: 'better' | 'worse' | 'unclear';
};

/**
 * The difference of two independent proportions with Newcombe's hybrid score interval: each
 * share's Wilson interval, combined as d − √((p₁−l₁)² + (u₂−p₂)²) to d + √((u₁−p₁)² + (p₂−l₂)²).
 * Unlike the simple Wald interval it stays inside ±100 and behaves at 0 % and 100 %.
 * Null when either quarter has no answers.
 */
export function changeBetween(now: GoalCounts, before: GoalCounts): Change | null {
  const [l1, u1] = wilson(now.agree, now.n) ?? [];
  const [l2, u2] = wilson(before.agree, before.n) ?? [];
  if (l1 === undefined || u1 === undefined || l2 === undefined || u2 === undefined) return null;
  const p1 = now.agree / now.n;
  const p2 = before.agree / before.n;
  const d = p1 - p2;
  const lower = d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const upper = d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  return {
    points: round1(100 * d),
    ci95: [round1(100 * lower), round1(100 * upper)],
    direction: lower > 0 ? 'better' : upper < 0 ? 'worse' : 'unclear',
  };
}
