import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoTeams } from '@/db/queries/reference';
import { createStaffUser } from '@/server/staff';
import { createAuth } from '@/server/auth/auth';
import { startServer, type Server } from '@/scripts/lib/server';
import { PASSWORD, fromOwnAddress, setUpTwoFactor } from '../support/staff';
import { expectNoAxeViolations } from '../support/page-checks';
import { CLIENT, startOidcProvider } from '../support/oidc-provider';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) that this test starts
 * on 127.0.0.1, and the built app started with the OIDC settings on a database of its own.
 */
test.describe.configure({ mode: 'serial' });

const PROVIDER_PORT = 3311;
const APP_PORT = 3312;
const NAME = 'Kommunens login';
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let app: Server;
let db: Db;

const listedCaseworker = 'noedkonto@kommune.test';
const unlistedCaseworker = 'kodeord@kommune.test';
/** A person with a password account, whom SSO may link to only with a verified e-mail. */
const passwordCaseworker = 'adgangskode-sso@kommune.test';
/** Not on the break-glass list either, for counting refused attempts from the start. */
const throttledCaseworker = 'mange-forsoeg@kommune.test';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const appUrl = `http://localhost:${APP_PORT}`;
  idp = await startOidcProvider(PROVIDER_PORT, `${appUrl}/api/auth/callback/oidc`);
  const file = path.resolve('test-results', `sso-${Date.now()}`, 'vaerdig.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  db = openDatabase(file);
  migrateDatabase(db);
  seedDemoTeams(db);
  for (const email of [listedCaseworker, unlistedCaseworker, passwordCaseworker, throttledCaseworker]) {
    await createStaffUser(
      db,
      { email, name: 'Med adgangskode', role: 'caseworker', team: 'nord', password: PASSWORD },
      createAuth(db),
    );
  }
  app = await startServer(file, {
    port: APP_PORT,
    env: {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_NAME: NAME,
    },
  });
});

test.afterAll(async () => {
  await app?.kill('SIGKILL');
  db?.$client.close();
  await idp?.close();
});

