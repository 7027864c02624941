import { expect, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { createAuth } from '@/server/auth/auth';
import { createStaffUser } from '@/server/staff';
import type { Role } from '@/lib/auth/roles';
import { ensureTeam, testDb } from './e2e-db';

export const PASSWORD = 'Korrekt-Hest-Batteri-42';

let counter = 0;

/** A new staff member through the project's own function, with a unique e-mail (and a name unless given). */
export async function newStaff(role: Role, options: { team?: string; name?: string } = {}) {
  const email = `${role}-${Date.now()}-${process.pid}-${counter++}@test.dk`;
  const name = options.name ?? `Test ${role} ${counter}`;
  const db = testDb();
  if (options.team) ensureTeam(options.team, 'Team Nord');
  const { id } = await createStaffUser(
    db,
    { email, name, role, team: options.team ?? null, password: PASSWORD },
    createAuth(db),
  );
  return { id, email, name, password: PASSWORD };
}

/** Every test context signs in from an address of its own, so throttling in one test never touches another. */
export async function fromOwnAddress(page: Page) {
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.${(counter++ % 250) + 1}`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': address });
}

export async function signIn(page: Page, email: string, password = PASSWORD, prefix = '') {
  await page.goto(`${prefix}/log-ind`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(prefix ? 'Password' : 'Adgangskode').fill(password);
  await page.getByRole('button', { name: prefix ? 'Sign in' : 'Log ind' }).click();
}

/**
 * Turns two-factor on from the set-up page (`password` null: an SSO-only person, who has none)
 * and goes on from its confirmation; returns a TOTP
 * generator for the new secret (with the backup codes the confirmation showed).
 */
export async function setUpTwoFactor(page: Page, password: string | null = PASSWORD) {
  await expect(page).toHaveURL(/\/konto\/to-faktor$/);
  // A person who signs in only by single sign-on has no password to confirm with.
  if (password === null) await expect(page.getByLabel('Adgangskode')).toHaveCount(0);
  else await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
  await page.getByLabel('Engangskode').fill(totp.generate());
  await page.getByRole('button', { name: 'Slå til' }).click();
  await expect(page.getByTestId('two-factor-on')).toContainText('To-faktor-godkendelse er slået til');
  const codes = page.getByTestId('backup-codes').locator('code');
  await expect(codes).toHaveCount(10);
  const backupCodes = await codes.allTextContents();
  await page.getByRole('link', { name: 'Fortsæt' }).click();
  await expect(page).not.toHaveURL(/\/konto\/to-faktor$/);
  return Object.assign(totp, { backupCodes });
}

/** A new caseworker or manager, signed in from an address of its own, on the page its role lands on. */
export async function signInAs(page: Page, role: 'caseworker' | 'manager', options: { team?: string } = {}) {
  await fromOwnAddress(page);
  const staff = await newStaff(role, options);
  await signIn(page, staff.email);
  await expect(page).toHaveURL(role === 'manager' ? /\/resultater$/ : /\/invitationer$/);
  return staff;
}

/** An admin signed in with two-factor on, ready for the admin pages (a new one unless given). */
export async function signInAdmin(page: Page, given?: Awaited<ReturnType<typeof newStaff>>) {
  const admin = given ?? (await newStaff('admin'));
  await fromOwnAddress(page);
  await signIn(page, admin.email);
  const totp = await setUpTwoFactor(page);
  await expect(page).toHaveURL(/\/admin$/);
  return { ...admin, totp };
}
