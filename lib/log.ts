import { LOCALE_PREFIX_PATTERN } from './locales';
/**
 * Structured logs: one JSON line per request or event on stdout (errors on stderr).
 * Fields are counts, codes and redacted paths only: never a token, an e-mail address
 * or an answer.
 */
type Field = string | number | boolean | null | undefined;

function write(level: 'info' | 'error', event: string, fields: Record<string, Field>) {
  const line = `${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`;
  // Straight to the stream: Next's patched console costs more than the rest of a kept page's answer.
  (level === 'error' ? process.stderr : process.stdout).write(line);
}

export const logEvent = (event: string, fields: Record<string, Field> = {}) => write('info', event, fields);
export const logError = (event: string, error: unknown, fields: Record<string, Field> = {}) =>
  write('error', event, { ...fields, code: errorCode(error) });

/** The error's code (SQLITE_BUSY, ECONNREFUSED …) or its class, never its message, which may quote data. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}

// Case-blind: next-intl takes `/EN/s/…` too (and redirects it), and the proxy logs it first.
const SURVEY_TOKEN_PATH = new RegExp(`^(${LOCALE_PREFIX_PATTERN})/s/(?!tak$)[^/]+`, 'i');

/** A request path fit for the log: survey tokens and ids become placeholders, the query string is dropped. */
export function redactPath(pathname: string): string {
  return pathname.replace(SURVEY_TOKEN_PATH, '$1/s/:token').replace(/\/forsendelse\/[^/]+/, '/forsendelse/:id');
}
