import 'server-only';
import { getTranslations } from 'next-intl/server';
import { periodNamer } from '@/i18n/period-names';
import type { GoalFigure } from '@/lib/results/figures';
import type { ResultPeriod } from '@/lib/periods';
import { NO_VALUE, type Breakdown, type BreakdownGroup, type Distribution, type Results } from '@/lib/results/types';
import { oneDecimal, type Cell, type Sheet } from '@/lib/spreadsheet';
import type { Locale } from '@/lib/locales';
import { ITEMS } from '@/lib/survey/definition';
import type { ExportWords } from './export-words';

const GROUP = ['by', 'group', 'responses'] as const;
const FIGURE = [
  'goalNumber',
  'goal',
  'n',
  'agree',
  'percent',
  'low',
  'high',
  'threshold',
  'status',
  'certainty',
] as const;
const FIGURE_KEYS = ['goal_key', 'status_key', 'certainty_key'] as const;
const ANSWER = ['question', 'answer'] as const;
const FIELD = ['field', 'value'] as const;
const PERIOD_FACTS = [
  'period',
  'from',
  'to',
  'responses',
  'min_cell_size',
  'invited',
  'answered',
  'response_rate',
] as const;
/** Columns people read: headers in the export's language (messages `Export.columns`). */
const WORD_COLUMNS = ['section', ...GROUP, ...FIGURE, ...ANSWER, ...FIELD] as const;
/** Columns for programs: the API's keys and codes, under the same headers in every language. */
const KEY_COLUMNS = [
  'section_key',
  'by_key',
  'group_key',
  ...FIGURE_KEYS,
  'item_key',
  'answer_key',
  'field_key',
] as const;
type Column = (typeof WORD_COLUMNS)[number] | (typeof KEY_COLUMNS)[number];
type Line = Partial<Record<Column, Cell>>;

const isKey = (column: Column): column is (typeof KEY_COLUMNS)[number] => column.endsWith('_key');

/**
 * The results as tables for XLSX and CSV, in the export's language: goals, period, breakdowns,
 * answer distributions and the method. Words for people, beside them the keys for programs
 * (`dagpenge`, `met`); percentages and interval ends are one-decimal numbers. Hidden cells
 * carry n and their status only, as on screen and in the API.
 */
export async function resultTables(
  locale: Locale,
  words: ExportWords,
  input: {
    period: ResultPeriod;
    results: Results;
    breakdowns: NonNullable<Results['breakdown']>[];
    distribution: Distribution | null;
  },
): Promise<{ sheets: Sheet[]; csv: Cell[][] }> {
  const { t, results: r, goal, names } = words;
  const { results, distribution } = input;
  const header = (column: Column) => (isKey(column) ? column : t(`columns.${column}`));
  const table = (columns: Column[], lines: Line[]): Cell[][] => [
    columns.map(header),
    ...lines.map((line) => columns.map((column) => line[column] ?? null)),
  ];

  const figure = (f: GoalFigure): Line => ({
    goalNumber: f.goal,
    goal: goal(f.key),
    n: f.n,
    agree: f.agree,
    percent: oneDecimal(f.percent),
    low: oneDecimal(f.ci95?.[0] ?? null),
    high: oneDecimal(f.ci95?.[1] ?? null),
    threshold: f.threshold,
    status: t(`status.${f.status}`),
    certainty: f.certainty && t(`certainty.${f.certainty}`),
    goal_key: f.key,
    status_key: f.status,
    certainty_key: f.certainty,
  });
  const groupName = (by: Breakdown, value: string | null) => {
    if (value !== null) return names[by][value] ?? value;
    const noValue = NO_VALUE[by];
    return noValue ? r(noValue) : '';
  };
  const group = (by: Breakdown, g: BreakdownGroup): Line[] =>
    g.goals.map((f) => ({
      section: t('sections.breakdown'),
      section_key: 'breakdown',
      by: r(`byColumn.${by}`),
      by_key: by,
      group: groupName(by, g.value),
      group_key: g.value,
      responses: g.responses,
      ...figure(f),
    }));

  const periodName = (await periodNamer(locale)).period(input.period);
  const { rate, invited, answered } = results.responseRate;
  const facts: Record<(typeof PERIOD_FACTS)[number], Cell> = {
    period: periodName,
    from: results.period.from,
    to: results.period.to,
    responses: results.responses,
    min_cell_size: results.minCellSize,
    invited,
    answered,
    response_rate: oneDecimal(rate),
  };
  const period: Line[] = PERIOD_FACTS.map((key) => ({
    section: t('sections.period'),
    section_key: 'period',
    field: t(`fields.${key}`),
    value: facts[key],
    field_key: key,
  }));
  const totals: Line[] = results.goals.map((f) => ({
    section: t('sections.total'),
    section_key: 'total',
    responses: results.responses,
    ...figure(f),
  }));
  const groups = input.breakdowns.flatMap((b) => b.groups.flatMap((g) => group(b.by, g)));
  const answers: Line[] = (distribution ?? []).flatMap(({ item: key, counts, skipped }) => {
    const item = ITEMS.find((candidate) => candidate.key === key)!;
    const base = { section: t('sections.distribution'), section_key: 'distribution', question: words.question(item) };
    return [
      ...words
        .answers(item)
        .map(([code, answer]) => ({ ...base, answer, n: counts[code] ?? 0, item_key: key, answer_key: code })),
      { ...base, answer: r('skipped'), n: skipped, item_key: key, answer_key: 'skipped' },
    ];
  });

  const sheets: Sheet[] = [
    { name: t('sheets.goals'), rows: table([...FIGURE, ...FIGURE_KEYS], totals) },
    { name: t('sheets.period'), rows: table([...FIELD, 'field_key'], period) },
    { name: t('sheets.breakdowns'), rows: table([...GROUP, ...FIGURE, 'by_key', 'group_key', ...FIGURE_KEYS], groups) },
  ];
  if (distribution) {
    sheets.push({ name: t('sheets.distribution'), rows: table([...ANSWER, 'n', 'item_key', 'answer_key'], answers) });
  }
  sheets.push({ name: t('sheets.method'), rows: await methodRows(locale, results.minCellSize) });
  // One CSV table: every column once, each section filling the ones it needs.
  const csvColumns: Column[] = [...WORD_COLUMNS, ...KEY_COLUMNS];
  return { sheets, csv: table(csvColumns, [...period, ...totals, ...groups, ...answers]) };
}

/** The method text beside the figures on screen, in the export's language. */
async function methodRows(locale: Locale, minCellSize: number): Promise<Cell[][]> {
  const t = await getTranslations({ locale, namespace: 'Results' });
  const method = ['agree', 'goal1', 'goals245', 'goal3', 'interval', 'thresholds', 'privacy', 'periods'] as const;
  return [[t('methodHeading')], ...method.map((key) => [t(`method.${key}`, { min: minCellSize })]), [t('rateMethod')]];
}
