import { expect, test, type Page } from '@playwright/test';
import { openDatabase } from '@/db/client';
import { createInvitations } from '@/db/queries/invitations';
import { formatCode } from '@/lib/tokens';
import { startServer } from '@/scripts/lib/server';
import { newStaff, signIn, fromOwnAddress, signInAdmin } from '../support/staff';
import { testDb } from '../support/e2e-db';
import { checkWidths, expectSecurityHeaders, keptPage } from '../support/page-checks';

const CITIZEN_PAGES = ['/', '/s', '/privatliv', '/tilgaengelighed'];

const svg = (inner: string, attributes = '') =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"${attributes}><rect width="240" height="60" fill="#004993"/>${inner}</svg>`,
  );

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel('Logo (PNG eller SVG)').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Upload logo' }).click();
}

/** Pages of a PDF, counted from its page objects (as tests/e2e/report.spec.ts does). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test('the favicon and the icon answer 200; without an uploaded logo there is none to fetch', async ({ request }) => {
  for (const path of ['/favicon.ico', '/icon.svg']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  expect((await request.get('/favicon.ico')).headers()['content-type']).toContain('image/');
  // This server's settings have no logo: the pages show the name as text, and the route answers 404.
  const logo = await request.get('/api/logo');
  expect(logo.status()).toBe(404);
  const headers = logo.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(headers['cache-control']).toBe('no-store');
});

test('citizen pages say who asks, and pass axe at 1280 and 320 px in Danish and English', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page).toHaveTitle(/^Hvordan oplever du Jobcentret\? – \S/);
  await expect(page.getByTestId('organisation-logo')).toBeVisible();
  await expect(page.locator('footer')).toContainText('Kontakt');
  for (const prefix of ['', '/en']) {
    for (const path of CITIZEN_PAGES) await checkWidths(page, `${prefix}${path === '/' && prefix ? '' : path}`);
  }
  await page.goto('/en');
  await expect(page).toHaveTitle(/^How do you experience the jobcentre\? – \S/);
});

test('an admin sets the identity: header, titles, footer, staff pages and the card show it; unsafe logos are refused', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  // A server of its own on a copy of the database: the other tests read the default name in parallel.
  const admin = await newStaff('admin');
  const caseworker = await newStaff('caseworker');
  const file = testInfo.outputPath('identity.db');
  await testDb().$client.backup(file);
  const copy = openDatabase(file);
  const server = await startServer(file, { port: 3210 + testInfo.parallelIndex });
  const context = await browser.newContext({ baseURL: server.url, locale: 'da-DK' });
  try {
    const page = await context.newPage();
    // The citizen pages are kept by the server after a visit (scripts/lib/page-cache.ts): the
    // change below must reach them all the same.
    const [before, after] = createInvitations(copy, { targetGroup: 'dagpenge', channel: 'cli', count: 2 }).map(
      ({ token }) => formatCode(token),
    );
    for (const path of ['/', '/en/s', '/tilgaengelighed', `/s/${before}`])
      expectSecurityHeaders(await keptPage(page.request, path), 'kept');
    await signInAdmin(page, admin);
    await page.goto('/admin/indstillinger');
    await checkWidths(page, '/admin/indstillinger');
    await checkWidths(page, '/en/admin/indstillinger');
    await page.goto('/admin/indstillinger');

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Gem navn og kontakt' }) });
    await form.getByLabel('Kommunens navn').fill('Testby Kommune');
    await form.getByLabel('Enhed').fill('Jobcenter Testby');
    await form.getByLabel('Telefon').fill('12 34 56 78');
    await form.getByLabel('E-mail').fill('jobcenter@testby.dk');
    await form.getByLabel('Postadresse').fill('Torvet 1, 9999 Testby');
    await form.getByLabel('Den officielle tilgængelighedserklæring').fill('ikke en adresse');
    await form.getByRole('button', { name: 'Gem navn og kontakt' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Der er et problem' })).toContainText(
      'Skriv en hel adresse, der begynder med https://',
    );
    await form.getByLabel('Den officielle tilgængelighedserklæring').fill('https://www.was.digst.dk/testby');
    await form.getByRole('button', { name: 'Gem navn og kontakt' }).click();
    await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
    const audited = copy.$client
      .prepare("SELECT details FROM audit_log WHERE action = 'organisation_changed' ORDER BY id DESC LIMIT 1")
      .get() as { details: string };
    expect(JSON.parse(audited.details).to).toMatchObject({ name: 'Testby Kommune', phone: '12 34 56 78' });

    // Unsafe or false logos are refused with the reason, and nothing is stored.
    const refusals = [
      ['script.svg', 'image/svg+xml', svg('<script>alert(1)</script>'), 'SVG-filen indeholder script'],
      ['onload.svg', 'image/svg+xml', svg('', ' onload="alert(1)"'), 'SVG-filen indeholder script'],
      ['external.svg', 'image/svg+xml', svg('<image href="https://evil.example/x.png"/>'), 'SVG-filen indeholder'],
      ['logo.png', 'image/png', Buffer.from('<html><script>alert(1)</script></html>'), 'hverken en PNG eller en SVG'],
    ] as const;
    for (const [name, type, buffer, message] of refusals) {
      // A fresh page each time, so that the message seen is this upload's.
      await page.goto('/admin/indstillinger');
      await upload(page, name, type, buffer);
      await expect(page.locator('.form-error-message'), name).toContainText(message);
    }
    await expect(page.getByText('Der er ikke uploadet et logo.')).toBeVisible();

    await upload(page, 'logo.svg', 'image/svg+xml', svg('<circle cx="30" cy="30" r="20" fill="#fff"/>'));
    await expect(page.getByTestId('logo-preview')).toBeVisible();
    const src = (await page.getByTestId('logo-preview').getAttribute('src'))!;
    const logo = await page.request.get(src);
    expect(logo.headers()['content-type']).toBe('image/png');
    expect(logo.headers()['x-content-type-options']).toBe('nosniff');
    expect(logo.headers()['content-security-policy']).toContain("default-src 'none'");
    // The pages link it versioned, so it is cached for good; a new upload gets a new address.
    expect(src).toMatch(/\?v=[0-9a-f]{16}$/);
    expect(logo.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = await logo.body();
    expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(body.toString('latin1')).not.toMatch(/<svg|script|onload/i);

    // The citizens see it: header, titles, footer, the official statement.
    await page.goto('/');
    await expect(page).toHaveTitle('Hvordan oplever du Jobcentret? – Testby Kommune');
    await expect(page.locator('header')).toContainText('Testby Kommune');
    await expect(page.getByRole('link', { name: 'Testby Kommune, til forsiden' })).toBeVisible();
    const footer = page.locator('footer');
    await expect(footer).toContainText('Testby Kommune, Jobcenter Testby');
    await expect(footer).toContainText('Torvet 1, 9999 Testby');
    await expect(footer.getByRole('link', { name: 'Telefon 12 34 56 78' })).toHaveAttribute('href', 'tel:12345678');
    await expect(footer.getByRole('link', { name: 'jobcenter@testby.dk' })).toBeVisible();
    await page.goto('/en/s');
    await expect(page).toHaveTitle(/ – Testby Kommune$/);
    await page.goto(`/s/${after}`);
    await expect(page).toHaveTitle(/ – Testby Kommune$/);
    await page.goto('/tilgaengelighed');
    await expect(page.getByRole('link', { name: 'Læs den officielle tilgængelighedserklæring' })).toHaveAttribute(
      'href',
      'https://www.was.digst.dk/testby',
    );
    for (const url of ['/', '/en', '/s', '/en/privatliv']) await checkWidths(page, url);

    // Staff pages too.
    await page.goto('/admin');
    await expect(page.locator('header')).toContainText('Testby Kommune');
    await expect(page.locator('footer')).toContainText('Testby Kommune, Jobcenter Testby');

    // And the card a caseworker prints.
    const desk = await context.browser()!.newContext({ baseURL: server.url, locale: 'da-DK' });
    const worker = await desk.newPage();
    await fromOwnAddress(worker);
    await signIn(worker, caseworker.email);
    await expect(worker).toHaveURL(/\/invitationer$/);
    await worker.getByLabel('Målgruppe', { exact: true }).selectOption({ label: 'Sygedagpengemodtagere' });
    await worker.getByRole('group', { name: 'Borgerens sprog' }).getByLabel('Engelsk').check();
    await worker.getByRole('button', { name: 'Opret invitation', exact: true }).click();
    const card = worker.getByTestId('print-card');
    await expect(card).toContainText('Testby Kommune');
    await expect(card).toContainText('Jobcenter Testby');
    await expect(card.locator('[lang="en"]')).toContainText('How do you experience the jobcentre?');
    await expect(card.locator('[lang="en"]')).toContainText('The code can be used until');
    await expect(card.locator('[lang="da"]')).toContainText('Koden kan bruges til den');
    await expect(card.locator('[lang="da"]')).toContainText('Telefon 12 34 56 78 · jobcenter@testby.dk');
    await expect(card.locator('img')).toHaveAttribute('src', src);
    await desk.close();
  } finally {
    await context.close();
    await server.kill();
    copy.$client.close();
  }
});

async function signInCaseworker(page: Page) {
  await fromOwnAddress(page);
  await signIn(page, (await newStaff('caseworker')).email);
  await expect(page).toHaveURL(/\/invitationer$/);
}

async function countBatch(page: Page, count: number) {
  await page.getByLabel('Målgruppe for alle links').selectOption({ label: 'Sygedagpengemodtagere' });
  await page.getByLabel('Antal links').fill(String(count));
  await page.getByRole('button', { name: 'Opret links' }).click();
  await expect(page.getByText(`${count} invitationer er oprettet`)).toBeVisible();
}

test('a batch prints four A6 cards to an A4 sheet, up to 200 cards', async ({ page }) => {
  test.setTimeout(90_000);
  await signInCaseworker(page);
  for (const [count, sheets] of [
    [4, 1],
    [5, 2],
  ] as const) {
    await countBatch(page, count);
    await expect(page.getByRole('button', { name: `Udskriv kort (${count})` })).toBeVisible();
    await expect(page.getByTestId('card-sheets').getByTestId('invitation-card')).toHaveCount(count);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('card-sheets')).toBeVisible();
    await expect(page.locator('header').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdfPages(pdf), `${count} cards`).toBe(sheets);
  }
  await countBatch(page, 201);
  await expect(page.getByText('Kort kan udskrives for højst 200 invitationer ad gangen.')).toBeVisible();
  await expect(page.getByTestId('card-sheets')).toHaveCount(0);
});
