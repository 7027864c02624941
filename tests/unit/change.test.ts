import { describe, expect, it } from 'vitest';
import { changeBetween } from '@/lib/results/change';
import { wilson } from '@/lib/results/figures';

/**
 * Newcombe RG. Interval estimation for the difference between independent proportions:
 * comparison of eleven methods. Stat Med 1998;17:873–890, Table II, method 10 (hybrid score,
 * no continuity correction), with z = 1.96 as in the paper.
 */
const PAPER: [number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.1705, 0.809],
  [5, 56, 0, 29, -0.0381, 0.1926],
  [0, 10, 0, 20, -0.1611, 0.2775],
  [0, 10, 0, 10, -0.2775, 0.2775],
  [10, 10, 0, 20, 0.6791, 1],
  [10, 10, 0, 10, 0.6075, 1],
];

describe('the change since the previous quarter', () => {
  it("matches Newcombe's published intervals (method 10)", () => {
    for (const [a1, n1, a2, n2, lower, upper] of PAPER) {
      // The paper's z is 1.96; the reporting rules' 1.959964 moves the fourth decimal at most by one.
      const [l1, u1] = wilson(a1, n1, 1.96)!;
      const [l2, u2] = wilson(a2, n2, 1.96)!;
      const p1 = a1 / n1;
      const p2 = a2 / n2;
      expect(p1 - p2 - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), `${a1}/${n1} − ${a2}/${n2}`).toBeCloseTo(lower, 4);
      expect(p1 - p2 + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2), `${a1}/${n1} − ${a2}/${n2}`).toBeCloseTo(upper, 4);
      // The code itself, in points with one decimal: within rounding (0.05) and the z difference.
      const change = changeBetween({ agree: a1, n: n1 }, { agree: a2, n: n2 })!;
      expect(Math.abs(change.ci95[0] - 100 * lower), `lower ${a1}/${n1} − ${a2}/${n2}`).toBeLessThanOrEqual(0.06);
      expect(Math.abs(change.ci95[1] - 100 * upper), `upper ${a1}/${n1} − ${a2}/${n2}`).toBeLessThanOrEqual(0.06);
    }
  });

  it('gives points with one decimal and calls it better or worse only when the interval excludes 0', () => {
    expect(changeBetween({ agree: 56, n: 70 }, { agree: 48, n: 80 })).toEqual({
      points: 20,
      ci95: [5.2, 33.4],
      direction: 'better',
    });
    expect(changeBetween({ agree: 48, n: 80 }, { agree: 56, n: 70 })).toEqual({
      points: -20,
      ci95: [-33.4, -5.2],
      direction: 'worse',
    });
    expect(changeBetween({ agree: 5, n: 56 }, { agree: 0, n: 29 })?.direction).toBe('unclear');
    expect(changeBetween({ agree: 5, n: 10 }, { agree: 0, n: 0 })).toBeNull();
  });
});
