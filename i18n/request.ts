import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { staffLocaleOf, type Locale } from '@/lib/locales';
import { routing } from './routing';

/**
 * A language's messages: the citizen pages' own file (messages/<locale>.json, in all five
 * languages) and the staff pages' (messages/staff/<da|en>.json; Danish beside Ukrainian, Arabic
 * and easy-read Danish, whose staff paths the proxy sends to Danish).
 */
export async function messagesFor(locale: Locale) {
  const [citizen, staff] = await Promise.all([
    import(`../messages/${locale}.json`),
    import(`../messages/staff/${staffLocaleOf(locale)}.json`),
  ]);
  return { ...citizen.default, ...staff.default };
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: 'Europe/Copenhagen', messages: await messagesFor(locale) };
});
