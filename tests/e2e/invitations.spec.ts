import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { signInAs } from '../support/staff';
import { invitationState, testDb } from '../support/e2e-db';
import { createInvitations } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';
import { answerInBrowser } from '../support/survey';

/** Signed in with team nord, on the invitations page (a manager lands on the results first). */
async function signInTo(page: Page, role: 'caseworker' | 'manager') {
  const staff = await signInAs(page, role, { team: 'nord' });
  if (role === 'manager') await page.goto('/invitationer');
  return staff;
}

async function makeInvitation(page: Page, group = 'Sygedagpengemodtagere', language: 'Dansk' | 'Engelsk' = 'Dansk') {
  await page.getByLabel('Målgruppe', { exact: true }).selectOption({ label: group });
  await page.getByRole('group', { name: 'Borgerens sprog' }).getByLabel(language, { exact: true }).check();
  await page.getByRole('button', { name: 'Opret invitation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Invitationen er klar' })).toBeVisible();
  return {
    link: (await page.getByTestId('invitation-link').textContent())!,
    code: (await page.getByTestId('invitation-code').textContent())!,
  };
}

test('a caseworker makes an invitation: link, code and a QR code that decodes to the link', async ({ page }) => {
  await signInTo(page, 'caseworker');
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue('nord');
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
  await expect(page.getByTestId('my-rate')).toHaveText(
    /^Din svarprocent i \d\. kvartal \d{4} indtil nu: 100,0\s% \(1 af 1 besvaret\)\.$/,
  );
});

test('the form keeps its choices for the next citizen, and a batch takes the place of the old card', async ({
  page,
}) => {
  await signInTo(page, 'caseworker');
  await page.getByLabel('Team', { exact: true }).selectOption('');
  await page.getByLabel('Udløber efter (dage)').fill('14');
  await makeInvitation(page, 'Revalidering', 'Engelsk');
  await expect(page.getByLabel('Målgruppe', { exact: true })).toHaveValue('revalidering');
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue('');
  await expect(page.getByRole('group', { name: 'Borgerens sprog' }).getByLabel('Engelsk')).toBeChecked();
  await expect(page.getByLabel('Udløber efter (dage)')).toHaveValue('14');
  await expect(page.getByTestId('print-card')).toHaveCount(1);

  await page.getByLabel('Målgruppe for alle links').selectOption({ label: 'Revalidering' });
  await page.getByLabel('Antal links').fill('2');
  await page.getByRole('button', { name: 'Opret links' }).click();
  await expect(page.getByText('2 invitationer er oprettet.')).toBeVisible();
  // Taking the old card's place, the batch's result still gets the focus, for a screen reader.
  await expect(page.locator('.alert-success', { hasText: '2 invitationer er oprettet.' })).toBeFocused();
  await expect(page.getByTestId('print-card')).toHaveCount(0);
  await expect(page.getByTestId('invitation-link')).toHaveCount(0);
  // And the other way round: a new single invitation hides the batch's result.
  await makeInvitation(page, 'Revalidering');
  await expect(page.getByText('2 invitationer er oprettet.')).toHaveCount(0);
  await expect(page.locator('.invitation-result')).toBeFocused();
});

