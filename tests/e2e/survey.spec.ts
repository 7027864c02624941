import { expect, test } from '@playwright/test';
import { invitationState, newCode, responsesWithComment } from '../support/e2e-db';
import { keptPage } from '../support/page-checks';
import { da, question, scriptsRunning } from '../support/survey';

test.describe('answering the survey', () => {
  test('in Danish, with the Min Plan follow-up revealed after "Ja"', async ({ page }) => {
    const code = newCode();
    const marker = `da-${code}`;
    await page.goto(`/s/${code}`);
    await scriptsRunning(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveTitle(/^Spørgeskema om din oplevelse af Jobcentret – \S/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvordan oplever du Jobcentret?');
    await expect(page.getByRole('link', { name: 'Læs om, hvordan vi behandler dine svar' })).toHaveAttribute(
      'href',
      '/privatliv',
    );
    // Nothing preselected, "Ved ikke" last.
    await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
    await expect(question(page, da.clearPurpose).getByRole('radio').last()).toHaveAccessibleName(
      'Ved ikke / ikke relevant',
    );

    await expect(question(page, da.minPlanOverview)).toHaveCount(0);
    await question(page, da.minPlanUse).getByLabel('Ja').check();
    await expect(question(page, da.minPlanOverview)).toBeVisible();
    await question(page, da.minPlanOverview).getByLabel('Helt enig').check();
    await question(page, da.guidanceHelps).getByLabel('Enig', { exact: true }).check();
    await question(page, da.clearPurpose).getByLabel('Ved ikke / ikke relevant').check();
    await question(page, da.channel).getByLabel('Telefon').check();
    await page.getByLabel(da.comment).fill(marker);
    const left = new Intl.NumberFormat('da-DK').format(2000 - marker.length);
    await expect(page.locator('#comment-counter')).toHaveText(`Du har ${left} tegn tilbage`);
    await page.getByRole('button', { name: da.submit }).click();

    await expect(page).toHaveURL(/\/s\/tak$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for dine svar');
    await expect(page).toHaveTitle(/^Tak for dine svar – \S/);
    const [row] = responsesWithComment(marker);
    expect(row).toMatchObject({
      language: 'da',
      survey_version: '2023.1',
      target_group: 'dagpenge',
      guidance_helps: 4,
      guidance_knowledge: null,
      clear_purpose: 0,
      min_plan_use: 'yes',
      min_plan_overview: 5,
      meeting_channel: 'phone',
    });
    expect(invitationState(code).answered).toBe(true);
  });

  test('in English under /en', async ({ page }) => {
    const code = newCode();
    const marker = `en-${code}`;
    await page.goto(`/en/s/${code}`);
    await scriptsRunning(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you experience the jobcentre?');
    await question(page, 'My meetings at the jobcentre have a clear purpose.').getByLabel('Strongly agree').check();
    await question(page, 'Do you use Min Plan (My Plan)?').getByLabel('No', { exact: true }).check();
    await page.getByLabel('Anything else you want to tell us? (optional)').fill(marker);
    await page.getByRole('button', { name: 'Send answers' }).click();
    await expect(page).toHaveURL(/\/en\/s\/tak$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your answers');
    expect(responsesWithComment(marker)).toEqual([
      expect.objectContaining({ language: 'en', clear_purpose: 5, min_plan_use: 'no', min_plan_overview: null }),
    ]);
  });

  test('keeps the answers chosen so far across the language switch', async ({ page, request }) => {
    // Both pages as the server keeps them, scripts loading on first use: the English one loads
    // them at once, untouched, as this tab keeps answers for it (nothing here uses it first).
    for (const prefix of ['', '/en']) await keptPage(request, `${prefix}/s/${newCode()}`);
    const code = newCode();
    await page.goto(`/s/${code}`);
    await scriptsRunning(page);
    await question(page, da.clearPurpose).getByLabel('Uenig', { exact: true }).check();
    await page.getByLabel(da.comment).fill('halvvejs');
    await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/s/${code}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      question(page, 'My meetings at the jobcentre have a clear purpose.').getByLabel('Disagree', { exact: true }),
    ).toBeChecked();
    await expect(page.getByLabel('Anything else you want to tell us? (optional)')).toHaveValue('halvvejs');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Dansk', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
    await expect(question(page, da.clearPurpose).getByLabel('Uenig', { exact: true })).toBeChecked();
  });

  test('by keyboard alone', async ({ page }) => {
    const code = newCode();
    const marker = `kbd-${code}`;
    await page.goto(`/s/${code}`);
    // The skip link comes first and leads to the content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Gå til sidens indhold' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Tab to the first question's radios; arrow keys choose within a group.
    const first = question(page, da.guidanceHelps).getByRole('radio');
    for (let i = 0; i < 20 && !(await first.first().evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first.first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(first.first()).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(first.nth(1)).toBeChecked();
    const comment = page.getByLabel(da.comment);
    for (let i = 0; i < 20 && !(await comment.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(comment).toBeFocused();
    await page.keyboard.type(marker);
    // The first Tab was the page's first use: its script has run once the counter counts (so the
    // form is sent by it; sent sooner, it goes as without JavaScript: languages.spec.ts).
    const left = new Intl.NumberFormat('da-DK').format(2000 - marker.length);
    await expect(page.locator('#comment-counter')).toHaveText(`Du har ${left} tegn tilbage`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: da.submit })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/s\/tak$/);
    expect(responsesWithComment(marker)).toEqual([expect.objectContaining({ guidance_helps: 4 })]);
  });

  test('a double click and a resubmit after Back store one response', async ({ page }) => {
    const code = newCode();
    const marker = `double-${code}`;
    await page.goto(`/s/${code}`);
    await scriptsRunning(page);
    await question(page, da.clearPurpose).getByLabel('Helt enig').check();
    await page.getByLabel(da.comment).fill(marker);
    await page.getByRole('button', { name: da.submit }).dblclick();
    await expect(page).toHaveURL(/\/s\/tak$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Tak, du har allerede svaret|Hvordan oplever du Jobcentret\?/,
    );
    const submit = page.getByRole('button', { name: da.submit });
    if (await submit.isVisible()) {
      await question(page, da.clearPurpose).getByLabel('Helt enig').check();
      await page.getByLabel(da.comment).fill(marker);
      await submit.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak, du har allerede svaret');
    }
    expect(responsesWithComment(marker)).toHaveLength(1);
  });
});

test('with storage refused (every cookie blocked) the survey still works with its script', async ({
  page,
  request,
}) => {
  await keptPage(request, `/s/${newCode()}`);
  await page.addInitScript(() =>
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const code = newCode();
  const marker = `no-storage-${code}`;
  await page.goto(`/s/${code}`);
  await scriptsRunning(page);
  await question(page, da.clearPurpose).getByLabel('Enig', { exact: true }).check();
  await page.getByLabel(da.comment).fill(marker);
  const action = page.waitForRequest((sent) => sent.method() === 'POST' && !!sent.headers()['next-action']);
  await page.getByRole('button', { name: da.submit }).click();
  await action;
  await expect(page).toHaveURL(/\/s\/tak$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for dine svar');
  expect(responsesWithComment(marker)).toEqual([expect.objectContaining({ clear_purpose: 4 })]);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers the survey; the follow-up appears after "Ja" and is ignored unless "Ja"', async ({ page }) => {
    const code = newCode();
    const marker = `nojs-${code}`;
    await page.goto(`/s/${code}`);
    // Shown by CSS once "Ja" is chosen: the same without JavaScript as with it.
    await expect(question(page, da.minPlanOverview)).toHaveCount(0);
    await question(page, da.minPlanUse).getByLabel('Ja').check();
    await expect(question(page, da.minPlanOverview)).toBeVisible();
    await expect(
      page.getByText('Svar kun på dette spørgsmål, hvis du har svaret ja til, at du bruger Min Plan.'),
    ).toBeVisible();
    await question(page, da.minPlanOverview).getByLabel('Enig', { exact: true }).check();
    // A change of mind hides it again; its answer is sent but not counted.
    await question(page, da.minPlanUse).getByLabel('Nej').check();
    await expect(question(page, da.minPlanOverview)).toHaveCount(0);
    await question(page, da.guidanceHelps).getByLabel('Helt uenig').check();
    await page.getByLabel(da.comment).fill(marker);
    await page.getByRole('button', { name: da.submit }).click();
    await expect(page).toHaveURL(/\/s\/tak$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for dine svar');
    expect(responsesWithComment(marker)).toEqual([
      expect.objectContaining({ min_plan_use: 'no', min_plan_overview: null, guidance_helps: 1 }),
    ]);
  });

  test('a mistyped address shows the not-found page, in its language, with the way on', async ({ page }) => {
    for (const [path, heading, home] of [
      ['/s/tak/findes-ikke', 'Siden findes ikke', 'Gå til forsiden'],
      ['/en/no-such-page', 'Page not found', 'Go to the front page'],
    ] as const) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('contentinfo').getByRole('link')).toHaveCount(2);
      await page.getByRole('link', { name: home }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading);
    }
  });

  test('an empty submit shows the error summary, keeps the comment and does not hang the server', async ({
    page,
    request,
  }) => {
    const code = newCode();
    await page.goto(`/s/${code}`);
    await page.getByLabel(da.comment).fill('   ');
    await page.getByRole('button', { name: da.submit }).click();
    await expect(page).toHaveTitle(/^Fejl: /);
    const summary = page.locator('.alert-error');
    await expect(summary.getByRole('heading')).toHaveText('Der er et problem');
    await expect(summary.getByRole('link', { name: 'Svar på mindst ét spørgsmål, før du sender' })).toHaveAttribute(
      'href',
      '#guidance_helps-5',
    );
    expect(invitationState(code).answered).toBe(false);
    // The server still answers at once (the known no-JS hang would time out here).
    const health = await request.get('/api/health', { timeout: 5_000 });
    expect(health.status()).toBe(200);

    // The citizen fixes it in the same page and succeeds.
    await question(page, da.clearPurpose).getByLabel('Enig', { exact: true }).check();
    await page.getByLabel(da.comment).fill(`fixed-${code}`);
    await page.getByRole('button', { name: da.submit }).click();
    await expect(page).toHaveURL(/\/s\/tak$/);
    expect(responsesWithComment(`fixed-${code}`)).toHaveLength(1);
  });

  test('a too long comment is refused with the text kept', async ({ page }) => {
    const code = newCode();
    const text = 'x'.repeat(2001);
    await page.goto(`/s/${code}`);
    await question(page, da.clearPurpose).getByLabel('Uenig', { exact: true }).check();
    await page.getByLabel(da.comment).fill(text);
    await page.getByRole('button', { name: da.submit }).click();
    await expect(page).toHaveTitle(/^Fejl: /);
    await expect(
      page.locator('.alert-error').getByRole('link', { name: 'Kommentaren må højst være 2.000 tegn' }),
    ).toHaveAttribute('href', '#comment');
    await expect(page.getByLabel(da.comment)).toHaveValue(text);
    await expect(question(page, da.clearPurpose).getByLabel('Uenig', { exact: true })).toBeChecked();
    expect(invitationState(code).answered).toBe(false);
  });
});

test.describe('errors with JavaScript', () => {
  test('an empty submit focuses the summary, which links to the first question', async ({ page }) => {
    const code = newCode();
    await page.goto(`/en/s/${code}`);
    await scriptsRunning(page);
    await page.getByRole('button', { name: 'Send answers' }).click();
    const summary = page.locator('.alert-error');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await summary.getByRole('link', { name: 'Answer at least one question before you send' }).click();
    await expect(page).toHaveURL(/#guidance_helps-5$/);
    expect(invitationState(code).answered).toBe(false);
  });
});

test.describe('token states', () => {
  test('a used token says thank you, you have already answered', async ({ page }) => {
    const code = newCode();
    await page.goto(`/s/${code}`);
    await question(page, da.clearPurpose).getByLabel('Enig', { exact: true }).check();
    await page.getByRole('button', { name: da.submit }).click();
    await expect(page).toHaveURL(/\/s\/tak$/);
    await page.goto(`/s/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak, du har allerede svaret');
    await page.goto(`/en/s/${code.toLowerCase()}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, you have already answered');
  });

  test('expired and unknown tokens get the same page, revealing nothing', async ({ page }) => {
    const expired = newCode({ expiresInDays: 1, now: new Date(Date.now() - 2 * 86_400_000) });
    await page.goto(`/s/${expired}`);
    const expiredText = await page.locator('main').innerText();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket eller koden virker ikke');
    await page.goto('/s/ABCD-EFGH-JKMN-PQRS');
    expect(await page.locator('main').innerText()).toBe(expiredText);
    await page.goto('/s/not-a-code');
    expect(await page.locator('main').innerText()).toBe(expiredText);
    expect(invitationState(expired).opened).toBe(false);
  });

  test('a lower-case code with look-alikes in the URL opens the survey', async ({ page }) => {
    const code = newCode();
    const typed = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    await page.goto(`/s/${typed}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvordan oplever du Jobcentret?');
    expect(invitationState(code).opened).toBe(true);
  });
});

test.describe('the code start page', () => {
  test('takes a typed code with spaces and look-alikes to the survey', async ({ page }) => {
    const code = newCode();
    await page.goto('/s');
    await expect(page).toHaveTitle(/^Indtast din kode – \S/);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'O').replace(/1/g, 'i')} `;
    await page.getByLabel('Kode').fill(typed);
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvordan oplever du Jobcentret?');
  });

  test('explains a code of the wrong shape and an empty field', async ({ page }) => {
    await page.goto('/en/s');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveTitle(/^Error: Enter your code – \S/);
    await expect(
      page.locator('.alert-error').getByRole('link', { name: 'Enter the code from your card' }),
    ).toBeVisible();
    await page.getByLabel('Code').fill('ABC');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByLabel('Code')).toHaveValue('ABC');
    await expect(page.locator('#code-error')).toContainText('The code must have 16 characters');
  });
});

test.describe('Danish stays the default', () => {
  test.use({ locale: 'en-US' });

  test('a Danish link stays Danish in an English browser', async ({ page }) => {
    const code = newCode();
    await page.goto(`/s/${code}`);
    await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });
});
