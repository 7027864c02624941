import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { newStaff, signIn, fromOwnAddress } from '../support/staff';
import { invitationState } from '../support/e2e-db';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';
import { answerInBrowser } from '../support/survey';

async function signInAs(page: Page, role: 'caseworker' | 'manager') {
  await fromOwnAddress(page);
  const staff = await newStaff(role, { team: 'nord' });
  await signIn(page, staff.email);
  await expect(page).toHaveURL(role === 'manager' ? /\/resultater$/ : /\/invitationer$/);
  if (role === 'manager') await page.goto('/invitationer');
  return staff;
}

async function makeInvitation(page: Page, group = 'Sygedagpengemodtagere', language: 'Dansk' | 'Engelsk' = 'Dansk') {
  await page.getByLabel('Målgruppe', { exact: true }).selectOption({ label: group });
  await page.getByRole('group', { name: 'Borgerens sprog' }).getByLabel(language).check();
  await page.getByRole('button', { name: 'Lav invitation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Invitationen er klar' })).toBeVisible();
  return {
    link: (await page.getByTestId('invitation-link').textContent())!,
    code: (await page.getByTestId('invitation-code').textContent())!,
  };
}

test('a caseworker makes an invitation: link, code and a QR code that decodes to the link', async ({ page }) => {
  await signInAs(page, 'caseworker');
  await expect(page.getByLabel('Team')).toHaveValue('nord');
  // This server has no SMTP settings: the e-mail option is hidden, not broken.
  await expect(page.getByLabel('Borgerens e-mail (valgfri)')).toHaveCount(0);
  const { link, code } = await makeInvitation(page);
  expect(link).toMatch(new RegExp(`^http://localhost:\\d+/s/${code}$`));
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const shot = PNG.sync.read(await page.locator('.print-card .qr-code').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  expect(decoded?.data).toBe(link);

  // The card carries both languages and the code in large print.
  const card = page.getByTestId('print-card');
  await expect(card).toContainText('Hvordan oplever du Jobcentret?');
  await expect(card).toContainText('How do you experience the jobcentre?');
  await expect(card).toContainText(code);
  await expectNoAxeViolations(page);

  // The link works for the citizen, and the follow-up shows the status, not the answers.
  const citizen = await page.context().browser()!.newPage({ locale: 'da-DK' });
  await answerInBrowser(citizen, link, 'Uenig');
  await expect(citizen).toHaveURL(/\/s\/tak$/);
  await citizen.close();
  expect(invitationState(code).answered).toBe(true);
  await page.reload();
  const mine = page.getByTestId('my-invitations');
  await expect(mine.getByRole('row').nth(1)).toContainText('Besvaret');
  await expect(mine).not.toContainText('Uenig');
  await expect(page.getByText(/Svarprocent dette kvartal \(\d{4}-Q\d\): 100\s%/)).toBeVisible();
});

test('printing marks the card channel; the print layout shows the card alone', async ({ page }) => {
  await signInAs(page, 'caseworker');
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await makeInvitation(page, 'Ressourceforløb', 'Engelsk');
  // Wait for the action that marks the card to answer before reloading, or the reload may cancel it.
  const marked = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Udskriv kort' }).click();
  await marked;
  await page.reload();
  await expect(page.getByTestId('my-invitations').getByRole('row').nth(1)).toContainText('Kort');
  await makeInvitation(page, 'Ressourceforløb', 'Engelsk');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-card')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lav invitation', exact: true })).toBeHidden();
  await expect(page.getByTestId('print-card')).toContainText('How do you experience the jobcentre?');
  await page.emulateMedia({ media: 'screen' });
});

test('a caseworker sees only their own invitations; a manager also sees rates per team and group', async ({
  page,
  browser,
}) => {
  await signInAs(page, 'caseworker');
  await makeInvitation(page, 'Revalidering');
  await expect(page.getByTestId('my-invitations').getByRole('row')).toHaveCount(2);

  const other = await browser.newPage({ locale: 'da-DK' });
  await signInAs(other, 'caseworker');
  await expect(other.getByText('Du har ikke lavet nogen invitationer endnu.')).toBeVisible();
  await expect(other.getByRole('heading', { name: /Svarprocent pr. team/ })).toHaveCount(0);
  await other.close();

  const manager = await browser.newPage({ locale: 'da-DK' });
  await signInAs(manager, 'manager');
  await expect(manager.getByRole('heading', { name: /Svarprocent pr. team og målgruppe/ })).toBeVisible();
  await expect(manager.getByRole('table', { name: 'Pr. team' }).getByRole('row', { name: /Team Nord/ })).toBeVisible();
  await manager.close();
});

test('errors are explained; the page passes axe in both languages and fits 320 px', async ({ page }) => {
  await signInAs(page, 'manager');
  await page.getByLabel('Udløber efter (dage)').fill('400');
  await page.getByRole('button', { name: 'Lav invitation', exact: true }).click();
  await expect(page.locator('.alert-error')).toContainText('Vælg en målgruppe fra listen');
  await expect(page.locator('.alert-error')).toContainText('Skriv et helt tal mellem 1 og 365');
  await expectNoAxeViolations(page);
  await page.goto('/en/invitationer');
  await expectNoAxeViolations(page);
  // The result with its print card, in English.
  await page.getByLabel('Target group', { exact: true }).selectOption('dagpenge');
  await page.getByRole('button', { name: 'Make invitation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The invitation is ready' })).toBeVisible();
  await expect(page.getByTestId('print-card')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
});
