import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { SCRIPTED_CITIZEN_PATHS, STATIC_CITIZEN_PATHS } from '@/lib/citizen-pages';
import { missingPageMatcher, readRouteTable } from '@/scripts/lib/not-found';
import { newCode } from '../support/e2e-db';
import {
  expectAnswer,
  expectCriticalCss,
  expectHashesOf,
  expectSecurityHeaders,
  inlineScriptsOf,
  keptPage,
} from '../support/page-checks';

test('headers on a 200 page, a 404, a refused post, a staff page and the API', async ({ request }) => {
  const tooLarge = { data: 'x'.repeat(100_000), headers: { 'content-type': 'text/plain' } };
  await expectAnswer(request.post(`/s/${newCode()}`, tooLarge), 413, 'page');
  await expectAnswer(request.get('/log-ind'), 200, 'page');

  const api = await expectAnswer(request.get('/api/health'), 200, 'api');
  const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as {
    entries: { tag: string }[];
  };
  expect(await api.json()).toEqual({
    status: 'ok',
    database: 'ok',
    migration: journal.entries.at(-1)!.tag,
    applied: journal.entries.length,
    pending: 0,
    writable: true,
  });

  await expectAnswer(request.get('/api/findes-ikke'), 404, 'api');
});

test('a fresh nonce per response, and the pages run with no policy violation', async ({ page, request }) => {
  const nonceOf = async () =>
    /'nonce-([^']+)'/.exec((await request.get('/log-ind')).headers()['content-security-policy'] ?? '')?.[1];
  const [first, second] = [await nonceOf(), await nonceOf()];
  expect(first).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
  expect(second).not.toBe(first);

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // A query makes Next render the page for this request, with a nonce.
  const survey = await page.goto(`/s/${newCode()}?fra=kort`);
  expect(survey!.headers()['content-security-policy']).toContain("'nonce-");
  // Next's runtime ran: the policy let its scripts run.
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version))
    .toBe('string');
  await page.goto('/log-ind');
  expect(violations).toEqual([]);
});

test('the citizen pages the same for everyone are kept: without scripts, or allowing exactly their own by hash', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  for (const path of STATIC_CITIZEN_PATHS) {
    const kept = await expectAnswer(keptPage(request, path), 200, 'kept');
    const csp = kept.headers()['content-security-policy']!;
    // next-intl's Link header names the request's own host: one visitor's must not reach all.
    expect(kept.headers().link, path).toBeUndefined();
    const html = await kept.text();
    // The same bytes in every encoding a browser may ask for.
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect(await plain.text(), path).toBe(html);
    expect(html, path).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expectCriticalCss(csp, html, path);
    if (SCRIPTED_CITIZEN_PATHS.has(path)) {
      const scripts = inlineScriptsOf(html);
      expect(scripts.length, path).toBeGreaterThan(0);
      expectHashesOf(csp, scripts, path);
    } else {
      expect(csp, path).toContain("script-src 'none';");
      expect(html, path).not.toMatch(/<script|as="script"|modulepreload/i);
    }
  }

  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  // Nor does a citizen's browser ask the server to render the pages it links to in advance.
  const prefetches: string[] = [];
  page.on('request', (sent) => {
    if (sent.headers()['next-router-prefetch']) prefetches.push(sent.url());
  });
  const nextRuns = () => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version);
  // The thank-you page runs Next's runtime: its inline scripts were allowed by their hashes.
  const thanks = await page.goto('/let/s/tak');
  expect(thanks!.headers()['content-security-policy']).toContain("'sha256-");
  await expect.poll(nextRuns).toBe('string');
  await page.waitForLoadState('networkidle');
  // The others work as plain pages: the code form and the language switch are a GET form and links.
  const codePage = await page.goto('/ar/s');
  expect(codePage!.headers()['content-security-policy']).toContain("script-src 'none'");
  expect(await nextRuns()).toBe('undefined');
  await page.getByRole('link', { name: 'Dansk', exact: true }).click();
  await expect(page).toHaveURL(/\/s$/);
  await page.getByRole('textbox').fill('abcd');
  await page.getByRole('textbox').press('Enter');
  await expect(page).toHaveURL(/\/s\?code=abcd$/);
  await expect(page.getByRole('alert').first()).toBeVisible();
  await page.goto('/privatliv');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(prefetches).toEqual([]);

  // A query or a request of Next's router is rendered for itself, with a nonce.
  expectSecurityHeaders(await request.get('/s?code='), 'page');
  expectSecurityHeaders(await request.get('/privatliv', { headers: { RSC: '1' } }), 'page');
  // Link previews get Next's page with the metadata in <head>, not the kept one.
  const preview = await request.get('/privatliv', { headers: { 'User-Agent': 'WhatsApp/2.23.20.0' } });
  expectSecurityHeaders(preview, 'page');
  expect(await preview.text()).toMatch(/<head>.*<meta name="description"/s);
});

