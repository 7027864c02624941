import type { Locale } from './locales';

const copenhagenDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) in Copenhagen at the given moment. */
export function copenhagenDate(at: Date = new Date()): string {
  return copenhagenDay.format(at);
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment a Copenhagen calendar day (YYYY-MM-DD) starts, optionally some days later. */
export function copenhagenMidnight(day: string, addDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcGuess = Date.UTC(y, m - 1, d + addDays);
  // Copenhagen is UTC+1 or UTC+2: find the offset that maps back to local midnight.
  for (const hours of [1, 2]) {
    const candidate = new Date(utcGuess - hours * 3_600_000);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (local === '00') return candidate;
  }
  return new Date(utcGuess - 3_600_000);
}

/** A real calendar day written YYYY-MM-DD (2023-02-29 is not one, 2024-02-29 is). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const INTL_LOCALES: Record<Locale, string> = { da: 'da-DK', en: 'en-GB', uk: 'uk-UA', ar: 'ar', let: 'da-DK' };

/** A day in words as a letter to a citizen says it, in Copenhagen: "31. december 2026", "31 December 2026". */
export function dateInWords(at: Date, language: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  }).format(at);
}
