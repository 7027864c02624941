import { IMPORT_COLUMNS, type ImportError } from '@/lib/import';

/** Files of earlier responses for the import tests, and what they expect of a refusal. */

export const HEADER = IMPORT_COLUMNS.join(';');
export const NOW = new Date('2024-06-01T10:00:00Z');
export const TODAY = '2024-06-01';

/** A `;` CSV with a BOM and CRLF, as Danish Excel's "CSV UTF-8" writes it. */
export const csv = (...lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
export const row = (values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) =>
  IMPORT_COLUMNS.map((column) => values[column] ?? '').join(';');
export const good = (overrides: Parameters<typeof row>[0] = {}) =>
  row({ submitted_on: '2022-03-14', target_group: 'dagpenge', clear_purpose: '4', ...overrides });

export const errorsOf = (result: { ok: boolean; errors?: ImportError[] }) => {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors!;
};
