import type { Statement } from 'better-sqlite3';
import type { Db } from '../client';
import { GOALS } from '@/lib/goals';
import { monthDays } from '@/lib/periods';
import { COUNT_COLUMNS } from '../roll-up';
import type { GoalCounts } from '@/lib/results/figures';
import type { Breakdown, CountRow, DayPeriod, Distribution, ShownComment } from '@/lib/results/types';
import { RESPONSE_FILE_COLUMNS } from '@/lib/response-file';
import { ITEMS, type GoalKey } from '@/lib/survey/definition';
import { likertCode } from './responses';

const SUMS = COUNT_COLUMNS.map((name) => `coalesce(SUM(${name}), 0) AS "${name}"`).join(', ');

/** A breakdown's value in `response_months`, where a missing team or channel is ''. */
const CELL_VALUE: Record<Breakdown, string> = {
  target_group: 'target_group',
  team: "NULLIF(team, '')",
  meeting_channel: "NULLIF(meeting_channel, '')",
  language: 'language',
};

/** The months (YYYY-MM) a period of whole months covers; results are counted by month. */
function monthsOf(period: DayPeriod): [string, string] {
  const [from, to] = [period.from.slice(0, 7), period.to.slice(0, 7)];
  if (period.from !== monthDays(from).first || period.to !== monthDays(to).last) {
    throw new Error(`Results are counted in whole months, not ${period.from}–${period.to}`);
  }
  return [from, to];
}

/** The counts of the period's months from the roll-up: one row per `value`, or one in all. */
const fromRollUp = (value: string | null) =>
  `SELECT ${value ?? 'NULL'} AS value, ${SUMS} FROM response_months WHERE month BETWEEN ? AND ?` +
  (value ? ' GROUP BY 1 ORDER BY 1' : '');

type RawRow = Record<string, number | string | null>;

function toCountRow(row: RawRow): CountRow {
  const goals = {} as Record<GoalKey, GoalCounts>;
  for (const goal of GOALS) {
    goals[goal.key] = { n: Number(row[`${goal.key}_n`] ?? 0), agree: Number(row[`${goal.key}_agree`] ?? 0) };
  }
  return { value: (row.value as string | null) ?? null, responses: Number(row.responses), goals };
}

const statements = new WeakMap<Db, Map<string, Statement<unknown[]>>>();
function prepared(db: Db, key: string, text: () => string) {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(key);
  if (!statement) cache.set(key, (statement = db.$client.prepare<unknown[]>(text())));
  return statement;
}

/**
 * Numerator and denominator of all five goals in the period's months, read from the roll-up
 * (a few rows per month and cell, however many responses): the whole period, or one row per
 * value of a breakdown. Groups with no response in the period are absent.
 */
export function countGoals(db: Db, period: DayPeriod, by?: Breakdown): CountRow[] {
  // Without a breakdown the aggregate always gives exactly one row, with zeros for an empty period.
  const statement = prepared(db, `goals:${by ?? ''}`, () => fromRollUp(by ? CELL_VALUE[by] : null));
  return (statement.all(...monthsOf(period)) as RawRow[]).map(toCountRow);
}

/** Quarter label (YYYY-Qn) of a month in the roll-up, in SQL. */
const QUARTER_SQL = `substr(month, 1, 4) || '-Q' || ((CAST(substr(month, 6, 2) AS INTEGER) + 2) / 3)`;

/** The five goals' counts per calendar quarter in a period, oldest first. */
export function countGoalsByQuarter(db: Db, period: DayPeriod): CountRow[] {
  return (prepared(db, 'goals:quarter', () => fromRollUp(QUARTER_SQL)).all(...monthsOf(period)) as RawRow[]).map(
    toCountRow,
  );
}

/** How often each answer was given to each item in the period (skipped counted apart; Likert "don't know" is stored as 0). */
export function countDistribution(db: Db, period: DayPeriod): Distribution {
  const parts: string[] = [];
  for (const item of ITEMS) {
    for (const option of item.options) {
      const stored = item.kind === 'likert' ? (option === 'dk' ? '0' : option) : `'${option}'`;
      parts.push(`COUNT(*) FILTER (WHERE ${item.key} = ${stored}) AS "${item.key}:${option}"`);
    }
    // A follow-up was skipped only by those who were asked it (Min Plan's: those who use it).
    const asked = 'showWhen' in item ? ` AND ${item.showWhen.item} = '${item.showWhen.equals}'` : '';
    parts.push(`COUNT(*) FILTER (WHERE ${item.key} IS NULL${asked}) AS "${item.key}:"`);
  }
  const statement = prepared(
    db,
    'distribution',
    () => `SELECT ${parts.join(', ')} FROM responses WHERE submitted_on BETWEEN ? AND ?`,
  );
  const row = statement.get(period.from, period.to) as RawRow;
  return ITEMS.map((item) => ({
    item: item.key,
    counts: Object.fromEntries(item.options.map((option) => [option, Number(row[`${item.key}:${option}`] ?? 0)])),
    skipped: Number(row[`${item.key}:`] ?? 0),
  }));
}

