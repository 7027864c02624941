import { AGREE_MIN, GOAL_RULES, type GoalRule } from '@/lib/results/rules';

/**
 * The SQL that keeps `response_months` (db/schema.ts) equal to a recount of `responses`:
 * triggers that add a row's counts on insert, take them away on delete and do both on an
 * update, in the statement's own transaction, and the first fill from the rows already there.
 * Migration 0009 holds this text as it was written; tests/db/roll-up.test.ts fails when the
 * questionnaire's goals change without a new migration.
 */

/** The cell a response row counts in; a missing team or channel is '' (part of the key). */
const CELL = ['month', 'target_group', 'team', 'meeting_channel', 'language'] as const;
const cellOf = (row: string) => [
  `substr(${row}.submitted_on, 1, 7)`,
  `${row}.target_group`,
  `coalesce(${row}.team, '')`,
  `coalesce(${row}.meeting_channel, '')`,
  `${row}.language`,
];

/** Whether a row is in a goal's denominator (`n`) and numerator (`agree`), as SQL on `row`'s columns. */
function goalConditions(rule: GoalRule, row?: string): { n: string; agree: string } {
  const column = (name: string) => (row ? `${row}.${name}` : name);
  if (rule.kind === 'gated') {
    return {
      n: `${column(rule.gate)} IS NOT NULL`,
      agree: `${column(rule.gate)} = '${rule.gateValue}' AND ${column(rule.item)} >= ${AGREE_MIN}`,
    };
  }
  return {
    n: rule.items.map((item) => `${column(item)} BETWEEN 1 AND 5`).join(' OR '),
    agree: rule.items.map((item) => `${column(item)} >= ${AGREE_MIN}`).join(' OR '),
  };
}

/** The count columns, in the table's order: responses, then each goal's n and agree. */
export const COUNT_COLUMNS = ['responses', ...GOAL_RULES.flatMap((rule) => [`${rule.goal}_n`, `${rule.goal}_agree`])];

/** 1 or 0 for each count column, for one row (`NEW` or `OLD`), negated to take it away. */
function countsOf(row: string, sign: '' | '-'): string[] {
  const one = (condition: string) => `${sign}(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  return [
    `${sign}1`,
    ...GOAL_RULES.flatMap((rule) => {
      const { n, agree } = goalConditions(rule, row);
      return [one(n), one(agree)];
    }),
  ];
}

/** Adds (or with `-` takes away) a row's counts in its cell; a clause a line, so the migration stays short. */
function upsert(row: 'NEW' | 'OLD', sign: '' | '-'): string {
  const columns = [...CELL, ...COUNT_COLUMNS];
  return [
    `INSERT INTO response_months (${columns.join(', ')})`,
    `  VALUES (${[...cellOf(row), ...countsOf(row, sign)].join(', ')})`,
    `  ON CONFLICT (${CELL.join(', ')}) DO UPDATE SET`,
    `    ${COUNT_COLUMNS.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')};`,
  ].join('\n');
}

/** A cell whose last response went is deleted, so that months and groups without responses are absent. */
const dropEmpty = (row: 'OLD') =>
  `DELETE FROM response_months WHERE responses = 0 AND ${CELL.map((column, i) => `${column} = ${cellOf(row)[i]}`).join(' AND ')};`;

/** The statements of migration 0009 after its CREATE TABLE, each ending in `;`. */
export function rollUpSql(): string[] {
  const counted = ['submitted_on', 'target_group', 'team', 'meeting_channel', 'language'];
  for (const rule of GOAL_RULES) counted.push(...(rule.kind === 'gated' ? [rule.gate, rule.item] : rule.items));
  const goalCounts = GOAL_RULES.flatMap((rule) => {
    const { n, agree } = goalConditions(rule);
    return [`COUNT(*) FILTER (WHERE ${n})`, `COUNT(*) FILTER (WHERE ${agree})`];
  });
  return [
    `CREATE TRIGGER response_months_insert AFTER INSERT ON responses BEGIN\n${upsert('NEW', '')}\nEND;`,
    `CREATE TRIGGER response_months_delete AFTER DELETE ON responses BEGIN\n${upsert('OLD', '-')}\n${dropEmpty('OLD')}\nEND;`,
    `CREATE TRIGGER response_months_update AFTER UPDATE OF ${[...new Set(counted)].join(', ')} ON responses BEGIN\n` +
      `${upsert('OLD', '-')}\n${dropEmpty('OLD')}\n${upsert('NEW', '')}\nEND;`,
    `INSERT INTO response_months (${[...CELL, ...COUNT_COLUMNS].join(', ')})\n` +
      `  SELECT ${cellOf('responses').join(', ')}, COUNT(*),\n    ${goalCounts.join(',\n    ')}\n` +
      `  FROM responses GROUP BY 1, 2, 3, 4, 5;`,
  ];
}