/** Signs in at the provider's own pages as `account`, from a fresh browser context. */
async function ssoSignIn(browser: Browser, account: string, prefix = ''): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await fromOwnAddress(page);
  await page.goto(`${app.url}${prefix}/log-ind`);
  await page.getByRole('button', { name: prefix ? `Sign in with ${NAME}` : `Log ind med ${NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
  await page.locator('input[name=login]').fill(account);
  await page.locator('input[name=password]').fill('any password at the test provider');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  return page;
}

/**
 * Signs in again through the provider without mfa, as a person with TOTP on: the code step comes
 * first with no new session before it, then the code lets them in at `landing`.
 */
async function ssoThenCode(
  browser: Browser,
  account: string,
  email: string,
  totp: Awaited<ReturnType<typeof setUpTwoFactor>>,
  landing: RegExp,
) {
  const again = await ssoSignIn(browser, account);
  await expect(again).toHaveURL(/\/log-ind\/to-faktor$/);
  expect(sessionCount(email)).toBe(1); // only the first browser's
  await again.getByLabel('Engangskode').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await again.getByRole('button', { name: 'Bekræft' }).click();
  await expect(again).toHaveURL(landing);
  await again.context().close();
}

/** An admin whose provider reports multi-factor: straight in without TOTP of ours, then at the settings. */
async function mfaAdminAtSettings(browser: Browser): Promise<Page> {
  idp.accounts.set('mfa-admin', {
    email: 'mfa-admin@kommune.test',
    name: 'MFA admin',
    roles: ['vaerdig-admin'],
    amr: ['pwd', 'mfa'],
  });
  const page = await ssoSignIn(browser, 'mfa-admin');
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`${app.url}/admin/indstillinger`);
  return page;
}

const userRow = (email: string) =>
  db.$client.prepare('SELECT id, name, role FROM user WHERE email = ?').get(email) as
    { id: string; name: string; role: string } | undefined;
const auditActions = (email: string) =>
  (
    db.$client.prepare('SELECT action, details FROM audit_log WHERE actor_email = ? ORDER BY id').all(email) as {
      action: string;
      details: string | null;
    }[]
  ).map((row) => `${row.action} ${row.details ?? ''}`.trim());
const ssoAccountCount = (email: string) =>
  (
    db.$client
      .prepare(
        "SELECT COUNT(*) AS n FROM account JOIN user ON user.id = account.user_id WHERE user.email = ? AND account.provider_id = 'oidc'",
      )
      .get(email) as { n: number }
  ).n;
const sessionCount = (email: string) =>
  (
    db.$client
      .prepare('SELECT COUNT(*) AS n FROM session JOIN user ON user.id = session.user_id WHERE user.email = ?')
      .get(email) as { n: number }
  ).n;

test('each role signs in by SSO, the person is created and then follows the role claim', async ({ browser }) => {
  test.setTimeout(90_000);
  const homes = { caseworker: /\/invitationer$/, manager: /\/resultater$/ } as const;
  for (const role of ['caseworker', 'manager'] as const) {
    const email = `sso-${role}@kommune.test`;
    // Several roles: the highest wins.
    const roles = role === 'manager' ? ['vaerdig-caseworker', 'vaerdig-manager', 'other-app'] : ['vaerdig-caseworker'];
    idp.accounts.set(`sso-${role}`, { email, name: `SSO ${role}`, roles });
    const page = await ssoSignIn(browser, `sso-${role}`);
    await expect(page).toHaveURL(homes[role]);
    expect(userRow(email)).toMatchObject({ name: `SSO ${role}`, role });
    expect(auditActions(email)).toEqual([
      `user_created {"role":"${role}","team":null,"method":"sso"}`,
      'sign_in {"method":"sso"}',
    ]);
    await page.context().close();
  }

  // The caseworker becomes a manager at the provider, with a new name: both follow at the next sign-in.
  idp.accounts.set('sso-caseworker', {
    email: 'sso-caseworker@kommune.test',
    name: 'SSO forfremmet',
    roles: ['vaerdig-manager'],
  });
  const page = await ssoSignIn(browser, 'sso-caseworker', '/en');
  await expect(page).toHaveURL(/\/en\/resultater$/);
  expect(userRow('sso-caseworker@kommune.test')).toMatchObject({ name: 'SSO forfremmet', role: 'manager' });
  expect(auditActions('sso-caseworker@kommune.test')).toContain(
    'user_role_changed {"from":"caseworker","to":"manager","method":"sso"}',
  );
  // No token of the provider is kept.
  expect(
    db.$client
      .prepare(
        "SELECT COUNT(*) AS n FROM account WHERE provider_id = 'oidc' AND (access_token IS NOT NULL OR id_token IS NOT NULL)",
      )
      .get(),
  ).toEqual({ n: 0 });
  await page.context().close();
});

test('a person without a role claim is refused: a clear page, an audit entry, no person and no session', async ({
  browser,
}) => {
  const email = 'uden-rolle@kommune.test';
  idp.accounts.set('uden-rolle', { email, name: 'Uden rolle', roles: ['another-app'] });
  const page = await ssoSignIn(browser, 'uden-rolle');
  await expect(page).toHaveURL(/\/log-ind\/sso-fejl\?error=no_role/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke adgang til Værdig');
  await expectNoAxeViolations(page);
  expect(userRow(email)).toBeUndefined();
  expect(auditActions(email)).toEqual([
    'sign_in_failed {"reason":"no role from the identity provider","method":"sso"}',
  ]);
  await page.goto(`${app.url}/invitationer`);
  await expect(page).toHaveURL(/\/log-ind$/);
  await page.context().close();

  // The same in English.
  const english = await ssoSignIn(browser, 'uden-rolle', '/en');
  await expect(english).toHaveURL(/\/en\/log-ind\/sso-fejl\?error=no_role/);
  await expect(english.getByRole('heading', { level: 1 })).toHaveText('You do not have access to Værdig');
  await expectNoAxeViolations(english);
  await english.context().close();
});

test('a tampered state is refused', async ({ browser }) => {
  const email = 'snyd@kommune.test';
  idp.accounts.set('snyd', { email, name: 'Snyd', roles: ['vaerdig-admin'], amr: ['pwd', 'mfa'] });
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${app.url}/log-ind`);
  // The authorization request as the app made it, sent again with another `state`: the provider
  // echoes it back, and it matches nothing this browser started.
  const authorization = page.waitForRequest((request) => request.url().startsWith(`${idp.issuer}/auth?`));
  await page.getByRole('button', { name: `Log ind med ${NAME}` }).click();
  const url = new URL((await authorization).url());
  await expect(page.locator('input[name=login]')).toBeVisible();
  const state = url.searchParams.get('state')!;
  url.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
  await page.goto(url.toString());
  await page.locator('input[name=login]').fill('snyd');
  await page.locator('input[name=password]').fill('x');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/log-ind\/sso-fejl\?error=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Log ind med ${NAME} lykkedes ikke`);
  await expectNoAxeViolations(page);
  expect(userRow(email)).toBeUndefined();
  await page.goto(`${app.url}/admin`);
  await expect(page).toHaveURL(/\/log-ind$/);
  await context.close();
});

test('an existing person is signed in by SSO only with an e-mail the provider verified, and then to the same account', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const before = userRow(passwordCaseworker)!;
  // An address the person set themselves at the provider (`email_verified` false, then left out),
  // with the admin role: no link, no role, no session.
  for (const emailVerified of [false, null]) {
    idp.accounts.set('selvvalgt', {
      email: passwordCaseworker,
      name: 'Selvvalgt',
      roles: ['vaerdig-admin'],
      amr: ['pwd', 'mfa'],
      emailVerified,
    });
    const page = await ssoSignIn(browser, 'selvvalgt');
    await expect(page).toHaveURL(/\/log-ind\/sso-fejl\?error=account_not_linked(&|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Log ind med ${NAME} lykkedes ikke`);
    expect(userRow(passwordCaseworker)).toEqual(before);
    expect(ssoAccountCount(passwordCaseworker)).toBe(0);
    expect(sessionCount(passwordCaseworker)).toBe(0);
    await page.goto(`${app.url}/admin`);
    await expect(page).toHaveURL(/\/log-ind$/);
    await page.context().close();
  }
  expect(auditActions(passwordCaseworker)).toEqual([
    'sign_in_failed {"reason":"e-mail not verified","method":"sso"}',
    'sign_in_failed {"reason":"e-mail not verified","method":"sso"}',
  ]);

  // Verified by the provider: the same account, whose name and role then follow the token.
  idp.accounts.set('bekraeftet', { email: passwordCaseworker, name: 'Bekræftet', roles: ['vaerdig-manager'] });
  const linked = await ssoSignIn(browser, 'bekraeftet');
  await expect(linked).toHaveURL(/\/resultater$/);
  expect(userRow(passwordCaseworker)).toEqual({ id: before.id, name: 'Bekræftet', role: 'manager' });
  expect(ssoAccountCount(passwordCaseworker)).toBe(1);
  expect(auditActions(passwordCaseworker).slice(2)).toEqual([
    'user_role_changed {"from":"caseworker","to":"manager","method":"sso"}',
    'sign_in {"method":"sso"}',
  ]);
  await linked.context().close();
});