/** The month (YYYY-MM) of a stored day, in SQL. */
const MONTH_SQL = `substr(submitted_on, 1, 7)`;

/**
 * The period's comments with their month, never the day, newest month first. The target group
 * is given only when that month and group has at least `minCellSize` responses (read from the
 * roll-up), the team never. Within a month the order is the responses' random keys, so it says
 * nothing about the day. The comments come from their own partial index (migration 0010).
 */
export function listComments(db: Db, period: DayPeriod, minCellSize: number, limit = 500): ShownComment[] {
  const [fromMonth, toMonth] = monthsOf(period);
  return prepared(
    db,
    'comments',
    () =>
      `WITH cells AS (
         SELECT month, target_group, SUM(responses) AS n FROM response_months
         WHERE month BETWEEN ? AND ? GROUP BY month, target_group
       ), shown AS (
         SELECT ${MONTH_SQL} AS month, target_group, comment, id FROM responses
         WHERE submitted_on BETWEEN ? AND ? AND comment IS NOT NULL
         ORDER BY month DESC, id LIMIT ?
       )
       SELECT shown.month AS month, CASE WHEN cells.n >= ? THEN shown.target_group END AS targetGroup,
         shown.comment AS comment
       FROM shown JOIN cells ON cells.month = shown.month AND cells.target_group = shown.target_group
       ORDER BY shown.month DESC, shown.id`,
  ).all(fromMonth, toMonth, period.from, period.to, limit, minCellSize) as ShownComment[];
}

/** The first and last day with a response, or null when there is none. */
export function responseSpan(db: Db): { first: string; last: string } | null {
  // Two scalar subqueries read one end of the index each; MIN and MAX together would scan it.
  const row = db.$client
    .prepare(
      'SELECT (SELECT MIN(submitted_on) FROM responses) AS first, (SELECT MAX(submitted_on) FROM responses) AS last',
    )
    .get() as {
    first: string | null;
    last: string | null;
  };
  return row.first && row.last ? { first: row.first, last: row.last } : null;
}

/**
 * Columns of the anonymous responses export: the import's, with the month instead of the day
 * and where each came from instead of the comment (which comes last, when asked for).
 */
const RESPONSE_EXPORT_COLUMNS = [
  'month',
  ...RESPONSE_FILE_COLUMNS.filter((column) => column !== 'comment' && column !== 'submitted_on'),
  'source',
] as const;
const LIKERT_COLUMNS = new Set<string>(ITEMS.filter((item) => item.kind === 'likert').map((item) => item.key));

/**
 * The period's responses, a row each, in the order of their random keys within each month.
 * The month, never the day. A row's team is blank when its (month, target group, team) has
 * fewer than `minCellSize` responses, its target group blank when its (month, target group)
 * has fewer (DESIGN.md, "Privacy by design"). Comments only when asked.
 */
export function listResponsesForExport(
  db: Db,
  period: DayPeriod,
  minCellSize: number,
  withComments: boolean,
): string[][] {
  const rows = db.$client
    .prepare(
      `SELECT ${MONTH_SQL} AS month, r.*,
         COUNT(*) OVER (PARTITION BY ${MONTH_SQL}, target_group) AS group_n,
         COUNT(*) OVER (PARTITION BY ${MONTH_SQL}, target_group, team) AS team_n
       FROM responses r WHERE submitted_on BETWEEN ? AND ?
       ORDER BY month, r.id`,
    )
    .all(period.from, period.to) as Record<string, string | number | null>[];
  const header = [...RESPONSE_EXPORT_COLUMNS, ...(withComments ? ['comment'] : [])];
  return [
    header,
    ...rows.map((row) =>
      header.map((column) => {
        const value = row[column];
        if (column === 'target_group') return Number(row.group_n) < minCellSize ? '' : String(value);
        if (column === 'team') return value === null || Number(row.team_n) < minCellSize ? '' : String(value);
        if (LIKERT_COLUMNS.has(column)) return likertCode(value as number | null);
        return value === null ? '' : String(value);
      }),
    ),
  ];
}
