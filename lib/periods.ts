import { copenhagenDate, copenhagenMidnight } from './dates';

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