test('"Mine invitationer" comes 50 a page, filtered by status and quarter, and reads at 320 px', async ({ page }) => {
  const staff = await signInTo(page, 'caseworker');
  const id = (testDb().$client.prepare('SELECT id FROM user WHERE email = ?').get(staff.email) as { id: string }).id;
  const made = createInvitations(testDb(), { targetGroup: 'dagpenge', channel: 'link', count: 55, createdBy: id });
  submitResponse(testDb(), made[0]!.token, { clear_purpose: '4' }, 'da');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Mine invitationer' }).getByRole('status')).toHaveText(
    'Viser 1–50 af 55 invitationer.',
  );
  await expect(page.getByTestId('my-invitations').locator('tbody tr')).toHaveCount(50);
  await expect(page.getByTestId('pager-position')).toHaveText('Side 1 af 2');
  await page.getByRole('link', { name: 'Næste side' }).click();
  await expect(page).toHaveURL(/side=2/);
  await expect(page.getByRole('region', { name: 'Mine invitationer' }).getByRole('status')).toHaveText(
    'Viser 51–55 af 55 invitationer.',
  );
  await expect(page.getByTestId('my-invitations').locator('tbody tr')).toHaveCount(5);

  const filter = page.getByRole('search');
  await filter.getByLabel('Status').selectOption({ label: 'Besvaret' });
  await filter.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/status=answered/);
  await expect(page.getByRole('region', { name: 'Mine invitationer' }).getByRole('status')).toHaveText(
    'Viser 1–1 af 1 invitation.',
  );
  await expect(page.getByTestId('my-invitations').locator('tbody tr')).toContainText(['Besvaret']);
  await expect(page.getByTestId('pager-position')).toHaveCount(0);

  // The quarter before this one: none of them.
  await filter.getByLabel('Oprettet i').selectOption({ index: 2 });
  await filter.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('region', { name: 'Mine invitationer' }).getByRole('status')).toHaveText(
    'Ingen af dine invitationer passer til det valgte. Vælg en anden status eller periode.',
  );
  await expectNoAxeViolations(page);

  await page.goto('/invitationer');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('printing marks the card channel; the print layout shows the card alone', async ({ page }) => {
  await signInTo(page, 'caseworker');
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
  await expect(page.getByRole('button', { name: 'Opret invitation', exact: true })).toBeHidden();
  await expect(page.getByTestId('print-card')).toContainText('How do you experience the jobcentre?');
  await page.emulateMedia({ media: 'screen' });
});

test('a caseworker sees only their own invitations; a manager also sees rates per team and group', async ({
  page,
  browser,
}) => {
  await signInTo(page, 'caseworker');
  await makeInvitation(page, 'Revalidering');
  await expect(page.getByTestId('my-invitations').getByRole('row')).toHaveCount(2);

  const other = await browser.newPage({ locale: 'da-DK' });
  await signInTo(other, 'caseworker');
  // One line says it: no rate, no filter, no empty table.
  await expect(other.getByRole('region', { name: 'Mine invitationer' }).locator('p')).toHaveText([
    'Du har ikke lavet nogen invitationer endnu.',
  ]);
  await expect(other.getByTestId('my-rate')).toHaveCount(0);
  await expect(other.getByRole('search')).toHaveCount(0);
  await expect(other.getByRole('heading', { name: /Svarprocent pr. team/ })).toHaveCount(0);
  await other.close();

  const manager = await browser.newPage({ locale: 'da-DK' });
  await signInTo(manager, 'manager');
  await expect(manager.getByRole('heading', { name: /Svarprocent pr. team og målgruppe/ })).toBeVisible();
  await expect(manager.getByRole('table', { name: 'Pr. team' }).getByRole('row', { name: /Team Nord/ })).toBeVisible();
  await manager.close();
});

test('errors are explained; the page passes axe in both languages and fits 320 px', async ({ page }) => {
  await signInTo(page, 'manager');
  await page.getByLabel('Udløber efter (dage)').fill('400');
  await page.getByRole('button', { name: 'Opret invitation', exact: true }).click();
  await expect(page.locator('.alert-error')).toContainText('Vælg en målgruppe fra listen');
  await expect(page.locator('.alert-error')).toContainText('Skriv et helt tal mellem 1 og 365');
  await expectNoAxeViolations(page);
  await page.goto('/en/invitationer');
  await expectNoAxeViolations(page);
  // The result with its print card, in English.
  await page.getByLabel('Target group', { exact: true }).selectOption('dagpenge');
  await page.getByRole('button', { name: 'Create invitation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The invitation is ready' })).toBeVisible();
  await expect(page.getByTestId('print-card')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
});
