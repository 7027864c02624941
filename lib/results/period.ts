import { isCalendarDay } from '../dates';
import { quarterLabel, quarterOf, type Quarter } from '../periods';

/** A reporting period as Copenhagen calendar days, both included. */
export type ResultPeriod = { kind: 'quarter' | 'year' | 'range'; from: string; to: string; label: string };

export type PeriodError = 'bad_quarter' | 'bad_year' | 'bad_date' | 'from_after_to' | 'missing_date' | 'too_long';

const pad = (n: number) => String(n).padStart(2, '0');
const MAX_YEARS = 20;

/** A day in a period: a real calendar day, not before 1900. */
const isDay = (value: string) => isCalendarDay(value) && value >= '1900';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function quarterPeriod({ year, quarter }: Quarter): ResultPeriod {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return {
    kind: 'quarter',
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
    label: quarterLabel({ year, quarter }),
  };
}

export function yearPeriod(year: number): ResultPeriod {
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
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

export type PeriodParams = { quarter?: string | null; year?: string | null; from?: string | null; to?: string | null };

/**
 * Reads a period from request parameters: `quarter=2023-Q1`, `year=2023`, or
 * `from` and `to` (YYYY-MM-DD, both included). None of them gives `fallback`.
 */
export function parsePeriod(
  params: PeriodParams,
  fallback: () => ResultPeriod,
): { ok: true; period: ResultPeriod } | { ok: false; error: PeriodError } {
  const quarter = params.quarter?.trim();
  const year = params.year?.trim();
  const from = params.from?.trim();
  const to = params.to?.trim();
  if (quarter) {
    const parsed = parseQuarter(quarter);
    return parsed ? { ok: true, period: quarterPeriod(parsed) } : { ok: false, error: 'bad_quarter' };
  }
  if (year) {
    return /^\d{4}$/.test(year) && Number(year) >= 1900
      ? { ok: true, period: yearPeriod(Number(year)) }
      : { ok: false, error: 'bad_year' };
  }
  if (from || to) {
    if (!from || !to) return { ok: false, error: 'missing_date' };
    if (!isDay(from) || !isDay(to)) return { ok: false, error: 'bad_date' };
    if (from > to) return { ok: false, error: 'from_after_to' };
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_YEARS) return { ok: false, error: 'too_long' };
    return { ok: true, period: { kind: 'range', from, to, label: `${from}–${to}` } };
  }
  return { ok: true, period: fallback() };
}

/** English messages for the API's 400 answers. */
export const PERIOD_ERROR_MESSAGES: Record<PeriodError, string> = {
  bad_quarter: 'quarter must look like 2023-Q1',
  bad_year: 'year must be four digits, such as 2023',
  bad_date: 'from and to must be calendar dates written YYYY-MM-DD',
  from_after_to: 'from must not be after to',
  missing_date: 'give both from and to, or quarter',
  too_long: `a period may span at most ${MAX_YEARS} years`,
};
