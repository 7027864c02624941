import { readCsv, type Read } from './import-csv';
import { setting as readSetting } from './env';
import { copenhagenDate, isCalendarDay } from './dates';
import { readXlsx } from './import-xlsx';
import { normaliseText } from './text';
import { RESPONSE_FILE_COLUMNS } from './response-file';
import { COMMENT_MAX_LENGTH, ITEMS, isAsked, type Answers, type ChoiceItemKey } from './survey/definition';

/**
 * Earlier responses (for example the 2021 and 2022 surveys) from a CSV or XLSX
 * file, one row per response (DESIGN.md, "Interfaces other systems rely on").
 * All rows or none: every bad row is reported with its line, never only the first.
 */
export const IMPORT_COLUMNS = RESPONSE_FILE_COLUMNS;
type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** More errors than this are counted, not listed. */
const MAX_REPORTED_ERRORS = 1000;

/** Rows below the header one file may hold, unless `IMPORT_MAX_ROWS` says otherwise. */
export const DEFAULT_MAX_ROWS = 100_000;

export type ImportLimits = { maxRows: number; maxBytes: number };

/** `IMPORT_MAX_ROWS`, or the default; anything but a whole number above 0 is a configuration error. */
export function importMaxRows(setting = process.env.IMPORT_MAX_ROWS): number {
  return readSetting('IMPORT_MAX_ROWS', { IMPORT_MAX_ROWS: setting });
}

/** What one file may hold: `maxRows` rows below its header, and `maxBytes` of CSV or of a workbook's unpacked parts. */
export function importLimits(maxRows = importMaxRows()): ImportLimits {
  // 5 KB a row fits a 2,000-character comment of two-byte letters (æ, ø, å) and the row's other cells; 10 MB is for styles and the rest.
  return { maxRows, maxBytes: 10_000_000 + maxRows * 5_000 };
}

/** The refusal of a file of `byteLength` bytes past the limit, or null; the command line asks before reading. */
export function fileSizeFailure(byteLength: number, limits = importLimits()): ImportFailure | null {
  return byteLength > limits.maxBytes ? refusal('file_too_large', limits) : null;
}

/** A whole file refused for a limit; the limit in force goes with it, for the sentence. */
function refusal(
  reason: 'file_too_large' | 'archive_too_large' | 'too_many_rows',
  limits: ImportLimits,
): ImportFailure {
  return importFailure([
    { line: 1, reason, value: String(reason === 'too_many_rows' ? limits.maxRows : limits.maxBytes) },
  ]);
}

export type ImportErrorReason =
  | 'unreadable'
  | 'file_too_large'
  | 'archive_too_large'
  | 'too_many_rows'
  | 'not_utf8'
  | 'unclosed_quote'
  | 'empty_file'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'wrong_column_count'
  | 'missing_value'
  | 'bad_date'
  | 'future_date'
  | 'bad_value'
  | 'follow_up_without_yes'
  | 'no_answers'
  | 'comment_too_long'
  | 'unknown_target_group'
  | 'unknown_team';

/**
 * `line` is the 1-based line of a CSV file or row of a spreadsheet (the header is 1).
 * `value` is the offending cell (cut at 60 characters); for `comment_too_long` it is the
 * comment's length and for `wrong_column_count` the number of fields, so no comment text is echoed;
 * for `too_many_rows` it is the row limit, and for `file_too_large` and `archive_too_large` the byte limit.
 */
export type ImportError = { line: number; reason: ImportErrorReason; column?: string; value?: string };
export type ImportFailure = {
  ok: false;
  errors: ImportError[];
  /** errors beyond MAX_REPORTED_ERRORS */ omitted: number;
};

export type ImportRow = {
  line: number;
  submittedOn: string;
  targetGroup: string;
  team: string | null;
  answers: Answers;
};

type ParseOptions = {
  /** The Copenhagen day (YYYY-MM-DD) after which a date is in the future; defaults to today. */
  today?: string;
  /** Keys that exist; when given, other keys are row errors already here, so one report lists everything. */
  targetGroups?: ReadonlySet<string>;
  teams?: ReadonlySet<string>;
  /** Rows below the header; defaults to `IMPORT_MAX_ROWS` or 100,000. */
  maxRows?: number;
};

/** One row of a file as text: `line` is where it starts (the header is 1). */
export type FileRecord = { line: number; fields: string[] };
type Record_ = FileRecord;

/** Sorted by line and capped, so a file of 100,000 bad rows gives a readable answer. */
export function importFailure(errors: ImportError[]): ImportFailure {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  return {
    ok: false,
    errors: sorted.slice(0, MAX_REPORTED_ERRORS),
    omitted: Math.max(0, sorted.length - MAX_REPORTED_ERRORS),
  };
}

export async function parseImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<{ ok: true; rows: ImportRow[] } | ImportFailure> {
  const limits = importLimits(options.maxRows);
  const tooLarge = fileSizeFailure(bytes.byteLength, limits);
  if (tooLarge) return tooLarge;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let read: Read;
  if (isZip || /\.xlsx$/i.test(fileName)) {
    const xlsx = await readXlsx(bytes, limits);
    // A spreadsheet leaves trailing empty cells out, so a short row is not an error there.
    read = 'reason' in xlsx ? xlsx : { records: xlsx.records, strictCount: false };
  } else {
    read = readCsv(bytes, limits);
  }
  if ('reason' in read) {
    if (read.reason === 'too_many_rows' || read.reason === 'archive_too_large') return refusal(read.reason, limits);
    return importFailure([{ line: read.line ?? 1, reason: read.reason }]);
  }
  return validateRecords(read.records, read.strictCount, options);
}

