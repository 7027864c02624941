import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Danish paths carry no prefix; English lives under /en with the same paths.
  localePrefix: 'as-needed',
  // A Danish jobcentre's links must stay Danish whatever the browser prefers,
  // and citizens get no cookie from us.
  localeDetection: false,
  localeCookie: false,
});

export type { Locale } from '@/lib/locales';
