import { allowedHosts } from './env';

/**
 * Security headers. A page rendered for a request gets a Content Security Policy with a fresh
 * nonce (Next.js puts it on its own scripts); a citizen page served again from the page cache
 * (scripts/lib/page-cache.ts) gets the hashes of its inline scripts instead, or `'none'` when
 * the server sends it without scripts. Neither allows
 * 'unsafe-inline'; everything else gets a policy that allows nothing to run.
 */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] } | 'none';

/**
 * `styles`: the hashes of a kept page's inline `<style>` (its critical rules,
 * scripts/lib/critical-css.ts); every other style comes from this site's files.
 */
export function pageCsp(
  scripts: ScriptSources,
  { development = false, styles = [] }: { development?: boolean; styles?: readonly string[] } = {},
): string {
  const allowed =
    scripts === 'none'
      ? "'none'"
      : 'nonce' in scripts
        ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`
        : ["'self'", ...scripts.hashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development, where React needs it for debugging.
    `script-src ${allowed}${development && scripts !== 'none' ? " 'unsafe-eval'" : ''}`,
    ["style-src 'self'", ...styles.map((hash) => `'${hash}'`)].join(' '),
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
/** The hints that have a browser fetch a script before it is asked for. */
export const SCRIPT_HINT = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/gi;
const ANY_SCRIPT = new RegExp(`<script\\b[^>]*>[\\s\\S]*?<\\/script>|${SCRIPT_HINT.source}`, 'gi');
/** The empty shell Next sends when it leaves the whole page to the browser's script. */
export const EMPTY_SHELL = /<html id="__next_error__"/;
/** What only a script makes a page: a part Next streams in after the rest, or the empty shell. */
const NEEDS_SCRIPT = new RegExp(`<template id="B:|<div hidden id="S:|${EMPTY_SHELL.source}`);

/** The page without its scripts (and the hints that preload them), or null when it cannot do without them. */
export function withoutScripts(html: string): string | null {
  return NEEDS_SCRIPT.test(html) ? null : html.replace(ANY_SCRIPT, '');
}

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

/**
 * The headers of every page answer, whoever answers (proxy.ts on Next's, the server's own caches
 * on theirs). Survey and staff pages show personal state: never stored by a browser or a proxy.
 */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    ...COMMON_HEADERS,
    ...(process.env.NODE_ENV === 'production' ? { 'Strict-Transport-Security': HSTS } : {}),
    'Cache-Control': 'no-store',
  };
}

/**
 * Whether a browser's post comes from this site: its Origin names this host (or one of
 * ALLOWED_ORIGINS), or it is `null`, as a plain form sends it under `Referrer-Policy:
 * no-referrer`, with the browser's own `Sec-Fetch-Site: same-origin`, which no page can forge.
 */
export function isSameSitePost(origin: string, fetchSite: string | null | undefined, ownHost: string): boolean {
  if (origin === 'null') return fetchSite === 'same-origin';
  try {
    const host = new URL(origin).host;
    return host === ownHost || allowedHosts().includes(host);
  } catch {
    return false;
  }
}

/** Route handlers answer data, never a page: nothing may run or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
