import fs from 'node:fs';
import * as OTPAuth from 'otpauth';
import { expect, test, type Page } from '@playwright/test';
import { newStaff, signIn, signInAdmin, fromOwnAddress } from '../support/staff';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';

const ADMIN_PAGES = [
  '/admin',
  '/admin/personer',
  '/admin/personer?q=findes-ikke-nogen',
  '/admin/personer/ny',
  '/admin/maalgrupper',
  '/admin/maalgrupper/ny-maalgruppe',
  '/admin/maalgrupper/dagpenge',
  '/admin/teams',
  '/admin/teams/nyt-team',
  '/admin/teams/nord',
  '/admin/taerskler',
  '/admin/indstillinger',
  '/admin/api-noegler',
  '/admin/log',
];

/** Each page in the language of `prefix`: axe at 1280 px, then at 320 px with nothing sideways. */
async function checkPages(page: Page, prefix: string, paths: string[]) {
  for (const path of paths) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'en' : 'da');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  }
}

for (const prefix of ['', '/en']) {
  const language = prefix ? 'English' : 'Danish';

  test(`the manager's pages in ${language}, at 1280 and 320 px: axe finds no violation, nothing sideways`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await fromOwnAddress(page);
    const manager = await newStaff('manager', { team: 'nord' });
    await signIn(page, manager.email);
    await expect(page).toHaveURL(/\/resultater$/);
    await checkPages(page, prefix, [
      '/invitationer',
      '/resultater',
      '/resultater/rapport',
      '/konto',
      '/konto/to-faktor',
    ]);
  });

  test(`sign-in pages in ${language}: axe finds no violation`, async ({ page }) => {
    await fromOwnAddress(page);
    await page.goto(`${prefix}/log-ind`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: prefix ? 'Sign in' : 'Log ind' }).click();
    await expect(page.locator('.alert-error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/log-ind/to-faktor`);
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/ingen-adgang`);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/log-ind', '/log-ind/to-faktor', '/log-ind/sso-fejl', '/ingen-adgang']) {
      await page.goto(`${prefix}${path}`);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    }
  });

  test(`account and two-factor set-up in ${language}: axe finds no violation`, async ({ page }) => {
    await fromOwnAddress(page);
    const staff = await newStaff('caseworker');
    await signIn(page, staff.email);
    await expect(page).toHaveURL(/\/invitationer$/);
    await page.goto(`${prefix}/konto`);
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/konto/to-faktor`);
    await expectNoAxeViolations(page);
    await page.getByLabel(prefix ? 'Password' : 'Adgangskode').fill(staff.password);
    await page.getByRole('button', { name: prefix ? 'Continue' : 'Fortsæt' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await expectNoAxeViolations(page);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
    await page.getByLabel(prefix ? 'One-time code' : 'Engangskode').fill(totp.generate());
    await page.getByRole('button', { name: prefix ? 'Turn on' : 'Slå til' }).click();
    // The confirmation, with the backup codes explained and as a file to keep.
    await expect(page.getByTestId('two-factor-on')).toBeVisible();
    await expectNoAxeViolations(page);
    const codes = await page.getByTestId('backup-codes').locator('code').allTextContents();
    expect(codes).toHaveLength(10);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: prefix ? /Download the backup codes/ : /Hent reservekoderne/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(prefix ? 'vaerdig-backup-codes.txt' : 'vaerdig-reservekoder.txt');
    const file = fs.readFileSync((await download.path())!, 'utf8');
    for (const code of codes) expect(file).toContain(`\r\n${code}\r\n`);
    await page.getByRole('link', { name: prefix ? 'Continue' : 'Fortsæt' }).click();
    await expect(page).toHaveURL(/\/invitationer$/);
  });

  test(`admin pages in ${language}: axe finds no violation, no sideways scroll at 320 px`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAdmin(page);
    const person = await newStaff('caseworker', { team: 'nord' });
    await checkPages(page, prefix, [...ADMIN_PAGES, `/admin/personer/${person.id}`]);
    // A form's error summary and messages on a person's page.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}/admin/personer/ny`);
    await page.getByRole('button', { name: prefix ? 'Add person' : 'Opret person' }).click();
    await expect(page.locator('.alert-error')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
