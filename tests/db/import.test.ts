import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { importFile } from '@/server/import';
import { IMPORT_COLUMNS, parseImportFile } from '@/lib/import';
import { isCalendarDay } from '@/lib/dates';
import { setUpFreshDatabase } from '../support/fresh-database';
import { NOW, TODAY, csv, errorsOf, good, row } from '../support/import-files';
import { runScript } from '../support/run-script';

let db: Db;
let file: string;
setUpFreshDatabase((fresh) => ({ db, file } = fresh), { teams: [{ key: 'nord', name: 'Team Nord' }] });

const stored = () =>
  db.$client
    .prepare(
      `SELECT survey_version, language, source, target_group, team, submitted_on, guidance_helps, guidance_knowledge,
              clear_purpose, min_plan_use, min_plan_overview, resources_included, professionals_cooperate,
              meeting_channel, comment FROM responses ORDER BY submitted_on DESC`,
    )
    .all();
const count = () => (db.$client.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n;

describe('dates', () => {
  it('accepts only real calendar days as YYYY-MM-DD', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2023-02-30')).toBe(false);
    expect(isCalendarDay('2023-13-01')).toBe(false);
    expect(isCalendarDay('2023-3-1')).toBe(false);
    expect(isCalendarDay('01-03-2023')).toBe(false);
  });

  it('refuses a day after today, and names the line', async () => {
    const file = csv(
      good({ submitted_on: '2024-06-01' }),
      good({ submitted_on: '2024-06-02' }),
      good({ submitted_on: '2023-02-29' }),
    );
    expect(errorsOf(await parseImportFile(file, 'old.csv', { today: TODAY }))).toEqual([
      { line: 3, reason: 'future_date', column: 'submitted_on', value: '2024-06-02' },
      { line: 4, reason: 'bad_date', column: 'submitted_on', value: '2023-02-29' },
    ]);
  });
});

describe('importing earlier responses', () => {
  it('imports a good ; CSV with a BOM, and the rows read back with source import', async () => {
    const file = csv(
      row({
        submitted_on: '2022-03-14',
        target_group: 'dagpenge',
        team: 'nord',
        meeting_channel: 'video',
        guidance_helps: '5',
        guidance_knowledge: 'dk',
        clear_purpose: '4',
        min_plan_use: 'yes',
        min_plan_overview: '3',
        resources_included: '2',
        professionals_cooperate: '1',
        comment: '"Fin samtale; tak\r\nfor hjælpen"',
      }),
      '',
      row({ submitted_on: '2021-11-30', target_group: 'integration', min_plan_use: 'no' }),
      ';;;;;;;;;;;',
    );
    expect(await importFile(db, file, 'survey-2022.csv', NOW)).toEqual({ ok: true, imported: 2 });
    expect(stored()).toEqual([
      {
        survey_version: '2023.1',
        language: 'da',
        source: 'import',
        target_group: 'dagpenge',
        team: 'nord',
        submitted_on: '2022-03-14',
        guidance_helps: 5,
        guidance_knowledge: 0,
        clear_purpose: 4,
        min_plan_use: 'yes',
        min_plan_overview: 3,
        resources_included: 2,
        professionals_cooperate: 1,
        meeting_channel: 'video',
        comment: 'Fin samtale; tak\nfor hjælpen',
      },
      {
        survey_version: '2023.1',
        language: 'da',
        source: 'import',
        target_group: 'integration',
        team: null,
        submitted_on: '2021-11-30',
        guidance_helps: null,
        guidance_knowledge: null,
        clear_purpose: null,
        min_plan_use: 'no',
        min_plan_overview: null,
        resources_included: null,
        professionals_cooperate: null,
        meeting_channel: null,
        comment: null,
      },
    ]);
  });

  it('reads , as separator, no BOM and columns in any order', async () => {
    const columns = [...IMPORT_COLUMNS].reverse();
    const values: Record<string, string> = {
      submitted_on: '2022-01-03',
      target_group: 'sygedagpenge',
      resources_included: '5',
    };
    const text = `${columns.join(',')}\n${columns.map((c) => values[c] ?? '').join(',')}\n`;
    const result = await parseImportFile(Buffer.from(text), 'export.csv', { today: TODAY });
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          submittedOn: '2022-01-03',
          targetGroup: 'sygedagpenge',
          team: null,
          answers: { resources_included: '5' },
        },
      ],
    });
  });

  it('normalises imported comments as the survey does: NFC, no control characters, no bidi overrides', async () => {
    const result = await parseImportFile(
      csv(good({ comment: '"\u202ECafe\u0301\u0007 i \u2066Lyngby\u2069"' })),
      'x.csv',
      { today: TODAY },
    );
    expect(result).toMatchObject({ ok: true, rows: [{ answers: { comment: 'Café i Lyngby' } }] });
  });

  it('imports an XLSX file with date and number cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Besvarelser');
    sheet.addRow([...IMPORT_COLUMNS]);
    sheet.addRow([
      new Date(Date.UTC(2022, 1, 28)),
      'dagpenge',
      'nord',
      'phone',
      5,
      4,
      'dk',
      'yes',
      4,
      3,
      2,
      'God vejledning',
    ]);
    sheet.addRow(['2021-12-01', 'uddannelseshjaelp', null, null, null, null, 1]);
    sheet.addRow([]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    // Recognised by its content too, whatever the name.
    expect(await importFile(db, bytes, 'upload', NOW)).toEqual({ ok: true, imported: 2 });
    expect(stored()).toEqual([
      expect.objectContaining({
        source: 'import',
        submitted_on: '2022-02-28',
        target_group: 'dagpenge',
        team: 'nord',
        meeting_channel: 'phone',
        guidance_helps: 5,
        guidance_knowledge: 4,
        clear_purpose: 0,
        min_plan_use: 'yes',
        min_plan_overview: 4,
        resources_included: 3,
        professionals_cooperate: 2,
        comment: 'God vejledning',
      }),
      expect.objectContaining({
        source: 'import',
        submitted_on: '2021-12-01',
        target_group: 'uddannelseshjaelp',
        team: null,
        clear_purpose: 1,
      }),
    ]);
  });

  it('imports 100,000 rows in one go', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => good({ guidance_helps: String((i % 5) + 1) }));
    expect(await importFile(db, csv(...lines), 'big.csv', NOW)).toEqual({ ok: true, imported: 100_000 });
    expect(count()).toBe(100_000);
  });
});

describe('npm run import', () => {
  const run = (args: string[]) =>
    runScript('scripts/import.ts', args, { env: { ...process.env, DATABASE_URL: `file:${file}` } });

  it('imports a good file and prints the count', () => {
    const good2 = path.join(path.dirname(file), 'good.csv');
    fs.writeFileSync(good2, csv(good(), good({ team: 'nord' })));
    const result = run([good2]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`Imported 2 responses from ${good2}`);
    expect(count()).toBe(2);
  });

  it('exits 1 with every bad line, and 2 without a file', () => {
    const bad = path.join(path.dirname(file), 'bad.csv');
    fs.writeFileSync(bad, csv(good(), good({ submitted_on: '2023-02-29' }), good({ target_group: 'nope' })));
    const result = run([bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Line 3: “2023-02-29” in submitted_on is not a valid date (YYYY-MM-DD).');
    expect(result.stderr).toContain('Line 4: the target group “nope” does not exist in Værdig.');
    expect(count()).toBe(0);
    expect(run([]).status).toBe(2);
    expect(run([path.join(path.dirname(file), 'missing.csv')]).status).toBe(2);
  });
});
