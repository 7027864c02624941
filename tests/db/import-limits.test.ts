import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_ROWS,
  IMPORT_COLUMNS,
  importLimits,
  importMaxRows,
  parseImportFile,
  type ImportError,
} from '@/lib/import';
import { describeImportError } from '@/lib/import-messages';
import { freshDatabase, tempDir } from '../support/db';
import { runMeasured } from '../support/memory';
import { forgeDeclaredSize, writeEmptyRowsWorkbook, writeLongCellWorkbook } from '../support/workbooks';

const TODAY = '2024-06-01';
const line = (comment = '') => ['2022-03-14', 'dagpenge', '', '', '4', '', '', '', '', '', '', comment].join(';');
const csv = (...lines: string[]) => Buffer.from(`${[IMPORT_COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`);
const xlsx = async (rows: unknown[][]) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Besvarelser');
  sheet.addRow([...IMPORT_COLUMNS]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
const tooManyRows = (limit: number) => [{ line: 1, reason: 'too_many_rows', value: String(limit) }];

describe('the row limit', () => {
  it('takes IMPORT_MAX_ROWS, 100,000 without it, and refuses anything but a whole number', () => {
    expect(importMaxRows(undefined)).toBe(DEFAULT_MAX_ROWS);
    expect(DEFAULT_MAX_ROWS).toBe(100_000);
    expect(importMaxRows('')).toBe(100_000);
    expect(importMaxRows('250')).toBe(250);
    for (const bad of ['0', '-5', '1e6', '10.5', 'many']) expect(() => importMaxRows(bad)).toThrow(/IMPORT_MAX_ROWS/);
    // A file at the limit with a 2,000-character comment of æ, ø and å on every row still fits.
    expect(importLimits(100_000).maxBytes).toBe(510_000_000);
    expect(importLimits(100_000).maxBytes).toBeGreaterThan(100_000 * (2_000 * 2 + 500));
  });

  it('reads a CSV file of exactly the limit, and refuses one row more, empty lines counting', async () => {
    const three = [line(), line(), line()];
    expect(await parseImportFile(csv(...three), 'x.csv', { today: TODAY, maxRows: 3 })).toMatchObject({ ok: true });
    expect(await parseImportFile(csv(...three, line()), 'x.csv', { today: TODAY, maxRows: 3 })).toMatchObject({
      errors: tooManyRows(3),
    });
    expect(await parseImportFile(csv(...three, '', ''), 'x.csv', { today: TODAY, maxRows: 3 })).toMatchObject({
      errors: tooManyRows(3),
    });
  });

  it('reads an XLSX file of exactly the limit, and refuses one row more, empty rows counting', async () => {
    const row = ['2022-03-14', 'dagpenge', null, null, 4];
    expect(await parseImportFile(await xlsx([row, row]), 'x.xlsx', { today: TODAY, maxRows: 2 })).toMatchObject({
      ok: true,
    });
    expect(await parseImportFile(await xlsx([row, row, row]), 'x.xlsx', { today: TODAY, maxRows: 2 })).toMatchObject({
      errors: tooManyRows(2),
    });
    // A row that only has formatting is empty to the eye, but the sheet holds it.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.addRow([...IMPORT_COLUMNS]);
    sheet.addRow(row);
    sheet.getRow(3).height = 30;
    sheet.getRow(4).height = 30;
    const formatted = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await parseImportFile(formatted, 'x.xlsx', { today: TODAY, maxRows: 3 })).toMatchObject({ ok: true });
    expect(await parseImportFile(formatted, 'x.xlsx', { today: TODAY, maxRows: 2 })).toMatchObject({
      errors: tooManyRows(2),
    });
  });

  it('keeps æ, ø and å whole however the workbook is cut into chunks while it streams', async () => {
    const comments = Array.from({ length: 3000 }, (_, i) =>
      `${i}: god støtte – tak for hjælpen på åbningsdagen, værdig behandling`.repeat(1 + (i % 20)),
    );
    const result = await parseImportFile(
      await xlsx(comments.map((comment) => ['2022-02-01', 'dagpenge', null, null, 4, ...Array(6).fill(null), comment])),
      'x.xlsx',
      {
        today: TODAY,
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.rows.map((row) => row.answers.comment)).toEqual(comments);
  });

  it('says what is wrong and what to do, in Danish and English', () => {
    const rows: ImportError = { line: 1, reason: 'too_many_rows', value: '100000' };
    expect(describeImportError(rows, 'da')).toBe(
      'Filen har mere end 100.000 rækker, og der kan højst importeres 100.000 ad gangen. Tomme rækker med formatering tæller også med: slet rækkerne under dine data, eller del filen op i flere.',
    );
    expect(describeImportError(rows, 'en')).toBe(
      'The file has more than 100,000 rows, and at most 100,000 can be imported at a time. Empty rows that have formatting count too: delete the rows below your data, or split the file.',
    );
    const archive: ImportError = { line: 1, reason: 'archive_too_large', value: '510000000' };
    expect(describeImportError(archive, 'da')).toBe(
      'Regnearket fylder mere end 510 MB, når det er pakket ud, og det er mere, end der kan importeres ad gangen. Slet tomme rækker og kolonner med formatering, eller del regnearket op i flere filer.',
    );
    expect(describeImportError(archive, 'en')).toBe(
      'Unpacked, the workbook takes up more than 510 MB, more than can be imported at a time. Delete empty rows and columns that have formatting, or split the workbook into several files.',
    );
    const file: ImportError = { line: 1, reason: 'file_too_large', value: '510000000' };
    expect(describeImportError(file, 'da')).toBe(
      'Filen fylder mere end 510 MB, og det er mere, end der kan importeres ad gangen. Del den op i flere filer.',
    );
    expect(describeImportError(file, 'en')).toBe(
      'The file is larger than 510 MB, more than can be imported at a time. Split it into several files.',
    );
  });
});

describe('a workbook of millions of rows', () => {
  let dir: string;
  let manyRows: string;
  let overCap: string;
  let forged: string;
  beforeAll(async () => {
    dir = tempDir('huge');
    manyRows = path.join(dir, 'fourteen-million-rows.xlsx');
    overCap = path.join(dir, 'over-the-cap.xlsx');
    forged = path.join(dir, 'forged.xlsx');
    await writeEmptyRowsWorkbook(manyRows, 14_000_000);
    // Six bytes a row: a few more rows than the default cap has bytes for.
    await writeEmptyRowsWorkbook(overCap, Math.ceil((importLimits(DEFAULT_MAX_ROWS).maxBytes + 1_000_000) / 6));
    // 400 MB in one cell, declared as 2,000 bytes: only a reader that counts what it inflates stops in time.
    await writeLongCellWorkbook(forged, 400_000_000);
    forgeDeclaredSize(forged, 'xl/worksheets/sheet1.xml', 2_000);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const parseMeasured = (file: string) => {
    const run = runMeasured('tests/support/parse-import-file.ts', [file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return { result: JSON.parse(run.stdout) as unknown, peakMb: run.peakMb };
  };

  it('is small on disk, and refused at the row limit while streaming, in bounded memory', () => {
    // Under the unpacked cap (84 MB), so only the row limit stops it.
    expect(fs.statSync(manyRows).size).toBeLessThan(1_000_000);
    const { result, peakMb } = parseMeasured(manyRows);
    expect(result).toEqual({ ok: false, errors: tooManyRows(100_000), omitted: 0 });
    expect(peakMb).toBeLessThan(400);
  }, 60_000);

  it('is refused from its zip directory alone when it unpacks to more than the cap', () => {
    expect(fs.statSync(overCap).size).toBeLessThan(1_000_000);
    const { result, peakMb } = parseMeasured(overCap);
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 1, reason: 'archive_too_large', value: '510000000' }],
      omitted: 0,
    });
    expect(peakMb).toBeLessThan(400);
  }, 60_000);

  it('is refused as unreadable when a part inflates to more than its declared size', () => {
    const { result, peakMb } = parseMeasured(forged);
    expect(result).toEqual({ ok: false, errors: [{ line: 1, reason: 'unreadable' }], omitted: 0 });
    expect(peakMb).toBeLessThan(400);
  }, 60_000);

  it('makes npm run import exit 1 with the reason, nothing imported, in bounded memory', () => {
    const { db, file: database, cleanup } = freshDatabase();
    try {
      const run = runMeasured('scripts/import.ts', [manyRows], { ...process.env, DATABASE_URL: `file:${database}` });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `Nothing was imported from ${manyRows}:\n` +
          'The file has more than 100,000 rows, and at most 100,000 can be imported at a time. Empty rows that have formatting count too: delete the rows below your data, or split the file.\n',
      );
      expect(run.peakMb).toBeLessThan(400);
      expect(db.$client.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 0 });
    } finally {
      cleanup();
    }
  }, 60_000);

  it('makes npm run import refuse a file larger than the cap without reading it', () => {
    const { file: database, cleanup } = freshDatabase();
    try {
      // Sparse: 600 MB that take no disk, and would show in the peak memory if they were read.
      const big = path.join(dir, 'big.csv');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 600_000_000);
      const run = runMeasured('scripts/import.ts', [big], { ...process.env, DATABASE_URL: `file:${database}` });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `Nothing was imported from ${big}:\nThe file is larger than 510 MB, more than can be imported at a time. Split it into several files.\n`,
      );
      expect(run.peakMb).toBeLessThan(400);
    } finally {
      cleanup();
    }
  }, 60_000);
});
