import { expect, test } from '@playwright/test';
import { newStaff, PASSWORD, setUpTwoFactor, signIn, signInAdmin, fromOwnAddress } from '../support/staff';
import { testDb } from '../support/e2e-db';
import { setStaffDisabled } from '@/db/queries/users';

test.beforeEach(async ({ page }) => {
  await fromOwnAddress(page);
});

test('a caseworker signs in, sees the account page, and signs out; the session is then refused', async ({
  page,
  context,
}) => {
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  await page.goto('/konto');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din konto');
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name.includes('session_token'))).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/log-ind\?ud=1$/);
  await expect(page.getByText('Du er logget ud')).toBeVisible();
  // The old cookie no longer works either.
  await context.addCookies(cookies);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind$/);
});

test('the same message for an unknown user and a wrong password', async ({ page }) => {
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email, 'forkert-adgangskode-123');
  const wrong = await page.locator('.alert-error').innerText();
  await signIn(page, `ukendt-${Date.now()}@test.dk`, 'forkert-adgangskode-123');
  const unknown = await page.locator('.alert-error').innerText();
  expect(wrong).toContain('Forkert e-mail eller adgangskode');
  expect(unknown).toBe(wrong);
  await expect(page.getByLabel('E-mail')).toHaveValue(/ukendt-/);
});

test('sign-in is throttled per account, even when every attempt claims another address', async ({ page }) => {
  const staff = await newStaff('manager');
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `192.0.2.${i + 1}` });
    await signIn(page, staff.email, `forkert-${i}-adgangskode`);
    await expect(page.locator('.alert-error')).toContainText('Forkert e-mail eller adgangskode');
  }
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.99' });
  await signIn(page, staff.email, PASSWORD);
  await expect(page.locator('.alert-error')).toContainText('For mange forkerte forsøg');
  await expect(page).toHaveURL(/\/log-ind$/);

  // An unknown account gets the same treatment, so throttling reveals nothing.
  const unknown = `findes-ikke-${Date.now()}@test.dk`;
  for (let i = 0; i < 5; i++) await signIn(page, unknown, `forkert-${i}-adgangskode`);
  await signIn(page, unknown, 'endnu-et-forsoeg-123');
  await expect(page.locator('.alert-error')).toContainText('For mange forkerte forsøg');
});

test('sign-in is throttled per address across accounts', async ({ page }) => {
  test.setTimeout(60_000); // 21 sign-ins, each a password hash
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.250' });
  for (let i = 0; i < 20; i++) await signIn(page, `gaet-${i}-${Date.now()}@test.dk`, 'forkert-adgangskode-1');
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email);
  await expect(page.locator('.alert-error')).toContainText('For mange forkerte forsøg');
});

test('a disabled user is refused at once', async ({ page }) => {
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  const id = testDb().$client.prepare('SELECT id FROM user WHERE email = ?').get(staff.email) as { id: string };
  setStaffDisabled(testDb(), id.id, true);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind$/);
  await signIn(page, staff.email);
  await expect(page.locator('.alert-error')).toContainText('Forkert e-mail eller adgangskode');
});

test('a session cookie from before a password change no longer works', async ({ page, browser }) => {
  const staff = await newStaff('caseworker');
  const other = await browser.newContext({ locale: 'da-DK' });
  const otherPage = await other.newPage();
  await fromOwnAddress(otherPage);
  await signIn(otherPage, staff.email);
  await expect(otherPage).toHaveURL(/\/invitationer$/);

  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  await page.goto('/konto');
  const before = await page.context().cookies();
  const newPassword = 'Ny-Lang-Adgangskode-Med-Ord-7';
  await page.getByLabel('Nuværende adgangskode').fill(PASSWORD);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(newPassword);
  await page.getByLabel('Gentag ny adgangskode').fill(newPassword);
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.getByText('Din adgangskode er skiftet')).toBeVisible();

  // The other browser is signed out, and so is the cookie this browser had before.
  await otherPage.goto('/konto');
  await expect(otherPage).toHaveURL(/\/log-ind$/);
  await other.close();
  const stale = await browser.newContext({ locale: 'da-DK' });
  await stale.addCookies(before);
  const stalePage = await stale.newPage();
  await stalePage.goto('/konto');
  await expect(stalePage).toHaveURL(/\/log-ind$/);
  await stale.close();
  // The new password works.
  await signIn(page, staff.email, newPassword);
  await expect(page).toHaveURL(/\/invitationer$/);
});

test('a weak new password is refused with a clear message', async ({ page }) => {
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  await page.goto('/konto');
  await page.getByLabel('Nuværende adgangskode').fill(PASSWORD);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill('password1234');
  await page.getByLabel('Gentag ny adgangskode').fill('password1234');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.locator('.alert-error')).toContainText('Adgangskoden er for let at gætte');
});

test('an admin cannot reach admin pages before two-factor, and a TOTP code works only once', async ({ page }) => {
  test.setTimeout(90_000); // waits for the next 30-second TOTP step
  const admin = await newStaff('admin');
  await signIn(page, admin.email);
  await expect(page).toHaveURL(/\/konto\/to-faktor$/);
  await page.goto('/admin/personer');
  await expect(page).toHaveURL(/\/konto\/to-faktor$/);

  const totp = await setUpTwoFactor(page);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Log ud' }).click();

  // Sign in again: password, then a fresh code.
  await signIn(page, admin.email);
  await expect(page).toHaveURL(/\/log-ind\/to-faktor$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/log-ind$/);
  await signIn(page, admin.email);
  await expect(page).toHaveURL(/\/log-ind\/to-faktor$/);
  // Wait for a code of a time step not used during set-up.
  const setupStep = Math.floor(Date.now() / 30_000);
  while (Math.floor(Date.now() / 30_000) === setupStep) await page.waitForTimeout(500);
  const code = totp.generate();
  await page.getByLabel('Engangskode').fill(code);
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Log ud' }).click();

  // The same code again, within its window: refused, no session.
  await signIn(page, admin.email);
  await page.getByLabel('Engangskode').fill(code);
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.locator('#totp-code-error')).toHaveText('Koden er allerede brugt. Vent på den næste kode i appen');
  await page.goto('/admin');
  await expect(page).not.toHaveURL(/\/admin$/);
});

test('an admin with two-factor reaches every admin page', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAdmin(page);
  for (const [path, heading] of [
    ['/admin', 'Administration'],
    ['/admin/personer', 'Personer'],
    ['/admin/personer/ny', 'Opret person'],
    ['/admin/maalgrupper', 'Målgrupper'],
    ['/admin/maalgrupper/ny-maalgruppe', 'Tilføj målgruppe'],
    ['/admin/maalgrupper/dagpenge', 'Forsikrede ledige (a-dagpenge)'],
    ['/admin/teams', 'Teams'],
    ['/admin/teams/nyt-team', 'Tilføj team'],
    ['/admin/taerskler', 'Tærskler for de fem mål'],
    ['/admin/indstillinger', 'Indstillinger'],
    ['/admin/api-noegler', 'API-nøgler'],
    ['/admin/log', 'Log over handlinger'],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  }
});
