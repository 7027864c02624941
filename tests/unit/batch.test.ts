import { describe, expect, it } from 'vitest';
import { batchTemplate, parseBatchCsv } from '@/lib/batch';
import { parseCsv } from '@/lib/csv';

const known = { groups: new Set(['dagpenge', 'integration']), teams: new Set(['nord']), mailEnabled: true };

describe('parseCsv', () => {
  it('reads quotes, separators inside quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;y";"say ""hi"""\r\n', ';')).toEqual([
      ['a', 'b'],
      ['x;y', 'say "hi"'],
    ]);
  });
});

describe('the batch file', () => {
  it('accepts a good file with , or ; and optional columns', () => {
    const comma = parseBatchCsv(
      'email,target_group,language,team\nA@Borger.dk,dagpenge,da,nord\n,integration,EN,\n',
      known,
    );
    expect(comma.problems).toEqual([]);
    expect(comma.rows).toEqual([
      { line: 2, email: 'a@borger.dk', targetGroup: 'dagpenge', language: 'da', team: 'nord' },
      { line: 3, email: null, targetGroup: 'integration', language: 'en', team: null },
    ]);
    const semicolon = parseBatchCsv('\uFEFFtarget_group;language\r\ndagpenge;da\r\n', known);
    expect(semicolon.rows).toHaveLength(1);
  });

  it('names every bad row with its line and reason, and keeps none', () => {
    const result = parseBatchCsv(
      [
        'target_group,language,email,team',
        'dagpenge,da,,',
        'nope,da,,',
        'dagpenge,de,,',
        'dagpenge,da,not-an-email,',
        'dagpenge,da,,syd',
        'dagpenge,da',
      ].join('\n'),
      known,
    );
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { line: 3, reason: 'unknownGroup', value: 'nope' },
      { line: 4, reason: 'badLanguage', value: 'de' },
      { line: 5, reason: 'badEmail', value: 'not-an-email' },
      { line: 6, reason: 'unknownTeam', value: 'syd' },
      { line: 7, reason: 'wrongFieldCount' },
    ]);
  });

  it('refuses a bad header, an empty file and e-mails when mail is off', () => {
    expect(parseBatchCsv('group,language\nx,da', known).problems).toEqual([
      { line: 1, reason: 'unknownColumn', value: 'group' },
      { line: 1, reason: 'missingColumn', value: 'target_group' },
    ]);
    expect(parseBatchCsv('', known).problems).toEqual([{ line: 1, reason: 'emptyFile' }]);
    expect(parseBatchCsv('target_group,language\n', known).problems).toEqual([{ line: 1, reason: 'emptyFile' }]);
    expect(
      parseBatchCsv('email,target_group,language\na@b.dk,dagpenge,da', { ...known, mailEnabled: false }).problems,
    ).toEqual([{ line: 2, reason: 'mailNotConfigured' }]);
  });
});

describe('the template', () => {
  const file = (template: string) => decodeURIComponent(template.slice(template.indexOf(',') + 1));

  it('is a file the upload takes as it is, with an e-mail row only where e-mail is set up', () => {
    const withMail = file(batchTemplate({ group: 'integration', team: 'nord', email: true }));
    expect(withMail).toBe(
      '\uFEFFemail;target_group;language;team\r\n;integration;da;nord\r\nborger@example.dk;integration;en;nord\r\n',
    );
    expect(parseBatchCsv(withMail, known).problems).toEqual([]);
    const withoutMail = file(batchTemplate({ email: false }));
    expect(parseBatchCsv(withoutMail, { ...known, mailEnabled: false })).toMatchObject({
      problems: [],
      rows: [{ email: null, targetGroup: 'dagpenge', language: 'da', team: null }],
    });
  });
});
