import { expect, test } from '@playwright/test';
import { signIn, signInAdmin, fromOwnAddress } from '../support/staff';
import { testDb } from '../support/e2e-db';

test('people: create with a one-time password shown once, then on their own page change role, reset password, disable', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAdmin(page);
  await page.goto('/admin/personer');
  await page.getByRole('link', { name: 'Opret person' }).click();
  await expect(page).toHaveURL(/\/admin\/personer\/ny$/);
  const email = `ny-${Date.now()}@test.dk`;
  await page.getByLabel('Navn', { exact: true }).fill('Nina Ny');
  await page.getByLabel('E-mail').fill('ikke en adresse');
  await page.getByLabel('Rolle', { exact: true }).selectOption('caseworker');
  await page.getByRole('button', { name: 'Opret person' }).click();
  // Bad input: a message, and nothing typed is lost.
  await expect(page.locator('.alert-error')).toContainText('Skriv en gyldig e-mailadresse');
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Nina Ny');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Opret person' }).click();
  const secret = page.getByTestId('create-person-secret');
  await expect(secret).toBeVisible();
  const oneTime = (await secret.textContent())!;

  // The new person signs in with the one-time password, which must be replaced first.
  const other = await browser.newContext({ locale: 'da-DK' });
  const otherPage = await other.newPage();
  await fromOwnAddress(otherPage);
  await signIn(otherPage, email, oneTime);
  await expect(otherPage).toHaveURL(/\/konto\/ny-adgangskode$/);

  await page.goto(`/admin/personer?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole('row', { name: /Nina Ny/ })).toContainText('sagsbehandler');
  await page.getByRole('link', { name: 'Nina Ny' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nina Ny' })).toBeVisible();
  const facts = page.locator('.person-facts');
  await page.getByRole('combobox', { name: 'Rolle' }).selectOption('manager');
  await page.getByRole('button', { name: 'Skift rolle' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
  await expect(facts).toContainText('leder');

  await page.getByRole('button', { name: 'Nulstil adgangskode' }).click();
  await expect(page.getByTestId('reset-secret')).toBeVisible();
  // Resetting ends the person's sessions.
  await otherPage.goto('/konto');
  await expect(otherPage).toHaveURL(/\/log-ind$/);

  await page.getByRole('button', { name: 'Deaktiver' }).click();
  await expect(facts).toContainText('Deaktiveret');
  await expect(page.getByRole('button', { name: 'Aktiver' })).toBeVisible();
  await page.goto(`/admin/personer?q=${encodeURIComponent(email)}&status=deaktiveret`);
  await expect(page.getByRole('row', { name: /Nina Ny/ })).toContainText('Deaktiveret');
  await other.close();
});

test('target groups and teams: add, rename, retire on their own pages; staff text is shown as text', async ({
  page,
}) => {
  test.setTimeout(90_000);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await signInAdmin(page);
  const suffix = Date.now().toString(36);

  await page.goto('/admin/teams');
  await page.getByRole('link', { name: 'Tilføj team' }).click();
  // The list's own search field is labelled "Navn eller nøgle": wait for the new page.
  await expect(page).toHaveURL(/\/admin\/teams\/nyt-team$/);
  const evilTeam = `<script>alert(1)</script> ${suffix}`;
  await page.getByLabel('Nøgle', { exact: true }).fill(`hold_${suffix}`);
  await page.getByLabel('Navn', { exact: true }).fill(evilTeam);
  await page.getByRole('button', { name: 'Tilføj team' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
  await page.goto(`/admin/teams?q=${suffix}`);
  await expect(page.getByRole('rowheader', { name: evilTeam })).toBeVisible();

  await page.goto('/admin/maalgrupper/ny-maalgruppe');
  const evilGroup = `<img src=x onerror=alert(2)> ${suffix}`;
  await page.getByLabel('Nøgle', { exact: true }).fill(`gruppe_${suffix}`);
  await page.getByLabel('Navn på dansk').fill(evilGroup);
  await page.getByLabel('Navn på engelsk').fill(`Group ${suffix}`);
  await page.getByRole('button', { name: 'Tilføj målgruppe' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
  // A duplicate key is refused with a message, and what was typed stays.
  await page.getByLabel('Nøgle', { exact: true }).fill(`gruppe_${suffix}`);
  await page.getByLabel('Navn på dansk').fill('Dublet');
  await page.getByLabel('Navn på engelsk').fill('Duplicate');
  await page.getByRole('button', { name: 'Tilføj målgruppe' }).click();
  await expect(page.locator('.alert-error')).toContainText('Der findes allerede en med den nøgle');
  await expect(page.getByLabel('Navn på dansk')).toHaveValue('Dublet');

  await page.goto(`/admin/maalgrupper?q=${suffix}`);
  await expect(page.getByRole('rowheader', { name: evilGroup })).toBeVisible();
  await page.getByRole('link', { name: evilGroup }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/maalgrupper/gruppe_${suffix}$`));
  await page.getByLabel('Navn på dansk').fill(`Omdøbt ${suffix}`);
  await page.getByRole('button', { name: 'Omdøb' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Omdøbt ${suffix}` })).toBeVisible();
  await page.getByRole('button', { name: /Marker som udgået/ }).click();
  await expect(page.getByRole('button', { name: /Gør aktiv igen/ })).toBeVisible();
  // Still there: a group is never deleted.
  const row = testDb()
    .$client.prepare('SELECT retired_at FROM target_groups WHERE key = ?')
    .get(`gruppe_${suffix}`) as { retired_at: number | null };
  expect(row.retired_at).not.toBeNull();
  await page.goto(`/admin/maalgrupper?q=${suffix}&status=udgaaet`);
  await expect(page.getByRole('row', { name: new RegExp(`Omdøbt ${suffix}`) })).toContainText('Udgået');
  await page.goto(`/admin/maalgrupper?q=${suffix}&status=aktiv`);
  await expect(page.getByText('Intet passer til søgningen')).toBeVisible();

  await page.goto('/admin/personer/ny');
  await expect(page.getByRole('option', { name: evilTeam })).toBeAttached();
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
