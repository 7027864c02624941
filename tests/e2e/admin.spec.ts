import { expect, test, type Page } from '@playwright/test';
import { signIn, signInAdmin, fromOwnAddress } from '../support/staff';
import { testDb } from '../support/e2e-db';

const section = (page: Page, heading: string | RegExp) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });

test('people: create with a one-time password shown once, change role, reset password, disable', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAdmin(page);
  await page.goto('/admin/personer');
  const email = `ny-${Date.now()}@test.dk`;
  await page.getByLabel('Navn', { exact: true }).fill('Nina Ny');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Rolle', { exact: true }).selectOption('caseworker');
  await page.getByRole('button', { name: 'Opret' }).click();
  const secret = page.getByTestId('create-person-secret');
  await expect(secret).toBeVisible();
  const oneTime = (await secret.textContent())!;
  await expect(page.getByRole('row', { name: /Nina Ny/ })).toContainText('sagsbehandler');

  // The new person signs in with the one-time password, which must be replaced first.
  const other = await browser.newContext({ locale: 'da-DK' });
  const otherPage = await other.newPage();
  await fromOwnAddress(otherPage);
  await signIn(otherPage, email, oneTime);
  await expect(otherPage).toHaveURL(/\/konto\/ny-adgangskode$/);

  const person = section(page, `Nina Ny (${email})`);
  await person.getByLabel('Rolle for Nina Ny').selectOption('manager');
  await person.getByRole('button', { name: 'Skift rolle' }).click();
  await expect(page.getByRole('row', { name: /Nina Ny/ })).toContainText('leder');

  await person.getByRole('button', { name: 'Nulstil adgangskode' }).click();
  await expect(page.getByTestId(/^reset-.*-secret$/)).toBeVisible();
  // Resetting ends the person's sessions.
  await otherPage.goto('/konto');
  await expect(otherPage).toHaveURL(/\/log-ind$/);

  await person.getByRole('button', { name: 'Deaktiver' }).click();
  await expect(page.getByRole('row', { name: /Nina Ny/ })).toContainText('Deaktiveret');
  await other.close();
});

test('target groups and teams: add, rename, retire; staff text is shown as text', async ({ page }) => {
  test.setTimeout(90_000);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await signInAdmin(page);
  const suffix = Date.now().toString(36);

  await page.goto('/admin/teams');
  const evilTeam = `<script>alert(1)</script> ${suffix}`;
  await page.getByLabel('Nøgle').fill(`hold_${suffix}`);
  await page.getByLabel('Navn', { exact: true }).fill(evilTeam);
  await page.getByRole('button', { name: 'Tilføj' }).click();
  await expect(page.getByRole('rowheader', { name: evilTeam })).toBeVisible();

  await page.goto('/admin/maalgrupper');
  const evilGroup = `<img src=x onerror=alert(2)> ${suffix}`;
  await page.getByLabel('Nøgle').fill(`gruppe_${suffix}`);
  await page.getByLabel('Navn på dansk').first().fill(evilGroup);
  await page.getByLabel('Navn på engelsk').first().fill(`Group ${suffix}`);
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: evilGroup })).toBeVisible();
  // A duplicate key is refused with a message.
  await page.getByLabel('Nøgle').fill(`gruppe_${suffix}`);
  await page.getByLabel('Navn på dansk').first().fill('Dublet');
  await page.getByLabel('Navn på engelsk').first().fill('Duplicate');
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.locator('.alert-error')).toContainText('Der findes allerede en med den nøgle');

  const rename = section(page, `Nyt navn for gruppe_${suffix}`);
  await rename.getByLabel('Navn på dansk').fill(`Omdøbt ${suffix}`);
  await rename.getByRole('button', { name: 'Omdøb' }).click();
  await expect(page.getByRole('rowheader', { name: `Omdøbt ${suffix}` })).toBeVisible();
  await page
    .getByRole('row', { name: new RegExp(`Omdøbt ${suffix}`) })
    .getByRole('button', { name: /Marker som udgået/ })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(`Omdøbt ${suffix}`) })).toContainText('Udgået');
  // Still there: a group is never deleted.
  const row = testDb()
    .$client.prepare('SELECT retired_at FROM target_groups WHERE key = ?')
    .get(`gruppe_${suffix}`) as { retired_at: number | null };
  expect(row.retired_at).not.toBeNull();

  await page.goto('/admin/personer');
  await expect(page.getByRole('option', { name: evilTeam }).first()).toBeAttached();
  expect(dialogs).toBe(0);
});

test('thresholds per year with history, settings, API tokens and the audit log', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await signInAdmin(page);

  await page.goto('/admin/taerskler');
  await page.getByLabel('År').fill('2031');
  await page.getByLabel(/^2\. Klart formål/).fill('85');
  await page.getByRole('button', { name: 'Gem tærskler for året' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
  await expect(page.getByRole('row', { name: /^2031/ })).toContainText('85 %');
  await expect(page.getByRole('row', { name: /^2023/ })).toContainText('80 %');
  await page.getByLabel(/^1\. Vejledning/).fill('101');
  await page.getByRole('button', { name: 'Gem tærskler for året' }).click();
  await expect(page.locator('.alert-error')).toContainText('Skriv et helt tal mellem 0 og 100');

  await page.goto('/admin/indstillinger');
  await page.getByLabel('Mindste antal svar i en gruppe').fill('0');
  await page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(page.locator('.alert-error')).toContainText('Skriv et helt tal mellem 1 og 100');
  await page.getByLabel('Mindste antal svar i en gruppe').fill('5');
  await page.getByLabel('Invitationer udløber efter (dage)').fill('30');
  await page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();

  await page.goto('/admin/api-noegler');
  const name = `BI ${Date.now()}`;
  await page.getByLabel('Navn').fill(name);
  await page.getByRole('button', { name: 'Opret nøgle' }).click();
  const token = (await page.getByTestId('create-token-secret').textContent())!;
  expect(token).toMatch(/^vaerdig_[A-Za-z0-9_-]{43}$/);
  const stored = testDb().$client.prepare('SELECT token_hash FROM api_tokens WHERE name = ?').get(name) as {
    token_hash: string;
  };
  expect(stored.token_hash).not.toContain(token);
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button', { name: /Tilbagekald/ })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Tilbagekaldt');

  await page.goto(`/admin/log?person=${encodeURIComponent(admin.email)}`);
  const log = page.locator('tbody');
  await expect(log).toContainText('Tærskler ændret');
  await expect(log).toContainText('Indstillinger ændret');
  await expect(log).toContainText('API-nøgle oprettet');
  await expect(log).toContainText('API-nøgle tilbagekaldt');
  await expect(log).toContainText('To-faktor slået til');
  await expect(log).not.toContainText(token);
  // A period before any of it finds nothing.
  await page.goto(`/admin/log?person=${encodeURIComponent(admin.email)}&fra=2020-01-01&til=2020-12-31`);
  await expect(page.getByText('Ingen handlinger i perioden.')).toBeVisible();
});