test('a path no page answers gets the not-found page kept per language, without scripts; no page is taken for one', async ({
  request,
}) => {
  for (const [first, second, heading] of [
    ['/findes-ikke', '/noget/helt/andet.txt', 'Siden findes ikke'],
    ['/en/nothing-here', '/en/s/ABCD/more', 'Page not found'],
  ] as const) {
    await keptPage(request, first);
    const kept = await expectAnswer(request.get(second), 404, 'kept');
    expect(kept.headers()['content-security-policy']).toContain("script-src 'none';");
    const html = await kept.text();
    expect(html).toContain(`<h1>${heading}</h1>`);
    expect(html).not.toMatch(/<script/i);
    expectCriticalCss(kept.headers()['content-security-policy']!, html, second);
    expect(html).not.toContain(second);
    expect(html).not.toContain(first);
    // Nor in its headers: nothing of the path the page was first rendered for.
    expect(JSON.stringify(kept.headers())).not.toContain(first.split('/').at(-1));
  }

  // Every page of this build is routed as before: none is ever taken for a missing one.
  const table = readRouteTable('.next/routes-manifest.json')!;
  const isMissing = missingPageMatcher(table);
  const pages = [...table.staticRoutes, ...table.dynamicRoutes];
  expect(pages.length).toBeGreaterThan(30);
  for (const { page } of pages) {
    const concrete = page.replace(/\[(token|id|key)\]/g, 'ABCD');
    const paths = concrete.startsWith('/[locale]')
      ? ['', '/en', '/ar', '/let'].map((prefix) => concrete.replace('/[locale]', prefix) || '/')
      : [concrete];
    for (const path of paths) expect(isMissing(path), path).toBe(false);
  }
});

test('a malformed address gets the not-found page with the security headers, never a bare 500', async ({ request }) => {
  const danish = [
    '/s/%ZZ',
    '/%ZZ',
    '/admin/%ZZ',
    '/resultater/%ZZ',
    '/s/%E0%A4%A',
    '/s/%ff',
    '/s/ABCD%',
    '/%C0%AF',
    '/s/%ZZ/x',
    '/api/%ZZ',
    '/api/v1/results/%ZZ',
    '/_next/static/%ZZ',
  ];
  const english = ['/en/s/%ZZ', '/en/%ZZ', '/en/admin/%E0%A4%A'];
  for (const [paths, heading] of [
    [danish, 'Siden findes ikke'],
    [english, 'Page not found'],
  ] as const) {
    for (const path of paths) {
      for (const method of ['get', 'post'] as const) {
        const response = await request[method](path, { maxRedirects: 0 });
        expect(response.status(), `${method} ${path}`).toBe(404);
        expect(await response.text(), `${method} ${path}`).toContain(heading);
        expectSecurityHeaders(response, 'page');
      }
    }
  }
  // A well-formed escape in an API path is the API's own 404.
  const apiMissing = await request.get('/api/findes%20ikke');
  expect(apiMissing.status()).toBe(404);
  expectSecurityHeaders(apiMissing, 'api');
  // Well-formed escapes are decoded once: a code that decodes to "%ZZ" is simply not a code.
  const escaped = await request.get('/s/%25ZZ');
  expect(escaped.status()).toBe(200);
  expect(await escaped.text()).toMatch(/<title>Linket virker ikke – [^<]+<\/title>/);
});

test('the not-found page for a malformed address runs in the browser without errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const response = await page.goto('/en/s/%ZZ');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page).toHaveURL(/\/en$/);
  // The 404 itself is logged by the browser; nothing else may be.
  expect(problems.filter((text) => !/status of 404/.test(text))).toEqual([]);
});

test('a kept page is laid out by its inline rules before its stylesheet arrives, as after', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  // A survey page is kept per language and state, so each visit takes a fresh code.
  for (const address of [() => '/privatliv', () => '/ar/s', () => `/s/${newCode()}`, () => '/findes-ikke']) {
    await keptPage(request, address());
    const path = address();
    // The stylesheet is held back on the line until the page has been measured without it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const sheets: string[] = [];
    await page.route('**/_next/static/**/*.css', async (route) => {
      sheets.push(route.request().url());
      await released;
      await route.continue();
    });
    // Chromium stops parsing at a stylesheet in the body (the page above it is shown): the page
    // is measured once all before it is there.
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('footer').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Laid out: every heading, paragraph, input, label and link of the page, where it ends up.
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, p, input, label, a, button, footer')].map((element) => {
          const box = element.getBoundingClientRect();
          return `${element.tagName} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)} ${getComputedStyle(element).color}`;
        }),
      );
    const before = await boxes();
    expect(await page.evaluate(() => document.styleSheets.length), path).toBe(1); // the inline one
    expect(sheets, path).toHaveLength(1);
    release();
    await expect.poll(() => page.evaluate(() => document.styleSheets.length), { message: path }).toBe(2);
    expect(await boxes(), path).toEqual(before);
    await page.unroute('**/_next/static/**/*.css');
  }
});
