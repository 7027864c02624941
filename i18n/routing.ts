import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['da', 'en'],
  defaultLocale: 'da',
  // Danish paths carry no prefix; English lives under /en with the same paths.
  localePrefix: 'as-needed',
  // A Danish jobcentre's links must stay Danish whatever the browser prefers,
  // and citizens get no cookie from us.
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