test('an admin without mfa at the provider is asked for TOTP; with mfa let in', async ({ browser }) => {
  test.setTimeout(90_000);
  const email = 'sso-admin@kommune.test';
  idp.accounts.set('sso-admin', { email, name: 'SSO admin', roles: ['vaerdig-admin'], amr: ['pwd'] });
  // First time: no TOTP yet, so set it up (without a password: this person has none).
  const page = await ssoSignIn(browser, 'sso-admin');
  const totp = await setUpTwoFactor(page, null);
  await expect(page).toHaveURL(/\/admin$/);
  await page.context().close();

  // Next time: the code step, and no session before it.
  await ssoThenCode(browser, 'sso-admin', email, totp, /\/admin$/);

  // An admin whose provider reports multi-factor goes straight in, without TOTP of ours.
  const strong = await mfaAdminAtSettings(browser);
  await expect(strong.getByRole('heading', { level: 1 })).toHaveText('Indstillinger');
  expect(auditActions('mfa-admin@kommune.test')).toContain('sign_in {"method":"sso","providerMfa":true}');
  await strong.context().close();
});

test('anyone with TOTP on is asked for the code after SSO without mfa, not only admins', async ({ browser }) => {
  test.setTimeout(90_000);
  const email = 'totp-caseworker@kommune.test';
  const account = { email, name: 'TOTP sagsbehandler', roles: ['vaerdig-caseworker'] };
  idp.accounts.set('totp-caseworker', { ...account, amr: ['pwd'] });
  const page = await ssoSignIn(browser, 'totp-caseworker');
  await expect(page).toHaveURL(/\/invitationer$/);
  await page.goto(`${app.url}/konto/to-faktor`);
  const totp = await setUpTwoFactor(page, null);
  await page.context().close();

  // A session would count as multi-factor (TOTP is on), so it starts only after the code, as
  // after a right password: promoted to admin later, it must not pass as two-factor.
  await ssoThenCode(browser, 'totp-caseworker', email, totp, /\/invitationer$/);

  // Multi-factor at the provider: straight in.
  idp.accounts.set('totp-caseworker', { ...account, amr: ['pwd', 'mfa'] });
  const strong = await ssoSignIn(browser, 'totp-caseworker');
  await expect(strong).toHaveURL(/\/invitationer$/);
  await strong.context().close();
});

