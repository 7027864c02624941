import { describe, expect, it } from 'vitest';
import { describeAuditEntry, type AuditEntry, type AuditNames } from '@/lib/audit-entry';

const names: AuditNames = {
  targetGroup: (key) => ({ dagpenge: 'Forsikrede ledige (a-dagpenge)' })[key],
  team: (key) => ({ nord: 'Team Nord' })[key],
  apiToken: (id) => ({ '7': 'Power BI' })[id],
  // The page names periods with the period namer; here the kind shows that a quarter is seen as one.
  period: (period) => `${period.kind} ${period.label}`,
};

const entry = (
  action: string,
  target: string | null,
  details?: unknown,
  actorEmail: string | null = 'anna@kommune.dk',
) =>
  ({
    action,
    actorEmail,
    target,
    details: details === undefined ? null : JSON.stringify(details),
  }) satisfies AuditEntry;

const text = (e: AuditEntry, locale: 'da' | 'en' = 'da') => describeAuditEntry(e, locale, names);
const pairs = (e: AuditEntry, locale: 'da' | 'en' = 'da') =>
  text(e, locale).details.map(({ label, value }) => `${label}: ${value}`);

describe('the audit log in words', () => {
  it('says who, what, on what and the details of an export in Danish and English', () => {
    const exported = entry('export', 'responses', {
      format: 'csv',
      lang: 'da',
      from: '2019-04-01',
      to: '2019-06-30',
      comments: true,
      rows: 16,
    });
    expect(text(exported)).toEqual({
      who: 'anna@kommune.dk',
      what: 'Eksport',
      target: 'Anonyme besvarelser',
      details: [
        { label: 'Periode', value: 'quarter 2019-Q2' },
        { label: 'Format', value: 'CSV' },
        { label: 'Sprog', value: 'dansk' },
        { label: 'Rækker', value: '16' },
        { label: 'Med kommentarer', value: 'ja' },
      ],
    });
    expect(text(exported, 'en').target).toBe('Anonymous responses');
    expect(pairs(exported, 'en')).toEqual([
      'Period: quarter 2019-Q2',
      'Format: CSV',
      'Language: Danish',
      'Rows: 16',
      'With comments: yes',
    ]);
    expect(text(entry('export', 'results', { format: 'xlsx', from: '2024-02-01', to: '2024-05-31' })).target).toBe(
      'Resultater',
    );
    expect(pairs(entry('export', 'results', { format: 'xlsx', from: '2024-02-01', to: '2024-05-31' }))).toEqual([
      'Periode: range 2024-02–2024-05',
      'Format: Excel (XLSX)',
    ]);
    expect(pairs(entry('api_results', null, { from: '2023-01-01', to: '2023-12-31', by: 'team' }))).toEqual([
      'Periode: year 2023',
      'Fordelt på: Team',
    ]);
  });

  it('names the command line and another system by its API token instead of an empty sender', () => {
    expect(text(entry('user_created', 'nina@kommune.dk', { role: 'manager', team: null }, 'command line'))).toEqual({
      who: 'Kommandolinjen',
      what: 'Person oprettet',
      target: 'nina@kommune.dk',
      details: [
        { label: 'Rolle', value: 'leder' },
        { label: 'Team', value: 'intet team' },
      ],
    });
    const used = entry('api_token_used', 'Power BI', { from: '2019-04-01', to: '2019-06-30' }, null);
    expect(text(used).who).toBe('Et andet system (API-nøgle »Power BI«)');
    expect(text(used, 'en').who).toBe('Another system (API token “Power BI”)');
    expect(text(used).target).toBe('Resultater');
    const refused = entry('api_token_refused', '/api/v1/export/results', { reason: 'tokens not accepted here' }, null);
    expect(text(refused)).toMatchObject({ who: 'Et ukendt system', target: 'Adressen /api/v1/export/results' });
    expect(pairs(refused)).toEqual(['Årsag: adressen tager ikke imod API-nøgler']);
    expect(text(entry('api_token_revoked', '7')).target).toBe('API-nøglen »Power BI«');
    expect(text(entry('api_token_revoked', '8'), 'en').target).toBe('API token no. 8');
  });

  it('shows settings and thresholds as before → after, only those that changed', () => {
    const settings = entry('settings_changed', null, {
      from: { minCellSize: 5, tokenExpiryDays: 30, reminderDays: 7 },
      to: { minCellSize: 3, tokenExpiryDays: 30, reminderDays: 7 },
    });
    expect(pairs(settings)).toEqual(['Mindste antal svar i en gruppe: 5 → 3']);
    expect(pairs(settings, 'en')).toEqual(['Minimum number of answers in a group: 5 → 3']);
    const same = entry('settings_changed', null, { from: { minCellSize: 5 }, to: { minCellSize: 5 } });
    expect(pairs(same)).toEqual(['Ændringer: ingen']);
    const thresholds = entry('thresholds_changed', '2026', {
      from: { guidance: 60, clear_purpose: 80, min_plan: 70, resources: 80, cooperation: 75 },
      to: { guidance: 65, clear_purpose: 80, min_plan: 70, resources: 80, cooperation: 70 },
    });
    expect(text(thresholds).target).toBe('Året 2026');
    expect(pairs(thresholds)).toEqual(['Mål 1: 60 % → 65 %', 'Mål 5: 75 % → 70 %']);
    expect(pairs(entry('user_role_changed', 'b@kommune.dk', { from: 'caseworker', to: 'manager' }))).toEqual([
      'Rolle: sagsbehandler → leder',
    ]);
    expect(pairs(entry('user_team_changed', 'b@kommune.dk', { to: 'nord' }))).toEqual(['Nyt team: Team Nord']);
  });

  it('says why a sign-in failed, and names groups and teams instead of their keys', () => {
    expect(pairs(entry('sign_in_failed', null, { reason: 'one-time password expired' }))).toEqual([
      'Årsag: engangsadgangskoden var udløbet',
    ]);
    expect(pairs(entry('sign_in_failed', null, { reason: 'e-mail not verified', method: 'sso' }))).toEqual([
      'Årsag: e-mailen er ikke bekræftet hos identitetsudbyderen',
      'Måde: single sign-on',
    ]);
    expect(pairs(entry('sign_in_failed', null, { reason: 'break-glass account', method: 'sso' }), 'en')).toEqual([
      'Reason: break-glass account: not by single sign-on',
      'Method: single sign-on',
    ]);
    expect(pairs(entry('two_factor_failed', null, { step: 'backup' }), 'en')).toEqual(['Two-factor: backup code']);
    expect(pairs(entry('sign_in', null, { twoFactor: 'totp' }))).toEqual(['To-faktor: kode fra app']);
    expect(pairs(entry('access_denied', '/admin', { role: 'caseworker', required: 'admin' }))).toEqual([
      'Rolle: sagsbehandler',
      'Kræver rollen: administrator',
    ]);
    const renamed = entry('target_group_renamed', 'dagpenge', { nameDa: 'Forsikrede', nameEn: 'Insured' });
    expect(text(renamed)).toMatchObject({ what: 'Målgruppe omdøbt', target: 'Forsikrede ledige (a-dagpenge)' });
    expect(pairs(renamed)).toEqual(['Dansk navn: Forsikrede', 'Engelsk navn: Insured']);
    expect(text(entry('team_retired', 'gone')).target).toBe('gone');
  });

  it('shows details of a shape it does not know as readable key: value pairs, never raw JSON', () => {
    const odd = entry('import', null, {
      rows: 12,
      source: 'survey-2022.xlsx',
      checked: false,
      extra: { a: 1, b: [1, 2] },
    });
    expect(pairs(odd)).toEqual(['Rækker: 12', 'source: survey-2022.xlsx', 'checked: nej', 'extra: a: 1, b: 1, 2']);
    expect(pairs({ ...odd, details: 'not json' })).toEqual(['value: not json']);
    expect(text(entry('something_new', 'x')).what).toBe('something_new');
    for (const { value } of text(odd).details) expect(value).not.toMatch(/[{}"]/);
  });
});
