import { expect, test, type Page } from '@playwright/test';
import { testDb } from './e2e-db';
import { newStaff, setUpTwoFactor, signIn } from './staff';

/** For the sign-in hardening tests: addresses of their own, the audit log, staff with two-factor on. */

/** An address no other test uses, so that no other test's failures count here. */
export const ownAddress = () =>
  `10.${test.info().workerIndex + 1}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

export async function fromAddress(page: Page, address = ownAddress()) {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': address });
  return address;
}

export const auditCounts = (email: string) =>
  Object.fromEntries(
    (
      testDb()
        .$client.prepare('SELECT action, COUNT(*) AS n FROM audit_log WHERE actor_email = ? GROUP BY action')
        .all(email) as {
        action: string;
        n: number;
      }[]
    ).map((row) => [row.action, row.n]),
  );

export const userId = (email: string) =>
  (testDb().$client.prepare('SELECT id FROM user WHERE email = ?').get(email) as { id: string }).id;

/** A staff member with two-factor on, signed out again; returns the TOTP generator. */
export async function withTwoFactor(page: Page, role: 'caseworker' | 'admin' = 'caseworker') {
  const staff = await newStaff(role);
  await signIn(page, staff.email);
  if (role === 'caseworker') {
    await expect(page).toHaveURL(/\/invitationer$/);
    await page.goto('/konto/to-faktor');
  }
  const totp = await setUpTwoFactor(page);
  const { backupCodes } = totp;
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/log-ind\?ud=1$/);
  // A code of the next time step: the one used at set-up is refused as a replay.
  const nextCode = () => totp.generate({ timestamp: Date.now() + 30_000 });
  return { ...staff, totp, nextCode, backupCodes };
}
