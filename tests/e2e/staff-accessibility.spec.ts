import { expect, test } from '@playwright/test';
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

for (const prefix of ['', '/en']) {
  const language = prefix ? 'English' : 'Danish';

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
    await expect(page.getByTestId('totp-secret')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`admin pages in ${language}: axe finds no violation, no sideways scroll at 320 px`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAdmin(page);
    const person = await newStaff('caseworker', { team: 'nord' });
    for (const path of [...ADMIN_PAGES, `/admin/personer/${person.id}`]) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${prefix}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'en' : 'da');
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page);
    }
    // A form's error summary and messages on a person's page.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}/admin/personer/ny`);
    await page.getByRole('button', { name: prefix ? 'Add person' : 'Opret person' }).click();
    await expect(page.locator('.alert-error')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
