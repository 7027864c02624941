import 'server-only';
import type { Db } from '@/db/client';
import { countGoals, countGoalsByQuarter } from '@/db/queries/results';
import {
  BREAKDOWNS,
  type Breakdown,
  type BreakdownGroup,
  type CountRow,
  type Results,
  type TrendPoint,
} from '@/lib/results/types';
import { responseRate } from '@/db/queries/follow-up';
import { getSettings, thresholdsForYear } from '@/db/queries/settings';
import { copenhagenMidnight } from '@/lib/dates';
import { GOALS } from '@/lib/goals';
import type { GoalKey } from '@/lib/survey/definition';
import { changeBetween, type Change } from '@/lib/results/change';
import { goalFigure, hide, hiddenCells, round1, type GoalFigure } from '@/lib/results/figures';
import { quarterOfDay, lastCountableDay, quarterPeriod, quartersUpTo, type ResultPeriod } from '@/lib/periods';

/** A period uses the thresholds of the year in which it ends. */
const thresholdsFor = (db: Db, period: { to: string }) => thresholdsForYear(db, Number(period.to.slice(0, 4)));

function figures(row: CountRow, thresholds: Record<GoalKey, number>, minCellSize: number): GoalFigure[] {
  return GOALS.map((goal) => goalFigure(goal, row.goals[goal.key], thresholds[goal.key], minCellSize));
}

/** Every goal's figures per group, with complementary suppression per goal across the groups. */
function breakdownGroups(rows: CountRow[], thresholds: Record<GoalKey, number>, minCellSize: number): BreakdownGroup[] {
  const groups = rows.map((row) => ({
    value: row.value,
    responses: row.responses,
    goals: figures(row, thresholds, minCellSize),
  }));
  GOALS.forEach((goal, index) => {
    const hidden = hiddenCells(
      rows.map((row) => ({ value: row.value ?? '', n: row.goals[goal.key].n })),
      minCellSize,
    );
    for (const group of groups) {
      const why = hidden.get(group.value ?? '');
      if (why) group.goals[index] = hide(group.goals[index]!, why);
    }
  });
  return groups;
}

function resultsFrom(
  db: Db,
  period: { from: string; to: string },
  total: CountRow,
  thresholds: Record<GoalKey, number>,
  minCellSize: number,
): Results {
  const rate = responseRate(db, { from: copenhagenMidnight(period.from), to: copenhagenMidnight(period.to, 1) });
  return {
    period: { from: period.from, to: period.to },
    responses: total.responses,
    minCellSize,
    responseRate: { ...rate, rate: rate.rate === null ? null : round1(100 * rate.rate) },
    goals: figures(total, thresholds, minCellSize),
  };
}

/** The results API's answer: the period's figures, optionally with one breakdown. */
export function buildResults(db: Db, period: ResultPeriod, by?: Breakdown): Results {
  const { minCellSize } = getSettings(db);
  const thresholds = thresholdsFor(db, period);
  // Every response is in exactly one group (the null group too), so the groups add up to the total.
  const groups = by ? countGoals(db, period, by) : null;
  const results = resultsFrom(
    db,
    period,
    groups ? sumRows(groups) : countGoals(db, period)[0]!,
    thresholds,
    minCellSize,
  );
  if (by && groups) results.breakdown = { by, groups: breakdownGroups(groups, thresholds, minCellSize) };
  return results;
}

type AllBreakdowns = {
  results: Results;
  breakdowns: NonNullable<Results['breakdown']>[];
};

/**
 * The figures with every breakdown, for the dashboard and the export: each
 * breakdown is counted once, and the total is added up from the target groups.
 */
export function buildAllBreakdowns(db: Db, period: ResultPeriod): AllBreakdowns {
  const { minCellSize } = getSettings(db);
  const thresholds = thresholdsFor(db, period);
  const counted = BREAKDOWNS.map((by) => ({ by, rows: countGoals(db, period, by) }));
  const byTargetGroup = counted.find(({ by }) => by === 'target_group')!.rows;
  return {
    results: resultsFrom(db, period, sumRows(byTargetGroup), thresholds, minCellSize),
    breakdowns: counted.map(({ by, rows }) => ({ by, groups: breakdownGroups(rows, thresholds, minCellSize) })),
  };
}

/**
 * Each goal per quarter for the `count` quarters ending with the one the period ends in.
 * The running month is never counted: a quarter still under way shows its complete months.
 */
export function buildTrend(db: Db, period: ResultPeriod, count = 8, now = new Date()): TrendPoint[] {
  const quarters = quartersUpTo(quarterOfDay(period.to), count).map(quarterPeriod);
  const limit = lastCountableDay(now);
  const last = quarters.at(-1)!.to < limit ? quarters.at(-1)!.to : limit;
  const rows = new Map(countGoalsByQuarter(db, { from: quarters[0]!.from, to: last }).map((row) => [row.value, row]));
  const { minCellSize } = getSettings(db);
  const byYear = new Map<number, Record<GoalKey, number>>();
  return quarters.map((quarter) => {
    const row = rows.get(quarter.label) ?? emptyRow(quarter.label);
    const year = Number(quarter.to.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, thresholdsFor(db, quarter));
    const soFar = quarter.to > limit && quarter.from <= limit;
    return {
      quarter: quarter.label,
      responses: row.responses,
      goals: figures(row, byYear.get(year)!, minCellSize),
      soFar,
    };
  });
}

function sumRows(rows: CountRow[]): CountRow {
  const total = emptyRow(null);
  for (const row of rows) {
    total.responses += row.responses;
    for (const goal of GOALS) {
      total.goals[goal.key].n += row.goals[goal.key].n;
      total.goals[goal.key].agree += row.goals[goal.key].agree;
    }
  }
  return total;
}

function emptyRow(value: string | null): CountRow {
  return {
    value,
    responses: 0,
    goals: Object.fromEntries(GOALS.map((g) => [g.key, { n: 0, agree: 0 }])) as CountRow['goals'],
  };
}

/**
 * Each goal's change from the trend's second-last quarter to its last (the period's quarter),
 * when both have a figure to show; for the dashboard and the report.
 */
export function changesFromTrend(trend: TrendPoint[]): Record<GoalKey, Change | null> | null {
  const [before, now] = trend.slice(-2);
  if (!before || !now) return null;
  return Object.fromEntries(
    now.goals.map((figure, i) => {
      const previous = before.goals[i]!;
      const counts = (f: typeof figure) => (f.agree === null ? null : { agree: f.agree, n: f.n });
      const [a, b] = [counts(figure), counts(previous)];
      return [figure.key, a && b ? changeBetween(a, b) : null];
    }),
  ) as Record<GoalKey, Change | null>;
}
