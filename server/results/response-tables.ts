import 'server-only';
import type { Cell, Sheet } from '@/lib/spreadsheet';
import { ITEMS } from '@/lib/survey/definition';
import type { ExportWords } from './export-words';

const LIKERT = new Set<string>(ITEMS.filter((item) => item.kind === 'likert').map((item) => item.key));

/**
 * The anonymous responses as files: the table keeps the import format's column names and the
 * answers' codes in every language (DESIGN.md "Interfaces"), so programs and `npm run import`
 * read it as they always have; Likert answers 1-5 are numbers. The XLSX adds a legend in the
 * export's language: what each column holds and what each code means.
 */
export function responseTables(
  words: ExportWords,
  rows: string[][],
  minCellSize: number,
): { sheets: Sheet[]; csv: Cell[][] } {
  const [header = [], ...body] = rows;
  const data: Cell[][] = [
    header,
    ...body.map((row) =>
      row.map((value, i) => (LIKERT.has(header[i]!) && /^[1-5]$/.test(value) ? Number(value) : value)),
    ),
  ];
  const { t } = words;
  const legend: Cell[][] = [[t('columns.column'), t('columns.code'), t('columns.meaning')]];
  const codes = (column: string, pairs: [string, string][]) =>
    pairs.forEach(([code, meaning]) => legend.push([column, code, meaning]));
  for (const column of header) {
    const item = ITEMS.find((candidate) => candidate.key === column);
    if (item) {
      legend.push([column, null, t('legend.item', { question: words.question(item) })]);
      codes(column, words.answers(item));
    } else if (column === 'target_group' || column === 'team') {
      legend.push([column, null, t(`legend.${column}`, { min: minCellSize })]);
      codes(column, Object.entries(words.names[column]));
    } else if (column === 'source') {
      legend.push([column, null, t('legend.source')]);
      codes(column, [
        ['survey', t('legend.survey')],
        ['import', t('legend.import')],
      ]);
    } else if (column === 'month' || column === 'comment') {
      legend.push([column, null, t(`legend.${column}`)]);
    }
  }
  return {
    sheets: [
      { name: t('sheets.responses'), rows: data },
      { name: t('sheets.legend'), rows: legend },
    ],
    csv: data,
  };
}
