import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { importFile, importResponses } from '@/db/queries/import';
import {
  IMPORT_COLUMNS,
  describeImportError,
  describeImportFailure,
  parseImportFile,
  type ImportError,
} from '@/lib/import';
import { isCalendarDay } from '@/lib/dates';
import { freshDatabase } from '../support/db';
import { runScript } from '../support/run-script';

const HEADER = IMPORT_COLUMNS.join(';');
const NOW = new Date('2024-06-01T10:00:00Z');
const TODAY = '2024-06-01';

/** A `;` CSV with a BOM and CRLF, as Danish Excel's "CSV UTF-8" writes it. */
const csv = (...lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
const row = (values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) =>
  IMPORT_COLUMNS.map((column) => values[column] ?? '').join(';');
const good = (overrides: Parameters<typeof row>[0] = {}) =>
  row({ submitted_on: '2022-03-14', target_group: 'dagpenge', clear_purpose: '4', ...overrides });

let db: Db;
let file: string;
let cleanup: () => void;
beforeEach(() => {
  ({ db, file, cleanup } = freshDatabase([{ key: 'nord', name: 'Team Nord' }]));
});
afterEach(() => cleanup());

const stored = () =>
  db.$client
    .prepare(
      `SELECT survey_version, language, source, target_group, team, submitted_on, guidance_helps, guidance_knowledge,
              clear_purpose, min_plan_use, min_plan_overview, resources_included, professionals_cooperate,
              meeting_channel, comment FROM responses ORDER BY submitted_on DESC`,
    )
    .all();
const count = () => (db.$client.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n;
const errorsOf = (result: { ok: boolean; errors?: ImportError[] }) => {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors!;
};

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

  it('reports a bad XLSX row by its row number and imports nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.addRow([...IMPORT_COLUMNS]);
    sheet.addRow(['2022-02-01', 'dagpenge', null, null, 4]);
    sheet.addRow(['2022-02-01', 'dagpenge', null, null, 9]);
    const result = await importFile(db, Buffer.from(await workbook.xlsx.writeBuffer()), 'old.xlsx', NOW);
    expect(errorsOf(result)).toEqual([{ line: 3, reason: 'bad_value', column: 'guidance_helps', value: '9' }]);
    expect(count()).toBe(0);
  });

  it('imports nothing when one row among good ones is bad, and names its line', async () => {
    const result = await importFile(db, csv(good(), good(), good({ clear_purpose: '6' }), good()), 'old.csv', NOW);
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 4, reason: 'bad_value', column: 'clear_purpose', value: '6' }],
      omitted: 0,
    });
    expect(count()).toBe(0);
    if (result.ok) return;
    expect(describeImportFailure(result, 'da')).toEqual([
      'Linje 4: “6” er ikke et gyldigt svar i clear_purpose. Tilladt er 1, 2, 3, 4, 5, dk eller et tomt felt.',
    ]);
  });

  it('reports every bad row, counting lines inside a quoted comment', async () => {
    const result = await importFile(
      db,
      csv(
        good({ comment: '"to\nlinjer"' }),
        good({ submitted_on: '2023-02-29' }),
        good({ submitted_on: '' }),
        row({ submitted_on: '2022-01-01', target_group: 'dagpenge' }),
        good({ comment: 'x'.repeat(2001) }),
        `${good()};ekstra`,
        good({ meeting_channel: 'Fremmøde', min_plan_use: 'Ja' }),
        good({ team: 'vest' }),
      ),
      'old.csv',
      NOW,
    );
    expect(errorsOf(result)).toEqual([
      { line: 4, reason: 'bad_date', column: 'submitted_on', value: '2023-02-29' },
      { line: 5, reason: 'missing_value', column: 'submitted_on' },
      { line: 6, reason: 'no_answers' },
      { line: 7, reason: 'comment_too_long', column: 'comment', value: '2001' },
      { line: 8, reason: 'wrong_column_count', value: '13' },
      { line: 9, reason: 'bad_value', column: 'meeting_channel', value: 'Fremmøde' },
      { line: 9, reason: 'bad_value', column: 'min_plan_use', value: 'Ja' },
      { line: 10, reason: 'unknown_team', column: 'team', value: 'vest' },
    ]);
    expect(count()).toBe(0);
  });

  it('reports an unknown target group with its line', async () => {
    const result = await importFile(db, csv(good(), good({ target_group: 'kontanthjaelp' })), 'old.csv', NOW);
    expect(errorsOf(result)).toEqual([
      { line: 3, reason: 'unknown_target_group', column: 'target_group', value: 'kontanthjaelp' },
    ]);
    expect(describeImportError(errorsOf(result)[0]!, 'en')).toBe(
      'Line 3: the target group “kontanthjaelp” does not exist in Værdig.',
    );
    expect(count()).toBe(0);
  });

  it('checks target groups and teams again when given rows directly', () => {
    const rows = [
      { line: 2, submittedOn: '2022-01-01', targetGroup: 'dagpenge', team: null, answers: { clear_purpose: '5' } },
      { line: 3, submittedOn: '2022-01-01', targetGroup: 'nope', team: 'syd', answers: { clear_purpose: '5' } },
    ];
    expect(errorsOf(importResponses(db, rows, NOW))).toEqual([
      { line: 3, reason: 'unknown_target_group', column: 'target_group', value: 'nope' },
      { line: 3, reason: 'unknown_team', column: 'team', value: 'syd' },
    ]);
    expect(count()).toBe(0);
  });

  it('refuses min_plan_overview unless min_plan_use is yes', async () => {
    const result = await importFile(
      db,
      csv(
        good({ min_plan_use: 'yes', min_plan_overview: '5' }),
        good({ min_plan_use: 'no', min_plan_overview: '5' }),
        good({ min_plan_overview: '4' }),
      ),
      'old.csv',
      NOW,
    );
    const errors = errorsOf(result);
    expect(errors).toEqual([
      { line: 3, reason: 'follow_up_without_yes', column: 'min_plan_overview', value: 'no' },
      { line: 4, reason: 'follow_up_without_yes', column: 'min_plan_overview', value: '' },
    ]);
    expect(describeImportError(errors[0]!, 'da')).toBe(
      'Linje 3: min_plan_overview må kun udfyldes, når min_plan_use er yes, men min_plan_use er “no”.',
    );
    expect(count()).toBe(0);
  });

  it('refuses a wrong header, an empty file, a non-UTF-8 file, an unclosed quote and a broken XLSX', async () => {
    const header = IMPORT_COLUMNS.filter((c) => c !== 'team').join(';') + ';kommentar';
    expect(errorsOf(await parseImportFile(Buffer.from(`${header}\n`), 'x.csv'))).toEqual([
      { line: 1, reason: 'unknown_column', value: 'kommentar' },
      { line: 1, reason: 'missing_column', column: 'team' },
    ]);
    expect(errorsOf(await parseImportFile(Buffer.from(`${HEADER}\r\n\r\n`), 'x.csv'))).toEqual([
      { line: 1, reason: 'empty_file' },
    ]);
    expect(errorsOf(await parseImportFile(Buffer.alloc(0), 'x.csv'))).toEqual([{ line: 1, reason: 'empty_file' }]);
    const latin1 = Buffer.from(`${HEADER}\n${good({ comment: 'Rigtig god støtte' })}\n`, 'latin1');
    expect(errorsOf(await parseImportFile(latin1, 'x.csv'))).toEqual([{ line: 1, reason: 'not_utf8' }]);
    const unclosed = csv(good(), good({ comment: '"glemt anførselstegn' }), good(), good());
    expect(errorsOf(await parseImportFile(unclosed, 'x.csv'))).toEqual([{ line: 3, reason: 'unclosed_quote' }]);
    expect(errorsOf(await parseImportFile(Buffer.from('PK\x03\x04 not a zip'), 'x.xlsx'))).toEqual([
      { line: 1, reason: 'unreadable' },
    ]);
  });

  it('describes errors in natural Danish and English', () => {
    const error: ImportError = { line: 7, reason: 'bad_date', column: 'submitted_on', value: '2023-02-30' };
    expect(describeImportError(error, 'da')).toBe(
      'Linje 7: “2023-02-30” i submitted_on er ikke en gyldig dato (ÅÅÅÅ-MM-DD).',
    );
    expect(describeImportError(error, 'en')).toBe(
      'Line 7: “2023-02-30” in submitted_on is not a valid date (YYYY-MM-DD).',
    );
    const long: ImportError = { line: 9, reason: 'comment_too_long', column: 'comment', value: '2150' };
    expect(describeImportError(long, 'da')).toBe('Linje 9: kommentaren er på 2.150 tegn; den må højst være på 2.000.');
  });

  it('lists at most 1,000 errors and counts the rest', async () => {
    const bad = Array.from({ length: 1500 }, () => good({ clear_purpose: 'x' }));
    const result = await parseImportFile(csv(...bad), 'x.csv', { today: TODAY });
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toHaveLength(1000);
    expect(result.omitted).toBe(500);
    expect(describeImportFailure(result, 'da').at(-1)).toBe('… og 500 fejl mere.');
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
