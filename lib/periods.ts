import { copenhagenDate, copenhagenMidnight, isCalendarDay } from './dates';

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** The calendar quarter of a day written YYYY-MM-DD. */
export function quarterOfDay(day: string): Quarter {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter['quarter'] };
}

/** The calendar quarter a moment falls in, in Copenhagen. */
export function quarterOf(at: Date = new Date()): Quarter {
  return quarterOfDay(copenhagenDate(at));
}

/** [from, to) of a quarter as moments: Copenhagen midnight on its first day and on the next quarter's. */
export function quarterRange({ year, quarter }: Quarter): { from: Date; to: Date } {
  const startMonth = (quarter - 1) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
  return { from: copenhagenMidnight(`${year}-${pad(startMonth)}-01`), to: copenhagenMidnight(next) };
}

export const quarterLabel = ({ year, quarter }: Quarter) => `${year}-Q${quarter}`;

/**
 * A reporting period: whole calendar months, written as Copenhagen days (the first day of
 * the first month and the last day of the last month, both included). The month is the
 * smallest unit anyone sees, and the running month is never included (DESIGN.md, "Privacy by
 * design"): a quarter or year that is still running covers its complete months (`soFar`).
 */
export type ResultPeriod = {
  kind: 'quarter' | 'year' | 'range';
  from: string;
  to: string;
  label: string;
  soFar: boolean;
};

type PeriodError =
  | 'bad_quarter'
  | 'bad_year'
  | 'bad_date'
  | 'not_month_start'
  | 'not_month_end'
  | 'from_after_to'
  | 'missing_date'
  | 'too_long'
  | 'running_month'
  | 'no_complete_month'
  | 'conflicting';

const pad = (n: number) => String(n).padStart(2, '0');
const MAX_YEARS = 20;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and the last day of a month written YYYY-MM. */
export function monthDays(month: string): { first: string; last: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return { first: `${month}-01`, last: `${month}-${pad(lastDayOfMonth(year, number))}` };
}

/** The month (YYYY-MM) before the one running in Copenhagen at `now`: the last whose figures may be shown. */
export function lastCompleteMonth(now = new Date()): string {
  const [year, month] = copenhagenDate(now).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The last day whose responses may be counted: the end of the last complete month. */
export const lastCountableDay = (now = new Date()) => monthDays(lastCompleteMonth(now)).last;

/** A whole period cut at the end of the last complete month, or null when none of it has ended. */
function completeMonthsOf(period: Omit<ResultPeriod, 'soFar'>, now: Date): ResultPeriod | null {
  const limit = lastCountableDay(now);
  if (period.from > limit) return null;
  return period.to > limit ? { ...period, to: limit, soFar: true } : { ...period, soFar: false };
}

export function quarterPeriod({ year, quarter }: Quarter): ResultPeriod {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    from: monthDays(`${year}-${pad(first)}`).first,
    to: monthDays(`${year}-${pad(first + 2)}`).last,
    label: quarterLabel({ year, quarter }),
    soFar: false,
  };
}

function yearPeriod(year: number): ResultPeriod {
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, label: String(year), soFar: false };
}

function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter['quarter'] };
}

/** The last quarter that has ended, in Copenhagen: the default period. */
export function lastCompleteQuarter(now = new Date()): Quarter {
  return previousQuarter(quarterOf(now));
}

/** The `count` quarters up to and including `last`, oldest first. */
export function quartersUpTo(last: Quarter, count: number): Quarter[] {
  const result = [last];
  while (result.length < count) result.unshift(previousQuarter(result[0]!));
  return result;
}

export function parseQuarter(value: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/i.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1900 ? { year, quarter: Number(match[2]) as Quarter['quarter'] } : null;
}

/** `from` or `to` of a range: a month (YYYY-MM), or a day (YYYY-MM-DD) that must open or close its month. */
function rangeEnd(value: string, end: 'from' | 'to'): { ok: true; month: string } | { ok: false; error: PeriodError } {
  if (/^\d{4}-\d{2}$/.test(value)) {
    const month = Number(value.slice(5));
    return month >= 1 && month <= 12 && value >= '1900' ? { ok: true, month: value } : { ok: false, error: 'bad_date' };
  }
  if (!isCalendarDay(value) || value < '1900') return { ok: false, error: 'bad_date' };
  const month = value.slice(0, 7);
  const { first, last } = monthDays(month);
  if (end === 'from' && value !== first) return { ok: false, error: 'not_month_start' };
  if (end === 'to' && value !== last) return { ok: false, error: 'not_month_end' };
  return { ok: true, month };
}

