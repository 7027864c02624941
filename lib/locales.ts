/** The languages of the citizen pages; Danish is the default and has no prefix (DESIGN.md "Interfaces"). */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
