import type { LOCALES } from '@/lib/locales';
import type messages from '@/messages/da.json';

// Typed messages and locales for next-intl: a key that does not exist in messages/da.json, or a
// locale that is not one of ours, is a type error (every messages file has the same keys).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof LOCALES)[number];
    Messages: typeof messages;
  }
}
