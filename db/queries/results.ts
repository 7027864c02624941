import type { Statement } from 'better-sqlite3';
import type { Db } from '../client';
import { GOALS } from '@/lib/goals';
import { AGREE_MIN, GOAL_RULES, type GoalRule } from '@/lib/results/rules';
import type { GoalCounts } from '@/lib/results/figures';
import type { Breakdown, CountRow, DayPeriod, Distribution, ShownComment } from '@/lib/results/types';
import { RESPONSE_FILE_COLUMNS } from '@/lib/response-file';
import { ITEMS, type GoalKey } from '@/lib/survey/definition';
import { likertCode } from './responses';

// Column names are the item keys (snake_case) and come from the definition, never from input.
const answered = (column: string) => `${column} BETWEEN 1 AND 5`;
const agreed = (column: string) => `${column} >= ${AGREE_MIN}`;

function goalSql(rule: GoalRule): { n: string; agree: string } {
  if (rule.kind === 'gated') {
    return {
      n: `${rule.gate} IS NOT NULL`,
      agree: `${rule.gate} = '${rule.gateValue}' AND ${agreed(rule.item)}`,
    };
  }
  return { n: rule.items.map(answered).join(' OR '), agree: rule.items.map(agreed).join(' OR ') };
}

// COUNT(*) FILTER is standard SQL (SQLite 3.30+, PostgreSQL) and a quarter faster than SUM(CASE …).
const GOAL_COUNTS = GOAL_RULES.map((rule) => {
  const { n, agree } = goalSql(rule);
  return `COUNT(*) FILTER (WHERE ${n}) AS "${rule.goal}_n", COUNT(*) FILTER (WHERE ${agree}) AS "${rule.goal}_agree"`;
}).join(',\n  ');

const COUNT_NAMES = ['responses', ...GOAL_RULES.flatMap((rule) => [`${rule.goal}_n`, `${rule.goal}_agree`])];
const ROLL_UP = COUNT_NAMES.map((name) => `SUM("${name}") AS "${name}"`).join(', ');

/** The covering index's leading columns, in its order (db/schema.ts). */
const INDEX_ORDER = ['target_group', 'team', 'meeting_channel', 'language'] as const;

/**
 * Counts per day and breakdown value first, grouped by a prefix of the covering
 * index (submitted_on, target_group, team, meeting_channel, language) so that SQLite sorts
 * nothing large; the outer query adds those few thousand rows up per `value`.
 * Measured at 1,000,000 responses: see `npm run bench:results`.
 */
const rolledUp = (value: string, by: Breakdown | null) => {
  const keys = ['submitted_on', ...INDEX_ORDER.slice(0, by ? INDEX_ORDER.indexOf(by) + 1 : 0)].join(', ');
  return `SELECT ${value} AS value, ${ROLL_UP} FROM (
     SELECT ${keys}, COUNT(*) AS responses,\n  ${GOAL_COUNTS}
     FROM responses WHERE submitted_on BETWEEN ? AND ?
     GROUP BY ${keys}
   ) GROUP BY value ORDER BY value`;
};

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
 * Numerator and denominator of all five goals in one pass over the period's
 * responses: the whole period, or one row per value of a breakdown. Groups with
 * no response in the period are absent.
 */
export function countGoals(db: Db, period: DayPeriod, by?: Breakdown): CountRow[] {
  const statement = by
    ? prepared(db, `goals:${by}`, () => rolledUp(by, by))
    : prepared(
        db,
        'goals',
        () =>
          `SELECT NULL AS value, COUNT(*) AS responses,\n  ${GOAL_COUNTS} FROM responses WHERE submitted_on BETWEEN ? AND ?`,
      );
  // Without a breakdown the aggregate always gives exactly one row, with zeros for an empty period.
  return (statement.all(period.from, period.to) as RawRow[]).map(toCountRow);
}

/** Quarter label (YYYY-Qn) of a stored day, in SQL. */
const QUARTER_SQL = `substr(submitted_on, 1, 4) || '-Q' || ((CAST(substr(submitted_on, 6, 2) AS INTEGER) + 2) / 3)`;

/** The five goals' counts per calendar quarter in a period, oldest first. */
export function countGoalsByQuarter(db: Db, period: DayPeriod): CountRow[] {
  const statement = prepared(db, 'goals:quarter', () => rolledUp(QUARTER_SQL, null));
  return (statement.all(period.from, period.to) as RawRow[]).map(toCountRow);
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
 * is given only when that month and group has at least `minCellSize` responses, the team never.
 * Within a month the order is the responses' random keys, so it says nothing about the day.
 */
export function listComments(db: Db, period: DayPeriod, minCellSize: number, limit = 500): ShownComment[] {
  return db.$client
    .prepare(
      `WITH cells AS (
         SELECT ${MONTH_SQL} AS month, target_group, COUNT(*) AS n FROM responses
         WHERE submitted_on BETWEEN ? AND ? GROUP BY month, target_group
       )
       SELECT cells.month AS month, CASE WHEN cells.n >= ? THEN r.target_group END AS targetGroup, r.comment AS comment
       FROM responses r JOIN cells ON cells.month = substr(r.submitted_on, 1, 7) AND cells.target_group = r.target_group
       WHERE r.submitted_on BETWEEN ? AND ? AND r.comment IS NOT NULL
       ORDER BY cells.month DESC, r.id LIMIT ?`,
    )
    .all(period.from, period.to, minCellSize, period.from, period.to, limit) as ShownComment[];
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
