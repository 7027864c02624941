import { LOCALES, localePrefix } from './locales';

/**
 * The citizen pages whose content depends only on their language and the admin's settings: the
 * front page, the privacy notice, the accessibility statement, the code entry and the thank-you
 * page. The survey page itself is not one (it reads its token).
 */
const PAGES = ['', '/privatliv', '/tilgaengelighed', '/s', '/s/tak'] as const;

/** Their paths in every language, as a browser asks for them (`/`, `/en`, `/ar/privatliv` …). */
export const STATIC_CITIZEN_PATHS: ReadonlySet<string> = new Set(
  LOCALES.flatMap((locale) => PAGES.map((page) => `${localePrefix(locale)}${page}` || '/')),
);

/**
 * The ones of them that need JavaScript: the thank-you page clears the answers a survey kept in
 * the browser's sessionStorage (ForgetAnswers). The others work the same without it (plain links,
 * a GET form), so the server sends them without Next's scripts: a fraction of the bytes, and no
 * script may run on them at all.
 */
export const SCRIPTED_CITIZEN_PATHS: ReadonlySet<string> = new Set(
  LOCALES.map((locale) => `${localePrefix(locale)}/s/tak`),
);

/**
 * Where the running server's page cache (scripts/lib/page-cache.ts) hangs its "forget every
 * page" on globalThis: the admin's actions run in the same process but in Next's bundle, which
 * has its own copy of every module.
 */
export const PAGE_CACHE_KEY = Symbol.for('vaerdig.citizenPageCache');

export type PageCacheHandle = { forget: () => void };
