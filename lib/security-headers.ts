/**
 * Security headers. A page rendered for a request gets a Content Security Policy with a fresh
 * nonce (Next.js puts it on its own scripts); a citizen page served again from the page cache
 * (scripts/lib/page-cache.ts) gets the hashes of its inline scripts instead. Neither allows
 * 'unsafe-inline'; everything else gets a policy that allows nothing to run.
 */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] };

export function pageCsp(scripts: ScriptSources, development = false): string {
  const allowed =
    'nonce' in scripts
      ? `'nonce-${scripts.nonce}' 'strict-dynamic'`
      : scripts.hashes.map((hash) => `'${hash}'`).join(' ');
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development, where React needs it for debugging.
    `script-src 'self' ${allowed}${development ? " 'unsafe-eval'" : ''}`.trimEnd(),
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

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The text of each inline script in an HTML page, as the browser hashes it for the policy. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]!);
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
