import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES, localePrefix, textDirection, type Locale } from '@/lib/locales';
import { CITIZEN_MESSAGES } from '@/lib/citizen-messages';

/** A citizen language as a test visits it: its path prefix, its `lang` and `dir`, and its own words. */
export type Language = {
  locale: Locale;
  prefix: string;
  name: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  messages: (typeof CITIZEN_MESSAGES)[Locale];
};

/** Every citizen language, Danish first: tests that loop over it cover a language added to LOCALES. */
export const LANGUAGES: Language[] = LOCALES.map((locale) => ({
  locale,
  prefix: localePrefix(locale),
  name: LANGUAGE_NAMES[locale],
  tag: LANGUAGE_TAGS[locale],
  dir: textDirection(locale),
  messages: CITIZEN_MESSAGES[locale],
}));

export const language = (locale: Locale): Language => LANGUAGES.find((entry) => entry.locale === locale)!;
