import fs from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { newCode } from './support';

function expectSecurityHeaders(response: APIResponse, kind: 'page' | 'api') {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === 'page') {
    // Scripts only from our origin or with this response's nonce; no inline script otherwise.
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(headers['cache-control']).toContain('no-store');
  } else {
    expect(csp).toContain("default-src 'none'");
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-powered-by']).toBeUndefined();
}

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

  const tooLarge = await request.post(`/s/${newCode()}`, { data: 'x'.repeat(100_000), headers: { 'content-type': 'text/plain' } });
  expect(tooLarge.status()).toBe(413);
  expectSecurityHeaders(tooLarge, 'page');

  const staff = await request.get('/log-ind');
  expect(staff.status()).toBe(200);
  expectSecurityHeaders(staff, 'page');

  const api = await request.get('/api/health');
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api, 'api');
  const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
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