const LIKERT_VALUES: readonly string[] = ['1', '2', '3', '4', '5', 'dk'];
// In the order of the file's documented header, so that a row's errors read left to right.
const CHOICES = new Map<ChoiceItemKey, readonly string[]>(
  IMPORT_COLUMNS.flatMap((column) => {
    const item = ITEMS.find((candidate) => candidate.key === column);
    return item ? [[item.key, item.kind === 'likert' ? LIKERT_VALUES : item.options] as const] : [];
  }),
);

/** The allowed codes of a column, for messages; undefined for free text and keys. */
export function allowedValues(column: string): readonly string[] | undefined {
  return CHOICES.get(column as ChoiceItemKey);
}

const cut = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

function validateRecords(all: Record_[], strictCount: boolean, options: ParseOptions) {
  const records = all.filter(({ fields }) => fields.some((field) => field.trim() !== ''));
  const headerRecord = records[0];
  if (!headerRecord) return importFailure([{ line: 1, reason: 'empty_file' }]);

  const errors: ImportError[] = [];
  const header = headerRecord.fields.map((name) => name.trim().toLowerCase());
  const indexOf = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') return;
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) {
      errors.push({
        line: headerRecord.line,
        reason: 'unknown_column',
        value: cut(headerRecord.fields[index]!.trim()),
      });
    } else if (indexOf.has(name)) {
      errors.push({ line: headerRecord.line, reason: 'duplicate_column', column: name });
    } else {
      indexOf.set(name, index);
    }
  });
  for (const column of IMPORT_COLUMNS) {
    if (!indexOf.has(column)) errors.push({ line: headerRecord.line, reason: 'missing_column', column });
  }
  if (errors.length > 0) return importFailure(errors);
  const body = records.slice(1);
  if (body.length === 0) return importFailure([{ line: headerRecord.line, reason: 'empty_file' }]);

  const today = options.today ?? copenhagenDate();
  const named = new Set(indexOf.values());
  const rows: ImportRow[] = [];
  for (const { line, fields } of body) {
    // Values outside the named columns usually mean a separator inside an unquoted comment.
    const stray = fields.some((field, index) => !named.has(index) && field.trim() !== '');
    if (stray || (strictCount && fields.length !== header.length)) {
      errors.push({ line, reason: 'wrong_column_count', value: String(fields.length) });
      continue;
    }
    const before = errors.length;
    const row = validateRow(line, (column) => fields[indexOf.get(column)!] ?? '', today, options, errors);
    if (errors.length === before) rows.push(row);
  }
  return errors.length > 0 ? importFailure(errors) : { ok: true as const, rows };
}

function validateRow(
  line: number,
  raw: (column: ImportColumn) => string,
  today: string,
  options: ParseOptions,
  errors: ImportError[],
): ImportRow {
  const fail = (reason: ImportErrorReason, column: ImportColumn, value?: string) =>
    errors.push({ line, reason, column, ...(value === undefined ? {} : { value: cut(value) }) });

  const submittedOn = raw('submitted_on').trim();
  if (submittedOn === '') fail('missing_value', 'submitted_on');
  else if (!isCalendarDay(submittedOn)) fail('bad_date', 'submitted_on', submittedOn);
  else if (submittedOn > today) fail('future_date', 'submitted_on', submittedOn);

  const targetGroup = raw('target_group').trim();
  if (targetGroup === '') fail('missing_value', 'target_group');
  else if (options.targetGroups && !options.targetGroups.has(targetGroup))
    fail('unknown_target_group', 'target_group', targetGroup);

  const team = raw('team').trim() || null;
  if (team !== null && options.teams && !options.teams.has(team)) fail('unknown_team', 'team', team);

  const answers: Answers = {};
  const invalid = new Set<ChoiceItemKey>();
  let anything = false;
  for (const [key, allowed] of CHOICES) {
    const value = raw(key).trim();
    if (value === '') continue;
    anything = true;
    const code = value.toLowerCase();
    if (allowed.includes(code)) answers[key] = code;
    else {
      invalid.add(key);
      fail('bad_value', key, value);
    }
  }
  const overview = answers.min_plan_overview;
  if (overview !== undefined && !invalid.has('min_plan_use') && !isAsked('min_plan_overview', answers)) {
    fail('follow_up_without_yes', 'min_plan_overview', raw('min_plan_use').trim());
  }

  // Normalised as the survey's own comments are: newlines, NFC, no control characters or bidi overrides.
  const comment = normaliseText(raw('comment')).trim();
  if (comment !== '') {
    anything = true;
    if (comment.length > COMMENT_MAX_LENGTH) fail('comment_too_long', 'comment', String(comment.length));
    else answers.comment = comment;
  }
  if (!anything) errors.push({ line, reason: 'no_answers' });

  return { line, submittedOn, targetGroup, team, answers };
}
