import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { toCsv } from './csv';
import type { Locale } from './locales';

/** A number shown with one decimal (a percentage, an interval end): `0.0` in XLSX, `67,8` or `67.8` in CSV. */
export type OneDecimal = { oneDecimal: number };
export type Cell = string | number | OneDecimal | null;
export type Sheet = { name: string; rows: Cell[][] };

/** A percentage or interval end as a one-decimal cell; null stays an empty cell. */
export const oneDecimal = (value: number | null): Cell => (value === null ? null : { oneDecimal: value });

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage
 * return before one) gets a leading apostrophe, so a comment cannot run code in Excel.
 * Only text is neutralised: a number cell is written from a JavaScript number, so it is
 * digits with at most a minus sign and one decimal separator (`-0,5`), which Excel reads as
 * a number and never as a formula; it must stay a number, not become the text `'-0,5`.
 */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A number as Excel in the export's language reads it: a decimal comma in Danish, a point in English, no grouping. */
export function csvNumber(value: number, locale: Locale, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const written = decimals === undefined ? String(value) : value.toFixed(decimals);
  return locale === 'da' ? written.replace('.', ',') : written;
}

function csvText(cell: Cell, locale: Locale): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell, locale);
  if (typeof cell === 'object') return csvNumber(cell.oneDecimal, locale, 1);
  return neutralise(cell);
}

/**
 * CSV for Excel in the export's language: UTF-8 with a BOM, `;` between fields in both languages
 * (Danish Excel's list separator, and one layout for programs), CRLF line ends, and numbers with
 * the language's decimal separator, so that Excel set to that language reads them as numbers.
 */
export function toExcelCsv(rows: Cell[][], locale: Locale): string {
  return (
    '\uFEFF' +
    toCsv(
      rows.map((row) => row.map((cell) => csvText(cell, locale))),
      ';',
    )
  );
}

const width = (cell: Cell) =>
  cell === null ? 0 : typeof cell === 'object' ? String(cell.oneDecimal).length + 2 : String(cell).length;

/**
 * An XLSX workbook with one sheet per table; the first row of each is bold and frozen, numbers
 * are numbers and one-decimal cells carry the number format `0.0`.
 * Written with exceljs's streaming writer: its in-memory writer hands strings to JSZip, which
 * cuts them into blocks and can split an emoji in two ("��"), so the CSV and the XLSX of the
 * same comment would differ.
 */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Værdig';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = Math.max(0, ...sheet.rows.map((row) => row.length));
    worksheet.columns = Array.from({ length: columns }, (_, i) => ({
      width: Math.min(60, Math.max(10, ...sheet.rows.map((row) => width(row[i] ?? null) + 2))),
    }));
    // Strings are written as text, never as formulas, so no apostrophe is needed here.
    sheet.rows.forEach((cells, i) => {
      const row = worksheet.addRow(
        cells.map((cell) => (cell !== null && typeof cell === 'object' ? cell.oneDecimal : cell)),
      );
      cells.forEach((cell, column) => {
        if (cell !== null && typeof cell === 'object') row.getCell(column + 1).numFmt = '0.0';
      });
      if (i === 0) row.font = { bold: true };
      row.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
