/**
 * The client's address for throttling. Next's server (under `npm start`) sets X-Forwarded-For to
 * the socket address only when the request has none, so the last entry is
 * the one the nearest hop saw: the socket itself, or what the reverse proxy
 * appended or wrote. Exposed directly to the internet, a client could forge
 * it; that is why the reverse proxy must overwrite the header (README) and
 * why sign-in is throttled per account as well.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').pop()?.trim();
  return last || 'unknown';
}
