import type { LOCALES } from '@/lib/locales';
import type citizen from '@/messages/da.json';
import type staff from '@/messages/staff/da.json';

// Typed messages and locales for next-intl: a key that does not exist in the Danish files
// (messages/da.json for citizens, messages/staff/da.json for staff), or a locale that is not one
// of ours, is a type error (each group of files has the same keys).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof LOCALES)[number];
    Messages: typeof citizen & typeof staff;
  }
}
