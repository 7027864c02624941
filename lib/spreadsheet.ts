import ExcelJS from 'exceljs';
import { toCsv } from './csv';

export type Cell = string | number | null;
export type Sheet = { name: string; rows: Cell[][] };

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage
 * return before one) gets a leading apostrophe, so a comment cannot run code in Excel.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const text = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : neutralise(cell));

/** CSV for Danish Excel: UTF-8 with a BOM, `;` between fields, CRLF line ends. */
export function toExcelCsv(rows: Cell[][]): string {
  return '\uFEFF' + toCsv(rows.map((row) => row.map(text)), ';');
}

/** An XLSX workbook with one sheet per table; the first row of each is bold and frozen. */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Værdig';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Strings are written as text, never as formulas, so no apostrophe is needed here.
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
    worksheet.getRow(1).font = { bold: true };
    worksheet.columns.forEach((column) => {
      column.width = Math.min(60, Math.max(10, ...sheet.rows.map((row) => String(row[(column.number ?? 1) - 1] ?? '').length + 2)));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
