import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { Quarter, ResultPeriod } from '@/lib/periods';
import { parseQuarter, quarterOfDay } from '@/lib/periods';

/**
 * Periods as people say them, in the request's language: "3. kvartal 2026" / "Q3 2026",
 * "2026", "februar 2024 – maj 2024"; a quarter still running says "indtil nu" / "so far".
 * A file in another language than the page's (an export) passes its `locale`.
 */
export async function periodNamer(fileLocale?: Locale) {
  const locale = fileLocale ?? (await getLocale());
  const t = await getTranslations({ locale, namespace: 'Periods' });
  const format = await getFormatter({ locale });
  const month = (day: string) =>
    format.dateTime(new Date(`${day.slice(0, 7)}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const quarter = ({ year, quarter }: Quarter, soFar = false) =>
    t(soFar ? 'quarterSoFar' : 'quarter', { quarter, year });
  const period = (value: ResultPeriod) => {
    if (value.kind === 'quarter') return quarter(quarterOfDay(value.from), value.soFar);
    if (value.kind === 'year') return value.label;
    const [from, to] = [month(value.from), month(value.to)];
    return from === to ? from : t('range', { from, to });
  };
  /** A quarter written YYYY-Qn (as the trend keeps it), named. */
  const quarterNamed = (label: string, soFar = false) => {
    const parsed = parseQuarter(label);
    return parsed ? quarter(parsed, soFar) : label;
  };
  return { quarter, quarterNamed, month, period };
}