test('passwords only for break-glass accounts: a listed account signs in with a password, others are refused', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const admin = await mfaAdminAtSettings(browser);
  const form = admin.locator('form').filter({ has: admin.getByLabel('Adgangskoder kun for nødkonti') });
  await form.getByLabel('Adgangskoder kun for nødkonti').selectOption('on');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(
    admin.getByText('Skriv mindst én nødkonto, før adgangskoder slås fra for alle andre').first(),
  ).toBeVisible();
  await form.getByLabel('Nødkonti (e-mails)').fill(`${listedCaseworker.toUpperCase()}, `);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(admin.getByRole('status').filter({ hasText: /gemt/i })).toBeVisible();
  await expectNoAxeViolations(admin);
  expect(auditActions('mfa-admin@kommune.test')).toContain(
    `password_policy_changed {"from":{"breakGlassOnly":false,"breakGlassAccounts":[]},"to":{"breakGlassOnly":true,"breakGlassAccounts":["${listedCaseworker}"]}}`,
  );
  await admin.context().close();

  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await fromOwnAddress(page);
  await page.goto(`${app.url}/log-ind`);
  await expect(page.getByRole('button', { name: `Log ind med ${NAME}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByText('Log ind med adgangskode (kun nødkonti)').click();
  await page.getByLabel('E-mail').fill(unlistedCaseworker);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  // The same answer as a wrong password, so the form tells nobody which addresses are on the
  // list (the folded text says passwords are off for everyone else); the reason is in the audit log.
  const refusal = page.locator('.alert-error');
  await expect(refusal).toContainText('Forkert e-mail eller adgangskode');
  const unlistedMessage = await refusal.innerText();
  expect(sessionCount(unlistedCaseworker)).toBe(0);
  expect(auditActions(unlistedCaseworker)).toEqual([
    'sign_in_failed {"reason":"passwords only for break-glass accounts"}',
  ]);

  // A listed address with a wrong password gets the identical message.
  await page.goto(`${app.url}/log-ind`);
  await page.getByText('Log ind med adgangskode (kun nødkonti)').click();
  await page.getByLabel('E-mail').fill(listedCaseworker);
  await page.getByLabel('Adgangskode').fill(`${PASSWORD}-forkert`);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(refusal).toContainText('Forkert e-mail eller adgangskode');
  expect(await refusal.innerText()).toBe(unlistedMessage);

  await page.goto(`${app.url}/log-ind`);
  await page.getByText('Log ind med adgangskode (kun nødkonti)').click();
  await page.getByLabel('E-mail').fill(listedCaseworker);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(page).toHaveURL(/\/invitationer$/);
  await context.close();
});

/** The password form as it is folded away while passwords are only for break-glass accounts. */
async function breakGlassSignIn(page: Page, email: string, password: string) {
  await page.goto(`${app.url}/log-ind`);
  await page.getByText('Log ind med adgangskode (kun nødkonti)').click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
}

test('an address not on the break-glass list is throttled like a wrong password', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: 'da-DK' });
  const unlisted = await context.newPage();
  const listed = await context.newPage();
  await fromOwnAddress(unlisted);
  await fromOwnAddress(listed);
  // The right password of an address not on the list, and wrong passwords of a listed one: five
  // refusals each, word for word alike, then both throttled.
  for (let i = 0; i < 6; i++) {
    await breakGlassSignIn(unlisted, throttledCaseworker, PASSWORD);
    await breakGlassSignIn(listed, listedCaseworker, `forkert-${i}-adgangskode`);
    const expected = i < 5 ? 'Forkert e-mail eller adgangskode' : 'For mange forkerte forsøg';
    await expect(unlisted.locator('.alert-error')).toContainText(expected);
    await expect(listed.locator('.alert-error')).toContainText(expected);
    expect(await unlisted.locator('.alert-error').innerText()).toBe(await listed.locator('.alert-error').innerText());
  }
  expect(sessionCount(throttledCaseworker)).toBe(0);
  expect(auditActions(throttledCaseworker)).toEqual([
    ...Array<string>(5).fill('sign_in_failed {"reason":"passwords only for break-glass accounts"}'),
    'sign_in_throttled',
  ]);
  await context.close();
});

test('an address on the break-glass list is never signed in, linked or changed by SSO', async ({ browser }) => {
  const before = userRow(listedCaseworker)!;
  const sessions = sessionCount(listedCaseworker);
  // Even with a verified e-mail, the admin role and multi-factor at the provider.
  idp.accounts.set('noedkonto', {
    email: listedCaseworker,
    name: 'Overtaget',
    roles: ['vaerdig-admin'],
    amr: ['pwd', 'mfa'],
  });
  const page = await ssoSignIn(browser, 'noedkonto');
  // The same address as for an unverified e-mail: the list is not told.
  await expect(page).toHaveURL(/\/log-ind\/sso-fejl\?error=account_not_linked(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Log ind med ${NAME} lykkedes ikke`);
  await expectNoAxeViolations(page);
  expect(userRow(listedCaseworker)).toEqual(before);
  expect(ssoAccountCount(listedCaseworker)).toBe(0);
  expect(sessionCount(listedCaseworker)).toBe(sessions);
  expect(auditActions(listedCaseworker).at(-1)).toBe('sign_in_failed {"reason":"break-glass account","method":"sso"}');
  expect(auditActions(listedCaseworker).filter((entry) => entry.startsWith('user_role_changed'))).toEqual([]);
  await page.goto(`${app.url}/admin`);
  await expect(page).toHaveURL(/\/log-ind$/);
  await page.context().close();
});

test('without OIDC_ISSUER nothing of single sign-on shows', async ({ page }) => {
  // The normal end-to-end server, started without the OIDC settings.
  await page.goto('/log-ind');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind som medarbejder');
  await expect(page.getByRole('button', { name: /Log ind med/ })).toHaveCount(0);
  await expect(page.getByText('nødkonti')).toHaveCount(0);
  expect((await page.request.get('/api/auth/callback/oidc?code=x&state=y', { maxRedirects: 0 })).status()).toBe(404);
});
