import { expect, test } from '@playwright/test';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import { updateSettings, getSettings } from '@/db/queries/settings';
import { createStaffUser, resetStaffPassword } from '@/server/staff';
import { createAuth } from '@/server/auth/auth';
import { newStaff, PASSWORD, signIn } from '../support/staff';
import { testDb } from '../support/e2e-db';
import { noJsFormFields, postNoJs } from '../support/no-js';
import { actionForm, serverActions } from '../support/actions';
import { auditCounts, fromAddress, ownAddress, userId, withTwoFactor } from '../support/sign-in';

test('anonymous code guesses lock nobody out: they are refused without counting, even from the same address', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const address = await fromAddress(page);
  const staff = await withTwoFactor(page);

  // 25 posts of 000000 without any pending sign-in, more than the address's limit of 20.
  const fields = await noJsFormFields(baseURL!, '/log-ind/to-faktor');
  for (let i = 0; i < 25; i++) {
    const response = await postNoJs(baseURL!, '/log-ind/to-faktor', [...fields, ['code', '000000']], address);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).toContain('Log ind med e-mail og adgangskode først');
  }
  // Then the real person, from that same address: password, then the code.
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/log-ind\/to-faktor$/);
  await page.getByLabel('Engangskode').fill(staff.nextCode());
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page).toHaveURL(/\/invitationer$/);
});

test('wrong codes are counted against the pending user: after five, even the right code waits, and others are not touched', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const address = await fromAddress(page);
  const staff = await withTwoFactor(page);
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/log-ind\/to-faktor$/);
  for (let i = 0; i < 5; i++) {
    await page.goto('/log-ind/to-faktor');
    await page.getByLabel('Engangskode').fill(String(100000 + i));
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expect(page.locator('#totp-code-error')).toHaveText(
      'Koden er forkert eller udløbet. Skriv den nye kode fra appen',
    );
  }
  // A new sign-in with the right password does not reset the count for the codes.
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/log-ind\/to-faktor$/);
  await page.getByLabel('Engangskode').fill(staff.nextCode());
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.locator('#totp-code-error')).toHaveText('For mange forkerte koder. Vent 15 minutter, og prøv igen');
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind$/);
  // The failures name the user in the audit log.
  expect(auditCounts(staff.email).two_factor_failed).toBeGreaterThanOrEqual(6);

  // Someone else with two-factor, from the same address, signs in as usual.
  const context = await browser.newContext({ locale: 'da-DK' });
  const other = await context.newPage();
  await fromAddress(other);
  const colleague = await withTwoFactor(other);
  await fromAddress(other, address);
  await signIn(other, colleague.email);
  await other.getByLabel('Engangskode').fill(colleague.nextCode());
  await other.getByRole('button', { name: 'Bekræft' }).click();
  await expect(other).toHaveURL(/\/invitationer$/);
  await context.close();
});

test('40 wrong passwords at the same moment get at most 5 password checks', async ({ baseURL }) => {
  const staff = await newStaff('manager');
  const fields = await noJsFormFields(baseURL!, '/log-ind');
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      postNoJs(
        baseURL!,
        '/log-ind',
        [...fields, ['email', staff.email], ['password', `forkert-${i}-adgangskode`]],
        ownAddress(),
      ),
    ),
  );
  expect(responses.every((response) => response.status < 500)).toBe(true);
  // Every check of a password is one "sign_in_failed"; every refusal before a check one "sign_in_throttled".
  const counts = auditCounts(staff.email);
  expect(counts.sign_in_failed).toBe(5);
  expect(counts.sign_in_throttled).toBe(35);
});

test('a one-time password opens only the page that replaces it, and expires after 72 hours', async ({ page }) => {
  await fromAddress(page);
  const email = `engang-${Date.now()}-${test.info().workerIndex}@test.dk`;
  const { password } = await createStaffUser(
    testDb(),
    { email, name: 'Engang Testesen', role: 'manager' },
    createAuth(testDb()),
  );
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/konto\/ny-adgangskode$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vælg din egen adgangskode');
  await expect(page.getByLabel('Ny adgangskode', { exact: true })).toHaveAttribute('autocomplete', 'new-password');
  // Every other page and the API lead nowhere else.
  for (const path of ['/resultater', '/invitationer', '/konto', '/konto/to-faktor']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/konto\/ny-adgangskode$/);
  }
  expect((await page.request.get('/api/v1/results')).status()).toBe(403);
  // An action is refused the same way: creating an invitation, posted as its form would.
  const action = serverActions().get('app/[locale]/(staff)/invitationer/actions.ts#createInvitation')!;
  const form = actionForm(action.id, false);
  form.append('targetGroup', 'dagpenge');
  const posted = await page.request.post('/invitationer', {
    multipart: form,
    maxRedirects: 0,
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(posted.status()).toBe(303);
  expect(posted.headers()['location']).toMatch(/\/konto\/ny-adgangskode$/);

  const mine = 'Min-Egen-Lange-Adgangskode-91';
  await page.getByLabel('Engangsadgangskode').fill(password);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(mine);
  await page.getByLabel('Gentag ny adgangskode').fill(mine);
  await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  await expect(page).toHaveURL(/\/konto\?adgangskode=skiftet$/);
  await page.goto('/resultater');
  await expect(page).toHaveURL(/\/resultater$/);
  expect(auditCounts(email).password_changed).toBe(1);

  // An admin's reset gives a new one-time password; unused for 72 hours, it signs nobody in.
  const reset = await resetStaffPassword(
    testDb(),
    userId(email),
    createAuth(testDb()),
    new Date(Date.now() - 73 * 60 * 60 * 1000),
  );
  await signIn(page, email, reset);
  await expect(page.locator('.alert-error')).toContainText('Din engangsadgangskode er udløbet');
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind$/);
});

