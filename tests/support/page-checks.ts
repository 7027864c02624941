import { hashOf } from '@/scripts/lib/kept-response';
import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export async function expectNoAxeViolations(page: Page) {
  // After a server action Next may put the title back a moment later: wait for it (a page that
  // really has none still fails here, after the timeout).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page) {
  const { overflow, widest } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.parentElement?.closest('.table-scroll'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { overflow: document.documentElement.scrollWidth - limit, widest };
  });
  expect(overflow, `${page.url()} is wider than the screen: ${widest.join(', ')}`).toBeLessThanOrEqual(0);
}

type HeaderMap = Record<string, string | string[] | undefined>;

/** The headers every page (`page`) or API answer (`api`) carries, whatever its status; a response or raw `node:http` headers. */
export function expectSecurityHeaders(response: APIResponse | HeaderMap, kind: 'page' | 'kept' | 'api') {
  const headers: HeaderMap =
    typeof response.headers === 'function' ? (response as APIResponse).headers() : (response as HeaderMap);
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === 'api') {
    expect(csp).toContain("default-src 'none'");
  } else {
    // Scripts only from our origin, or inline with this response's nonce ('page') or, on a
    // citizen page the server kept, with the hash of one of its own inline scripts, or none at
    // all on a page kept without them ('kept').
    expect(csp).toMatch(
      kind === 'page'
        ? /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/
        : /script-src (?:'self'( 'sha256-[A-Za-z0-9+/]+=*')+|'none')(;|$)/,
    );
    expect(csp).not.toContain("'unsafe-inline'");
    expect(headers['cache-control']).toContain('no-store');
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-powered-by']).toBeUndefined();
}

/** The answer's status, and the headers every answer of its kind carries. */
export async function expectAnswer(answer: Promise<APIResponse>, status: number, kind: 'page' | 'kept' | 'api') {
  const response = await answer;
  expect(response.status()).toBe(status);
  expectSecurityHeaders(response, kind);
  return response;
}

/** The text of each inline script, read apart from the server's own code (lib/security-headers.ts). */
export const inlineScriptsOf = (html: string) =>
  [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/^<script[^>]*\ssrc=/.test(match[0]))
    .map((match) => match[1]!);

const hashesIn = (csp: string, directive: string) =>
  new Set(
    csp
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${directive} `))
      ?.match(/'sha256-[^']+'/g) ?? [],
  );
const hashesOf = (texts: string[]) => new Set(texts.map((text) => `'${hashOf(text)}'`));

/** A kept page's policy allows exactly its own inline scripts, by their SHA-256 hashes. */
export function expectHashesOf(csp: string, scripts: string[], label: string) {
  expect(hashesIn(csp, 'script-src'), label).toEqual(hashesOf(scripts));
}

/**
 * A kept page carries the style rules it uses inline (scripts/lib/critical-css.ts), allowed by
 * their hashes and nothing else inline, with its stylesheet at the end of the page.
 */
export function expectCriticalCss(csp: string, html: string, label: string) {
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  expect(styles, label).toHaveLength(1);
  expect(styles[0], label).toMatch(/\.container\{/);
  expect(hashesIn(csp, 'style-src'), label).toEqual(hashesOf(styles));
  expect(html.slice(html.indexOf('<body')), label).toMatch(
    /<link rel="stylesheet" href="\/_next\/[^"]+\.css"[^>]*><\/body>/,
  );
  expect(html.slice(0, html.indexOf('<body')), label).not.toContain('rel="stylesheet"');
}

/**
 * A citizen page as the server's page cache serves it: the first visit renders it, and it is kept
 * once compressed (off the event loop), so this asks until the answer is the kept one.
 */
export async function keptPage(request: APIRequestContext, path: string): Promise<APIResponse> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    if (/'sha256-|script-src 'none'/.test(csp)) return response;
    if (Date.now() > deadline) throw new Error(`${path} was not served from the page cache within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens `url`; axe finds nothing and nothing scrolls sideways, at 1280 and 320 px. */
export async function checkWidths(page: Page, url: string) {
  await page.goto(url);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
