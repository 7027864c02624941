import fs from 'node:fs';
import { DEFAULT_LOCALE, isLocale } from '../../lib/locales';
import { staffPathInDanish } from '../../lib/staff-paths';

/**
 * Which request paths no page of the build answers, read from Next.js's own route table
 * (`.next/routes-manifest.json`): Next gives those app/not-found.tsx, which the page cache keeps
 * per language (scripts/lib/page-cache.ts). Every page sits under `[locale]`, and next-intl puts
 * an unprefixed (Danish) path under `/da` before Next routes it. Anything this cannot be sure of
 * is left to Next: escapes, slashes and dot segments Next redirects or resolves, `/da/…` and
 * `/EN/…` (next-intl redirects), staff addresses in a citizen-only language (the proxy
 * redirects), Next's own files and pages, the API and the icons.
 */

export type RouteTable = {
  staticRoutes: { page: string; regex: string }[];
  dynamicRoutes: { page: string; regex: string }[];
};

/** What Next redirects or resolves before routing: escapes, `//`, `\\`, a trailing slash, `.` and `..` segments. */
const UNSURE = /%|\/\/|\\|\/$|[?#]|(?:^|\/)\.\.?(?:\/|$)/;
/** The API, and Next's own files and pages (`/_next/…`, `/_not-found`, `/_global-error`). */
const OUTSIDE_PAGES = /^\/(?:api|_[^/]*)(?:\/|$)|^\/(?:favicon\.ico|icon\.svg)$/;

/** The build's route table, or null when it cannot be read (then every path goes to Next as usual). */
export function readRouteTable(file: string): RouteTable | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as RouteTable;
  } catch {
    return null;
  }
}

/** Whether a request path is one no page answers, by the route table. */
export function missingPageMatcher(table: RouteTable): (path: string) => boolean {
  const pages = [...table.staticRoutes, ...table.dynamicRoutes].map(({ regex }) => new RegExp(regex));
  return (path) => {
    if (path === '/' || !path.startsWith('/') || UNSURE.test(path) || OUTSIDE_PAGES.test(path)) return false;
    const first = path.split('/')[1]!;
    // next-intl redirects `/da/…` and a language in capitals (`/EN/…`); the proxy sends a staff
    // address in a citizen-only language to the Danish one.
    if (first === DEFAULT_LOCALE || (first !== first.toLowerCase() && isLocale(first.toLowerCase()))) return false;
    if (staffPathInDanish(path) !== null) return false;
    const routed = isLocale(first) ? path : `/${DEFAULT_LOCALE}${path}`;
    return !pages.some((page) => page.test(routed));
  };
}
