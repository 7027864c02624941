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
