/**
 * The languages of the citizen pages (DESIGN.md "Interfaces"): Danish is the default and has no
 * prefix; English, Ukrainian, Arabic (right to left) and easy-read Danish (`let`) live under
 * their own prefix with the same paths.
 */
export const LOCALES = ['da', 'en', 'uk', 'ar', 'let'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Staff pages, the audit log and the exports are in Danish and English only. */
export const STAFF_LOCALES = ['da', 'en'] as const satisfies readonly Locale[];
export type StaffLocale = (typeof STAFF_LOCALES)[number];

export const isStaffLocale = (value: unknown): value is StaffLocale => STAFF_LOCALES.includes(value as StaffLocale);

/** The staff language that goes with a page's language: English for English, else Danish. */
export const staffLocaleOf = (locale: Locale): StaffLocale => (locale === 'en' ? 'en' : 'da');

/** Each language in its own name, as the language switch lists it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  da: 'Dansk',
  en: 'English',
  uk: 'Українська',
  ar: 'العربية',
  let: 'Let dansk',
};

/**
 * The BCP 47 tag for `lang` and for Intl's dates and numbers: easy-read Danish is Danish
 * (`let` is only our path; as a tag it would name another language).
 */
export const LANGUAGE_TAGS: Record<Locale, Exclude<Locale, 'let'>> = {
  da: 'da',
  en: 'en',
  uk: 'uk',
  ar: 'ar',
  let: 'da',
};

/** The writing direction of a language. */
export const textDirection = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** The path prefix of a language (`''` for Danish, else `/en`, `/uk`, …). */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** The language of a path by its prefix (`/uk/s/…` is Ukrainian; no prefix is Danish). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A path's prefix pattern for every language but Danish, for matching paths: `(/en|/uk|…)?`. */
export const LOCALE_PREFIX_PATTERN = `(?:/(?:${LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|')}))?`;

/**
 * A phone number, a code or an address inside a sentence of a right-to-left language, isolated
 * as left to right (Unicode's LRI … PDI), so the Arabic around it cannot reorder its parts
 * ("45 97 30 00" would read "00 30 97 45"). Text in other languages is left as it is.
 */
export const inLine = (locale: Locale, text: string): string =>
  textDirection(locale) === 'rtl' ? `\u2066${text}\u2069` : text;