test('sessions end after the idle limit and the absolute limit, both admin settings', async ({ page }) => {
  await fromAddress(page);
  const staff = await newStaff('caseworker');
  const id = userId(staff.email);
  const minutesAgo = (minutes: number) => Date.now() - minutes * 60 * 1000;
  const setSession = (createdMinutesAgo: number, activeMinutesAgo: number) =>
    testDb()
      .$client.prepare('UPDATE session SET created_at = ?, last_active_at = ? WHERE user_id = ?')
      .run(minutesAgo(createdMinutesAgo), minutesAgo(activeMinutesAgo), id);
  const sessions = () =>
    (testDb().$client.prepare('SELECT COUNT(*) AS n FROM session WHERE user_id = ?').get(id) as { n: number }).n;

  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  setSession(29, 29);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/konto$/);
  // Using it counts as activity.
  const active = testDb().$client.prepare('SELECT last_active_at FROM session WHERE user_id = ?').get(id) as {
    last_active_at: number;
  };
  expect(Date.now() - active.last_active_at).toBeLessThan(60_000);
  setSession(40, 31);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind\?udlobet=1$/);
  await expect(page.getByRole('status')).toContainText('Du er logget ud, fordi du ikke har været aktiv');
  expect(sessions()).toBe(0);

  // Active all along, but signed in for more than 12 hours.
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  setSession(12 * 60 + 1, 1);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind\?udlobet=1$/);

  // An admin's shorter idle limit holds at once.
  const before = getSettings(testDb());
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  try {
    updateSettings(testDb(), { ...before, sessionIdleMinutes: 5 }, 'test');
    setSession(7, 6);
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/log-ind\?udlobet=1$/);
  } finally {
    updateSettings(testDb(), before, 'test');
  }
});

test('changing the password is throttled like signing in, and audited', async ({ page }) => {
  await fromAddress(page);
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  const attempt = async (current: string) => {
    await page.goto('/konto');
    await page.getByLabel('Nuværende adgangskode').fill(current);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('En-Helt-Ny-Og-Lang-Adgangskode-5');
    await page.getByLabel('Gentag ny adgangskode').fill('En-Helt-Ny-Og-Lang-Adgangskode-5');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`forkert-gaet-nummer-${i}`);
    await expect(page.locator('.alert-error')).toContainText('Adgangskoden er forkert');
  }
  await attempt(PASSWORD);
  await expect(page.locator('.alert-error')).toContainText('For mange forkerte forsøg');
  expect(auditCounts(staff.email).password_change_failed).toBe(6);
});

test('backup codes from the set-up sign in once each', async ({ page }) => {
  test.setTimeout(60_000);
  await fromAddress(page);
  const staff = await withTwoFactor(page);
  expect(staff.backupCodes).toHaveLength(10);
  const [code] = staff.backupCodes;
  await signIn(page, staff.email);
  await page.getByLabel('Reservekode').fill(code!.replace('-', ''));
  await page.getByRole('button', { name: 'Log ind med reservekode' }).click();
  await expect(page).toHaveURL(/\/invitationer$/);
  await page.getByRole('button', { name: 'Log ud' }).click();

  await signIn(page, staff.email);
  await page.getByLabel('Reservekode').fill(code!);
  await page.getByRole('button', { name: 'Log ind med reservekode' }).click();
  await expect(page.locator('#backup-code-backupCode-error')).toHaveText(
    'Reservekoden er forkert eller allerede brugt',
  );
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/log-ind$/);
});

test('the audit log names refused API tokens, refused access and the user of a failed code', async ({
  page,
  request,
}) => {
  const { id, token } = createApiToken(testDb(), `revoked ${Date.now()}`, null);
  revokeApiToken(testDb(), id);
  const refusedBefore = (
    testDb().$client.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'api_token_refused'").get() as {
      n: number;
    }
  ).n;
  expect((await request.get('/api/v1/results', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  expect((await request.get('/api/v1/results', { headers: { Authorization: 'Bearer vaerdig_gaet' } })).status()).toBe(
    401,
  );
  const refused = testDb()
    .$client.prepare(
      "SELECT target, details FROM audit_log WHERE action = 'api_token_refused' ORDER BY id DESC LIMIT 2",
    )
    .all() as {
    target: string;
    details: string;
  }[];
  expect(refused).toHaveLength(2);
  expect(
    (
      testDb().$client.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'api_token_refused'").get() as {
        n: number;
      }
    ).n,
  ).toBe(refusedBefore + 2);
  expect(
    refused.every(
      (row) => row.target === '/api/v1/results' && !row.details.includes(token) && !row.details.includes('gaet'),
    ),
  ).toBe(true);

  await fromAddress(page);
  const staff = await newStaff('caseworker');
  await signIn(page, staff.email);
  await expect(page).toHaveURL(/\/invitationer$/);
  await page.goto('/resultater');
  await expect(page).toHaveURL(/\/ingen-adgang$/);
  expect((await page.request.get('/api/v1/export/responses?format=csv')).status()).toBe(403);
  const denied = testDb()
    .$client.prepare(
      "SELECT target, details FROM audit_log WHERE action = 'access_denied' AND actor_email = ? ORDER BY id",
    )
    .all(staff.email) as {
    target: string;
    details: string;
  }[];
  expect(denied.map((row) => row.target)).toEqual(['/resultater', '/api/v1/export/responses']);
  expect(JSON.parse(denied[0]!.details)).toEqual({ role: 'caseworker', required: 'manager' });
});
