/**
 * Who runs the service: the municipality's identity as an admin sets it on /admin/indstillinger
 * (stored in the settings table, read per request). Headers, footers, page titles and the
 * printed cards show it.
 */
export type OrganisationText = {
  /** The municipality, in the header and every citizen page's title. */
  name: string;
  /** The unit that asks, e.g. Jobcenter. */
  unit: string;
  phone: string;
  email: string;
  /** The postal address, one line with commas. */
  address: string;
  /** The data controller (GDPR article 13): name and address. */
  controllerName: string;
  controllerAddress: string;
  /** How to reach the data-protection officer. */
  dpoContact: string;
  /** The official accessibility statement (on was.digst.dk); else ACCESSIBILITY_STATEMENT_URL. */
  accessibilityUrl: string;
};

export type OrganisationKey = keyof OrganisationText;

/** The identity and whether a logo is uploaded (its version changes with every upload, for caching). */
export type Organisation = OrganisationText & { logoVersion: string | null };

export const DEFAULT_ORGANISATION: OrganisationText = {
  name: 'Lyngby-Taarbæk Kommune',
  unit: 'Jobcenter',
  phone: '',
  email: '',
  address: '',
  controllerName: '',
  controllerAddress: '',
  dpoContact: '',
  accessibilityUrl: '',
};

/** The fields in the order the form shows them, each with its longest length; name and unit are required. */
export const ORGANISATION_FIELDS: { key: OrganisationKey; max: number; required?: boolean }[] = [
  { key: 'name', max: 120, required: true },
  { key: 'unit', max: 120, required: true },
  { key: 'phone', max: 40 },
  { key: 'email', max: 200 },
  { key: 'address', max: 300 },
  { key: 'controllerName', max: 200 },
  { key: 'controllerAddress', max: 300 },
  { key: 'dpoContact', max: 300 },
  { key: 'accessibilityUrl', max: 500 },
];

export const ORGANISATION_KEYS = ORGANISATION_FIELDS.map((field) => field.key);

/** The address of the logo as pages link it: versioned, so a new logo is never hidden by a cache. */
export const logoPath = (organisation: Pick<Organisation, 'logoVersion'>): string | null =>
  organisation.logoVersion ? `/api/logo?v=${organisation.logoVersion}` : null;

/** `tel:` link target: digits and a leading plus only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A citizen page's title ends with who asks: "Hvordan oplever du Jobcentret? – Lyngby-Taarbæk Kommune". */
export const titleWith = (title: string, organisationName: string) => `${title} – ${organisationName}`;
