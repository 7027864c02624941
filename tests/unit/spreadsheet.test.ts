import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv';
import { toExcelCsv, toXlsx } from '@/lib/spreadsheet';

describe('exports', () => {
  it('write the same text to XLSX and CSV, emoji and Danish letters included, however long the file', async () => {
    // Long enough that the text crosses the writer's internal block boundaries many times.
    const comments = Array.from({ length: 3000 }, (_, i) => `Tak 😀 for hjælpen ${i}, æøå 👍🏽 ${'x'.repeat(i % 97)}`);
    const rows = [['comment', 'n'], ...comments.map((comment, i) => [comment, i])];

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([{ name: 'Svar', rows }])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Svar')!;
    const fromXlsx: unknown[] = [];
    sheet.eachRow((row, number) => number > 1 && fromXlsx.push(row.getCell(1).value));
    const fromCsv = parseCsv(toExcelCsv(rows).slice(1), ';')
      .slice(1)
      .map((row) => row[0]);

    expect(fromXlsx).toEqual(comments);
    expect(fromCsv).toEqual(comments);
    // The header is bold and stays in view.
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(2).value).toBe(0);
  });
});
