import type { GoalKey } from '../survey/definition';

/** z for a two-sided 95 % interval, as the reporting rules fix it. */
const Z95 = 1.959964;

export type GoalCounts = { n: number; agree: number };
/** `suppressed`: a breakdown cell hidden so that a too-small neighbour cannot be worked out. */
export type Status = 'met' | 'not_met' | 'too_few' | 'suppressed';
type Certainty = 'clear' | 'uncertain';
/** Why a breakdown cell is hidden: too few answers itself, or hidden so that another cannot be worked out. */
export type Hidden = 'too_few' | 'suppressed';

export type GoalFigure = {
  goal: number;
  key: GoalKey;
  threshold: number;
  n: number;
  agree: number | null;
  percent: number | null;
  ci95: [number, number] | null;
  status: Status;
  certainty: Certainty | null;
};

export const round1 = (value: number) => Math.round(value * 10) / 10;

/** The 95 % Wilson score interval of agree/n as fractions; null when n is 0. */
export function wilson(agree: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = agree / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return [Math.max(0, (centre - spread) / denominator), Math.min(1, (centre + spread) / denominator)];
}

/**
 * A goal's figure from its counts. The status compares the exact share with the
 * threshold (100·agree/n ≥ threshold, so a tie is met); the certainty compares the
 * exact interval; the percentage and the interval are rounded to one decimal for showing.
 */
export function goalFigure(
  goal: { key: GoalKey; number: number },
  counts: GoalCounts,
  threshold: number,
  minCellSize: number,
): GoalFigure {
  const base = { goal: goal.number, key: goal.key, threshold, n: counts.n };
  if (counts.n < minCellSize || counts.n === 0) {
    return { ...base, agree: null, percent: null, ci95: null, status: 'too_few', certainty: null };
  }
  const [lo, hi] = wilson(counts.agree, counts.n)!;
  const met = 100 * counts.agree >= threshold * counts.n;
  const clear = met ? 100 * lo >= threshold : 100 * hi < threshold;
  return {
    ...base,
    agree: counts.agree,
    percent: round1((100 * counts.agree) / counts.n),
    ci95: [round1(100 * lo), round1(100 * hi)],
    status: met ? 'met' : 'not_met',
    certainty: clear ? 'clear' : 'uncertain',
  };
}

/** Hides a figure's counts; n stays visible. */
export function hide(figure: GoalFigure, why: Hidden): GoalFigure {
  return { ...figure, agree: null, percent: null, ci95: null, status: why, certainty: null };
}

/**
 * Complementary suppression of one goal's cells in one breakdown. Cells under the
 * minimum are hidden. While exactly one hidden cell has answers, or the hidden cells
 * together have some but fewer than the minimum, the shown cell with the smallest n
 * (ties: the value first in alphabetical order) is hidden too, so that no hidden
 * count can be worked out from the total and the shown ones.
 */
export function hiddenCells(cells: readonly { value: string; n: number }[], minCellSize: number): Map<string, Hidden> {
  const hidden = new Map<string, Hidden>();
  for (const cell of cells) if (cell.n < minCellSize) hidden.set(cell.value, 'too_few');
  for (;;) {
    const hiddenN = cells.filter((cell) => hidden.has(cell.value)).map((cell) => cell.n);
    const withAnswers = hiddenN.filter((n) => n > 0).length;
    const sum = hiddenN.reduce((a, b) => a + b, 0);
    if (!(withAnswers === 1 || (sum > 0 && sum < minCellSize))) break;
    const next = cells
      .filter((cell) => !hidden.has(cell.value))
      .sort((a, b) => a.n - b.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))[0];
    if (!next) break;
    hidden.set(next.value, 'suppressed');
  }
  return hidden;
}
