import { DEFAULT_LOCALE, isStaffLocale, localeOfPath } from './locales';

/** The first segment of every staff page (the folders of app/[locale]/(staff)). */
export const STAFF_SECTIONS = ['log-ind', 'invitationer', 'resultater', 'admin', 'konto', 'ingen-adgang'] as const;

/**
 * Staff pages are in Danish and English only (DESIGN.md "Interfaces"): a staff path under
 * another language's prefix (`/uk/log-ind`, `/let/admin/teams`) as the Danish path, else null.
 */
export function staffPathInDanish(pathname: string): string | null {
  const locale = localeOfPath(pathname);
  if (locale === DEFAULT_LOCALE || isStaffLocale(locale)) return null;
  const rest = pathname.slice(locale.length + 1);
  const section = rest.split('/')[1];
  return (STAFF_SECTIONS as readonly string[]).includes(section ?? '') ? rest : null;
}