type PeriodParams = { quarter?: string | null; year?: string | null; from?: string | null; to?: string | null };
type ParsedPeriod = { ok: true; period: ResultPeriod } | { ok: false; error: PeriodError };

/**
 * Reads a period from request parameters: `quarter=2023-Q1`, `year=2023`, or `from` and `to`
 * as months (`2024-02`) or as the first and last days of months. A quarter or year that is
 * still running gives its complete months; a range must end before the running month.
 * None of them gives `fallback`.
 */
export function parsePeriod(params: PeriodParams, fallback: () => ResultPeriod, now = new Date()): ParsedPeriod {
  const quarter = params.quarter?.trim();
  const year = params.year?.trim();
  const from = params.from?.trim();
  const to = params.to?.trim();
  if ([quarter, year, from || to].filter(Boolean).length > 1) return { ok: false, error: 'conflicting' };
  if (quarter) {
    const parsed = parseQuarter(quarter);
    if (!parsed) return { ok: false, error: 'bad_quarter' };
    const period = completeMonthsOf(quarterPeriod(parsed), now);
    return period ? { ok: true, period } : { ok: false, error: 'no_complete_month' };
  }
  if (year) {
    if (!/^\d{4}$/.test(year) || Number(year) < 1900) return { ok: false, error: 'bad_year' };
    const period = completeMonthsOf(yearPeriod(Number(year)), now);
    return period ? { ok: true, period } : { ok: false, error: 'no_complete_month' };
  }
  if (from || to) {
    if (!from || !to) return { ok: false, error: 'missing_date' };
    const start = rangeEnd(from, 'from');
    if (!start.ok) return start;
    const end = rangeEnd(to, 'to');
    if (!end.ok) return end;
    if (start.month > end.month) return { ok: false, error: 'from_after_to' };
    if (Number(end.month.slice(0, 4)) - Number(start.month.slice(0, 4)) > MAX_YEARS)
      return { ok: false, error: 'too_long' };
    if (end.month > lastCompleteMonth(now)) return { ok: false, error: 'running_month' };
    const label = start.month === end.month ? start.month : `${start.month}–${end.month}`;
    return {
      ok: true,
      period: { kind: 'range', from: monthDays(start.month).first, to: monthDays(end.month).last, label, soFar: false },
    };
  }
  return { ok: true, period: fallback() };
}

/** English messages for the API's 400 answers. */
export const PERIOD_ERROR_MESSAGES: Record<PeriodError, string> = {
  bad_quarter: 'quarter must look like 2023-Q1',
  bad_year: 'year must be four digits, such as 2023',
  bad_date: 'from and to must be months written YYYY-MM, or calendar dates written YYYY-MM-DD',
  not_month_start: 'periods are whole months: from must be a month (YYYY-MM) or the first day of a month',
  not_month_end: 'periods are whole months: to must be a month (YYYY-MM) or the last day of a month',
  from_after_to: 'from must not be after to',
  missing_date: 'give both from and to, or quarter',
  too_long: `a period may span at most ${MAX_YEARS} years`,
  running_month: 'the period reaches into the running month: figures end with the last complete month',
  no_complete_month: 'no month of this period has ended yet',
  conflicting: 'give one of quarter, year, or from and to',
};

/** The period picker's kinds: one form, one choice (the dashboard's `period` parameter). */
export const PERIOD_KINDS = ['quarter', 'year', 'month', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * The parameters the period picker's one form sends, narrowed to the kind chosen (the form
 * sends every field); links without `period` (`?quarter=2023-Q1`) are read as they are.
 */
export function chosenPeriod(query: Record<string, string | undefined>): PeriodParams {
  switch (query.period) {
    case 'quarter':
      return { quarter: query.quarter };
    case 'year':
      return { year: query.year };
    case 'month':
      return { from: query.month, to: query.month };
    case 'range':
      return { from: query.from, to: query.to };
    default:
      return { quarter: query.quarter, year: query.year, from: query.from, to: query.to };
  }
}
