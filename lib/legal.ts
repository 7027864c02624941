import { copenhagenMidnight } from './dates';
import type { OrganisationText } from './organisation';

/**
 * The day the accessibility statement was last reviewed (YYYY-MM-DD). The law asks for a
 * review at least once a year and after every change that alters what the statement says:
 * change the date together with the text.
 */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-02';

/** The statement's day as a moment in Copenhagen, for next-intl's date formatter. */
export const accessibilityStatementDay = (): Date => copenhagenMidnight(ACCESSIBILITY_STATEMENT_DATE);

/** The supervisory authority for personal data, where a citizen may complain (GDPR article 77). */
export const DATATILSYNET = {
  name: 'Datatilsynet',
  address: 'Carl Jacobsens Vej 35, 2500 Valby',
  email: 'dt@datatilsynet.dk',
  website: 'https://www.datatilsynet.dk',
} as const;

/**
 * Digitaliseringsstyrelsen supervises public websites' accessibility and takes complaints when
 * the authority itself has not answered well; its statements and guidance live on was.digst.dk.
 */
export const DIGST_WAS_URL = 'https://www.was.digst.dk';

/** A web address as people write it: without the scheme and a trailing slash. */
export const shownWebAddress = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * The data controller for the privacy notice. Usually the municipality itself, so an empty name
 * means the organisation's name and address. A controller named otherwise is another body, whose
 * address is not the jobcentre's: it gets the organisation's address only when it is the
 * organisation.
 */
export function dataController(
  organisation: Pick<OrganisationText, 'name' | 'address' | 'controllerName' | 'controllerAddress'>,
): {
  name: string;
  address: string;
} {
  const name = organisation.controllerName.trim() || organisation.name;
  const isOrganisation = name === organisation.name;
  const address = organisation.controllerAddress.trim() || (isOrganisation ? organisation.address.trim() : '');
  return { name, address };
}
