import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { toCsv } from './csv';

export type Cell = string | number | null;
export type Sheet = { name: string; rows: Cell[][] };

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage
 * return before one) gets a leading apostrophe, so a comment cannot run code in Excel.
 */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const text = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : neutralise(cell));

/** CSV for Danish Excel: UTF-8 with a BOM, `;` between fields, CRLF line ends. */
export function toExcelCsv(rows: Cell[][]): string {
  return (
    '\uFEFF' +
    toCsv(
      rows.map((row) => row.map(text)),
      ';',
    )
  );
}

/**
 * An XLSX workbook with one sheet per table; the first row of each is bold and frozen.
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
      width: Math.min(60, Math.max(10, ...sheet.rows.map((row) => String(row[i] ?? '').length + 2))),
    }));
    // Strings are written as text, never as formulas, so no apostrophe is needed here.
    sheet.rows.forEach((cells, i) => {
      const row = worksheet.addRow(cells.map((cell) => cell ?? null));
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
