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
