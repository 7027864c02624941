import { isLocale, type Locale } from './locales';
import { detectSeparator, parseCsv, toCsv } from './csv';
import { normaliseText } from './text';

/**
 * The batch invitation file: one row per citizen, columns `target_group`,
 * `language` and optionally `email` and `team`, separated by `,` or `;`.
 * Every row is checked before anything is created.
 */
const BATCH_COLUMNS = ['email', 'target_group', 'language', 'team'] as const;
export const MAX_BATCH_ROWS = 1000;

/**
 * A file to start from, as a data: address: the columns, and example rows with the given target
 * group and team (one for a letter, and one by e-mail when e-mail is set up), UTF-8 with BOM and ";".
 */
export function batchTemplate({
  group = 'dagpenge',
  team = '',
  email,
}: {
  group?: string;
  team?: string;
  email: boolean;
}) {
  const example = (address: string, language: Locale) =>
    BATCH_COLUMNS.map((column) => ({ email: address, target_group: group, language, team })[column]);
  const rows = [[...BATCH_COLUMNS], example('', 'da'), ...(email ? [example('borger@example.dk', 'en')] : [])];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${toCsv(rows, ';')}`)}`;
}

export type BatchRow = {
  line: number;
  email: string | null;
  targetGroup: string;
  language: Locale;
  team: string | null;
};
type BatchReason =
  | 'emptyFile'
  | 'missingColumn'
  | 'unknownColumn'
  | 'tooManyRows'
  | 'wrongFieldCount'
  | 'unknownGroup'
  | 'unknownTeam'
  | 'badLanguage'
  | 'badEmail'
  | 'mailNotConfigured';
export type BatchProblem = { line: number; reason: BatchReason; value?: string };

type Known = { groups: ReadonlySet<string>; teams: ReadonlySet<string>; mailEnabled: boolean };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseBatchCsv(file: string, known: Known): { rows: BatchRow[]; problems: BatchProblem[] } {
  const text = normaliseText(file);
  const records = parseCsv(text, detectSeparator(text));
  const lines = records
    .map((fields, index) => ({ line: index + 1, fields }))
    .filter(({ fields }) => fields.some((f) => f.trim() !== ''));
  if (lines.length === 0) return { rows: [], problems: [{ line: 1, reason: 'emptyFile' }] };

  const header = lines[0]!.fields.map((name) => name.trim().toLowerCase());
  const problems: BatchProblem[] = [];
  for (const name of header) {
    if (!(BATCH_COLUMNS as readonly string[]).includes(name))
      problems.push({ line: 1, reason: 'unknownColumn', value: name });
  }
  for (const required of ['target_group', 'language']) {
    if (!header.includes(required)) problems.push({ line: 1, reason: 'missingColumn', value: required });
  }
  if (problems.length > 0) return { rows: [], problems };
  const body = lines.slice(1);
  if (body.length === 0) return { rows: [], problems: [{ line: 1, reason: 'emptyFile' }] };
  if (body.length > MAX_BATCH_ROWS)
    return { rows: [], problems: [{ line: MAX_BATCH_ROWS + 2, reason: 'tooManyRows' }] };

  const rows: BatchRow[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== header.length) {
      problems.push({ line, reason: 'wrongFieldCount' });
      continue;
    }
    const get = (name: string) => fields[header.indexOf(name)]?.trim() ?? '';
    const email = get('email').toLowerCase() || null;
    const targetGroup = get('target_group');
    const language = get('language').toLowerCase();
    const team = get('team') || null;
    const before = problems.length;
    if (!known.groups.has(targetGroup)) problems.push({ line, reason: 'unknownGroup', value: targetGroup });
    if (team && !known.teams.has(team)) problems.push({ line, reason: 'unknownTeam', value: team });
    if (!isLocale(language)) problems.push({ line, reason: 'badLanguage', value: language });
    if (email && !EMAIL.test(email)) problems.push({ line, reason: 'badEmail', value: email });
    if (email && !known.mailEnabled) problems.push({ line, reason: 'mailNotConfigured' });
    if (problems.length === before && isLocale(language)) rows.push({ line, email, targetGroup, language, team });
  }
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}
