import { z } from 'zod';

/** A comma-separated list; blanks dropped. */
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );
const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);
const optionalUrl = optionalText.pipe(z.url({ error: 'must be a URL such as https://vaerdig.kommune.dk' }).optional());

/**
 * The configuration, every variable the README lists, checked once in one place. A bad
 * value stops with a message that names it, rather than failing somewhere later.
 */
const schema = z.object({
  DATABASE_URL: optionalText,
  DATABASE_MAX_SIZE_MB: optionalText.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, { error: 'must be a number of megabytes' })
      .transform(Number)
      .optional(),
  ),
  PUBLIC_BASE_URL: optionalUrl.transform((url) => url?.replace(/\/+$/, '')),
  BETTER_AUTH_URL: optionalUrl,
  BETTER_AUTH_SECRET: optionalText,
  ALLOWED_ORIGINS: list,
  TRUSTED_PROXIES: list,
  AUTH_RATE_LIMIT: z.enum(['on', 'off']).optional(),
  SMTP_URL: optionalText,
  MAIL_FROM: optionalText,
  // Rows below the header one import file may hold (lib/import.ts).
  IMPORT_MAX_ROWS: optionalText.pipe(
    z
      .string()
      .regex(/^[1-9]\d*$/, { error: 'must be a whole number above 0' })
      .transform(Number)
      .default(100_000),
  ),
  ACCESSIBILITY_STATEMENT_URL: optionalUrl,
  // How long `npm start` keeps a citizen page it served once (scripts/lib/page-cache.ts); 0 turns it off.
  CITIZEN_PAGE_CACHE_SECONDS: optionalText.pipe(
    z.string().regex(/^\d+$/, { error: 'must be a whole number of seconds' }).transform(Number).default(300),
  ),
  // Single sign-on by OpenID Connect: all of it is off while OIDC_ISSUER is unset.
  OIDC_ISSUER: optionalUrl.transform((url) => url?.replace(/\/+$/, '')),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_NAME: optionalText,
  OIDC_ROLES_CLAIM: optionalText.transform((value) => value ?? 'roles'),
  OIDC_ROLE_CASEWORKER: optionalText.transform((value) => value ?? 'vaerdig-caseworker'),
  OIDC_ROLE_MANAGER: optionalText.transform((value) => value ?? 'vaerdig-manager'),
  OIDC_ROLE_ADMIN: optionalText.transform((value) => value ?? 'vaerdig-admin'),
  NEXT_OUTPUT: z.enum(['standalone']).optional(),
});

type Env = z.output<typeof schema>;
type Setting = keyof Env;

/** A setting with a value it cannot have; the message names the setting, never the value (it may be a secret). */
export class ConfigurationError extends Error {
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${setting} ${reason}`);
    this.name = 'ConfigurationError';
  }
}

const problem = (key: string, message: string) => new ConfigurationError(key, message);

/**
 * One setting, checked: a bad value stops only what needs it (a wrong IMPORT_MAX_ROWS stops
 * imports, never the survey). `source` is for tests.
 */
export function setting<Key extends Setting>(
  key: Key,
  source: Record<string, string | undefined> = process.env,
): Env[Key] {
  const parsed = schema.shape[key].safeParse(source[key]);
  if (!parsed.success) throw problem(key, parsed.error.issues[0]!.message);
  return parsed.data as Env[Key];
}

/** Every setting, checked at once: the server's start logs what is wrong. */
export function env(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw problem(String(issue.path[0]), issue.message);
}

/** Hosts (no scheme) of ALLOWED_ORIGINS, whose form posts are accepted behind a reverse proxy. */
export const allowedHosts = () => setting('ALLOWED_ORIGINS').map((origin) => origin.replace(/^https?:\/\//, ''));

/** The site's own address as better-auth and links know it. */
export const siteUrl = () => setting('BETTER_AUTH_URL') ?? setting('PUBLIC_BASE_URL') ?? 'http://localhost:3000';

/** E-mail is on only when both SMTP_URL and MAIL_FROM are set; otherwise its options are hidden. */
export function mailSettings() {
  const url = setting('SMTP_URL');
  const from = setting('MAIL_FROM');
  return url && from ? { url, from } : null;
}

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the sign-in button ("Log ind med …"). */
  name: string;
  rolesClaim: string;
  /** The claim's value that gives each role. */
  roleValues: { caseworker: string; manager: string; admin: string };
};

/**
 * Single sign-on's settings, or null when OIDC_ISSUER is unset (then nothing of it shows).
 * With the issuer set, the client's id, secret and the button's name must be set too.
 */
export function oidcSettings(source: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = setting('OIDC_ISSUER', source);
  if (!issuer) return null;
  const required = (key: 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_NAME') => {
    const value = setting(key, source);
    if (!value) throw problem(key, 'must be set when OIDC_ISSUER is');
    return value;
  };
  return {
    issuer,
    clientId: required('OIDC_CLIENT_ID'),
    clientSecret: required('OIDC_CLIENT_SECRET'),
    name: required('OIDC_NAME'),
    rolesClaim: setting('OIDC_ROLES_CLAIM', source),
    roleValues: {
      caseworker: setting('OIDC_ROLE_CASEWORKER', source),
      manager: setting('OIDC_ROLE_MANAGER', source),
      admin: setting('OIDC_ROLE_ADMIN', source),
    },
  };
}
