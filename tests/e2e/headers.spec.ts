import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectSecurityHeaders, newCode } from './support';

test('headers on a 200 page, a 404, a refused post, a staff page and the API', async ({ request }) => {
  const ok = await request.get(`/s/${newCode()}`);
  expect(ok.status()).toBe(200);
  expectSecurityHeaders(ok, 'page');

  const missing = await request.get('/findes-ikke');
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, 'page');

  const missingFile = await request.get('/findes-ikke.txt');
  expect(missingFile.status()).toBe(404);
  expectSecurityHeaders(missingFile, 'page');

  const tooLarge = await request.post(`/s/${newCode()}`, {
    data: 'x'.repeat(100_000),
    headers: { 'content-type': 'text/plain' },
  });
  expect(tooLarge.status()).toBe(413);
  expectSecurityHeaders(tooLarge, 'page');

  const staff = await request.get('/log-ind');
  expect(staff.status()).toBe(200);
  expectSecurityHeaders(staff, 'page');

  const api = await request.get('/api/health');
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api, 'api');
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

  const apiMissing = await request.get('/api/findes-ikke');
  expect(apiMissing.status()).toBe(404);
  expectSecurityHeaders(apiMissing, 'api');
});

test('a fresh nonce per response, and the pages run with no policy violation', async ({ page, request }) => {
  const nonceOf = async () =>
    /'nonce-([^']+)'/.exec((await request.get('/s')).headers()['content-security-policy'] ?? '')?.[1];
  expect(await nonceOf()).not.toBe(await nonceOf());

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`/s/${newCode()}`);
  // The follow-up is hidden, and revealed by "Ja", only if the nonce let Next's scripts run.
  await expect(page.getByRole('group', { name: /Min Plan giver mig overblik/ })).toHaveCount(0);
  await page.getByRole('group', { name: 'Bruger du Min Plan?' }).getByLabel('Ja').check();
  await expect(page.getByRole('group', { name: /Min Plan giver mig overblik/ })).toBeVisible();
  await page.goto('/log-ind');
  expect(violations).toEqual([]);
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
  expect(await escaped.text()).toContain('<title>Linket virker ikke</title>');
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
