/**
 * Security headers. Pages get a Content Security Policy with a fresh nonce
 * per request (Next.js puts it on its own scripts); everything else gets a
 * policy that allows nothing to run.
 */
export function pageCsp(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development, where React needs it for debugging.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/** Route handlers answer data, never a page: nothing may run or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
