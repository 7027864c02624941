import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv';
import { csvNumber, oneDecimal, toExcelCsv, toXlsx } from '@/lib/spreadsheet';

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
    const fromCsv = parseCsv(toExcelCsv(rows, 'da').slice(1), ';')
      .slice(1)
      .map((row) => row[0]);

    expect(fromXlsx).toEqual(comments);
    expect(fromCsv).toEqual(comments);
    // The header is bold and stays in view.
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(2).value).toBe(0);
  });
});

describe('numbers in the exports', () => {
  const row = ['Mål 1', 143, oneDecimal(67.8), oneDecimal(80), -3, oneDecimal(-0.5), oneDecimal(null), '-0,5', '=1+1'];

  it('have a decimal comma in the Danish CSV and a point in the English one, one decimal where asked', () => {
    expect(toExcelCsv([row], 'da')).toBe("\uFEFFMål 1;143;67,8;80,0;-3;-0,5;;'-0,5;'=1+1\r\n");
    expect(toExcelCsv([row], 'en')).toBe("\uFEFFMål 1;143;67.8;80.0;-3;-0.5;;'-0,5;'=1+1\r\n");
    expect(csvNumber(1234.5, 'da')).toBe('1234,5');
    expect(csvNumber(Number.NaN, 'da')).toBe('');
  });

  it('are numbers in the XLSX, the one-decimal ones with the format 0.0, negative ones too', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([{ name: 'Mål', rows: [['a'], row] }])) as unknown as ArrayBuffer);
    const cells = workbook.getWorksheet('Mål')!.getRow(2);
    expect([2, 3, 4, 5, 6].map((i) => cells.getCell(i).value)).toEqual([143, 67.8, 80, -3, -0.5]);
    expect([3, 4, 6].map((i) => cells.getCell(i).numFmt)).toEqual(['0.0', '0.0', '0.0']);
    expect(cells.getCell(7).value).toBeNull();
    // Text stays text in XLSX (never a formula), without an apostrophe.
    expect(cells.getCell(8).value).toBe('-0,5');
    expect(cells.getCell(9).value).toBe('=1+1');
  });
});
