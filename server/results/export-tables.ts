import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { GoalFigure } from '@/lib/results/figures';
import type { BreakdownGroup, Distribution, Results } from '@/lib/results/types';
import type { Cell, Sheet } from '@/lib/spreadsheet';
import type { Locale } from '@/lib/locales';

const FIGURE_HEADER = [
  'goal',
  'key',
  'name',
  'n',
  'agree',
  'percent',
  'ci95_low',
  'ci95_high',
  'threshold',
  'status',
  'certainty',
];

type Names = Record<string, Record<string, string>>;

/**
 * The results as tables for XLSX and CSV: goals, breakdowns, answer distributions
 * and the method, with machine keys beside names in the chosen language. Hidden
 * cells carry n and their status only, as on screen and in the API.
 */
export async function resultSheets(
  locale: Locale,
  results: Results,
  breakdowns: NonNullable<Results['breakdown']>[],
  distribution: Distribution | null,
  names: Names,
): Promise<Sheet[]> {
  const goals = await getTranslations({ locale, namespace: 'Goals.names' });
  const t = await getTranslations({ locale, namespace: 'Results' });
  const figureRow = (figure: GoalFigure): Cell[] => [
    figure.goal,
    figure.key,
    goals(figure.key),
    figure.n,
    figure.agree,
    figure.percent,
    figure.ci95?.[0] ?? null,
    figure.ci95?.[1] ?? null,
    figure.threshold,
    figure.status,
    figure.certainty,
  ];
  const period: Cell[][] = [
    ['from', results.period.from],
    ['to', results.period.to],
    ['responses', results.responses],
    ['min_cell_size', results.minCellSize],
    ['invited', results.responseRate.invited],
    ['answered', results.responseRate.answered],
    ['response_rate', results.responseRate.rate],
  ];
  const groupRows = (by: string, group: BreakdownGroup): Cell[][] =>
    group.goals.map((figure) => [
      by,
      group.value ?? '',
      group.value === null ? '' : (names[by]?.[group.value] ?? group.value),
      group.responses,
      ...figureRow(figure),
    ]);

  const sheets: Sheet[] = [
    { name: locale === 'da' ? 'Mål' : 'Goals', rows: [FIGURE_HEADER, ...results.goals.map(figureRow)] },
    { name: locale === 'da' ? 'Periode' : 'Period', rows: [['field', 'value'], ...period] },
    {
      name: locale === 'da' ? 'Grupper' : 'Breakdowns',
      rows: [
        ['by', 'value', 'value_name', 'responses', ...FIGURE_HEADER],
        ...breakdowns.flatMap((b) => b.groups.flatMap((g) => groupRows(b.by, g))),
      ],
    },
  ];
  if (distribution) {
    const header = ['item', 'answer', 'count'];
    const rows = distribution.flatMap((item) => [
      ...Object.entries(item.counts).map(([answer, count]): Cell[] => [item.item, answer, count]),
      [item.item, 'skipped', item.skipped],
    ]);
    sheets.push({ name: locale === 'da' ? 'Svarfordeling' : 'Distributions', rows: [header, ...rows] });
  }
  const method = ['agree', 'goal1', 'goals245', 'goal3', 'interval', 'thresholds', 'privacy', 'periods'] as const;
  sheets.push({
    name: locale === 'da' ? 'Metode' : 'Method',
    rows: [
      [t('methodHeading')],
      ...method.map((key) => [t(`method.${key}`, { min: results.minCellSize })]),
      [t('rateMethod')],
    ],
  });
  return sheets;
}

/** The same tables as one CSV: a `section` column tells goals, period, breakdown and distribution rows apart. */
export function resultCsvRows(sheets: Sheet[]): Cell[][] {
  const [goals, period, breakdowns, distribution] = sheets;
  const rows: Cell[][] = [['section', 'by', 'value', 'value_name', 'responses', ...FIGURE_HEADER]];
  for (const row of goals!.rows.slice(1)) rows.push(['goal', '', '', '', null, ...row]);
  for (const row of breakdowns!.rows.slice(1)) rows.push(['breakdown', ...row]);
  for (const row of period!.rows.slice(1)) rows.push(['period', '', row[0]!, '', row[1]!]);
  if (distribution && distribution.rows[0]?.[0] === 'item') {
    for (const row of distribution.rows.slice(1)) rows.push(['distribution', row[0]!, row[1]!, '', row[2]!]);
  }
  return rows;
}
