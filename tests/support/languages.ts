import ar from '@/messages/ar.json';
import da from '@/messages/da.json';
import en from '@/messages/en.json';
import lt from '@/messages/let.json';
import uk from '@/messages/uk.json';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES, localePrefix, textDirection, type Locale } from '@/lib/locales';

const MESSAGES: Record<Locale, typeof da> = { da, en, uk, ar, let: lt };

/** A citizen language as a test visits it: its path prefix, its `lang` and `dir`, and its own words. */
export type Language = {
  locale: Locale;
  prefix: string;
  name: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  messages: typeof da;
};

/** Every citizen language, Danish first: tests that loop over it cover a language added to LOCALES. */
export const LANGUAGES: Language[] = LOCALES.map((locale) => ({
  locale,
  prefix: localePrefix(locale),
  name: LANGUAGE_NAMES[locale],
  tag: LANGUAGE_TAGS[locale],
  dir: textDirection(locale),
  messages: MESSAGES[locale],
}));

export const language = (locale: Locale): Language => LANGUAGES.find((entry) => entry.locale === locale)!;
