import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { importResponses } from '@/db/queries/import';
import { importFile } from '@/server/import';
import { IMPORT_COLUMNS, parseImportFile, type ImportError } from '@/lib/import';
import { describeImportError, describeImportFailure } from '@/lib/import-messages';
import { setUpFreshDatabase } from '../support/fresh-database';
import { HEADER, NOW, TODAY, csv, errorsOf, good, row } from '../support/import-files';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh), { teams: [{ key: 'nord', name: 'Team Nord' }] });

const count = () => (db.$client.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n;

describe('importing earlier responses', () => {
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
});
