import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getOrganisation } from '@/db/queries/settings';
import { logError } from '@/lib/log';
import { forgetCitizenPages } from './citizen-pages';
import { DEFAULT_ORGANISATION, type Organisation } from '@/lib/organisation';

/**
 * The municipality's identity for headers, footers and titles. When the database cannot be read,
 * the defaults: the layouts must still render, so that the page can say what went wrong (an error
 * in a layout is beyond its group's error page). Read once per request: the layout, the title and
 * the page all ask.
 */
export const shownOrganisation = cache((): Organisation => {
  try {
    return getOrganisation(getDb());
  } catch (error) {
    logError('organisation_unreadable', error);
    // A page with the default identity is not one to keep (scripts/lib/page-cache.ts).
    forgetCitizenPages();
    return { ...DEFAULT_ORGANISATION, logoVersion: null };
  }
});
