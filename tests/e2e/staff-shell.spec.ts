import { expect, test, type Page } from '@playwright/test';
import { signInAdmin, signInAs } from '../support/staff';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';

/** The staff's own shell: header with person, role and sign-out; navigation by role; breadcrumbs; footer. */

const CITIZEN_FOOTER = 'Dine svar påvirker ikke din sag';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

test('a manager works in the staff shell: who is signed in, a menu for the role, sign-out in the header', async ({
  page,
}) => {
  const staff = await signInAs(page, 'manager');
  const header = page.getByRole('banner');
  await expect(header).toContainText('Lyngby-Taarbæk Kommune');
  await expect(header.getByTestId('signed-in-person')).toHaveText(`${staff.name}, leder`);
  await expect(mainMenu(page).getByRole('link')).toHaveText(['Invitationer', 'Resultater', 'Konto']);
  await expect(mainMenu(page).getByRole('link', { name: 'Resultater' })).toHaveAttribute('aria-current', 'page');
  // Not the citizen's header and footer.
  await expect(page.locator('body')).not.toContainText(CITIZEN_FOOTER);
  await expect(page.getByRole('contentinfo')).toContainText('Kontakt din administrator');

  // A nested page: breadcrumbs back up, and its section marked in the menu.
  await page.getByRole('link', { name: /Kvartalsrapport til udvalget/ }).click();
  await expect(page).toHaveURL(/\/resultater\/rapport/);
  const crumbs = page.getByRole('navigation', { name: 'Brødkrumme' });
  await expect(crumbs.getByRole('link')).toHaveText(['Resultater']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Kvartalsrapport');
  await expect(mainMenu(page).getByRole('link', { name: 'Resultater' })).toHaveAttribute('aria-current', 'true');

  await header.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/log-ind\?ud=1$/);
  await expect(page.getByRole('banner').getByTestId('signed-in-person')).toHaveCount(0);
  await expect(mainMenu(page)).toHaveCount(0);
});

test('at 320 px the whole menu and sign-out stay in reach, with nothing sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, 'caseworker');
  for (const name of ['Invitationer', 'Konto']) await expect(mainMenu(page).getByRole('link', { name })).toBeVisible();
  await expect(mainMenu(page).getByRole('link', { name: 'Resultater' })).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('an admin sees Administration in the menu; a page that is not there answers inside the shell', async ({
  page,
}) => {
  const admin = await signInAdmin(page);
  await expect(mainMenu(page).getByRole('link')).toHaveText(['Invitationer', 'Resultater', 'Administration', 'Konto']);
  await page.goto('/invitationer/forsendelse/999999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  await expect(page.getByRole('banner').getByTestId('signed-in-person')).toHaveText(`${admin.name}, administrator`);
  await expectNoAxeViolations(page);
});

test('citizens keep their own header and footer', async ({ page }) => {
  await page.goto('/s');
  await expect(page.getByRole('contentinfo')).toContainText(CITIZEN_FOOTER);
  await expect(mainMenu(page)).toHaveCount(0);
  await expect(page.getByRole('banner').getByTestId('signed-in-person')).toHaveCount(0);
});
