import 'server-only';
import { PAGE_CACHE_KEY, type PageCacheHandle } from '@/lib/citizen-pages';

/**
 * After a change to what citizen pages show (the identity, the logo, the settings the privacy
 * notice quotes): the server's page cache forgets them all, so the next visit renders them anew.
 * Without the cache (`next dev`, the standalone server) there is nothing to forget.
 */
export function forgetCitizenPages(): void {
  (globalThis as { [PAGE_CACHE_KEY]?: PageCacheHandle })[PAGE_CACHE_KEY]?.forget();
}

/**
 * What a kept citizen page reads from the database: when the read fails, the page rendered now
 * (an error page, or defaults in place of the settings) must not be kept for later visitors.
 */
export function readForCitizens<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    forgetCitizenPages();
    throw error;
  }
}
