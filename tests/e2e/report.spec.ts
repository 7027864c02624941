import { expect, test } from '@playwright/test';
import { signInAs } from '../support/staff';
import { testDb } from '../support/e2e-db';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';
import { QUARTER, seedQuarter } from '../support/results-data';

test.beforeAll(() => {
  const db = testDb();
  db.$client.transaction(() => seedQuarter(db)).immediate();
});

/** Pages of a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test('the quarterly report prints on at most two A4 pages and fits 1280, 768 and 320 px, in Danish and English', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, 'manager');
  for (const [prefix, heading, headline] of [
    ['', 'Værdig sagsbehandling i Jobcentret', '0 af 5 mål opfyldt i 2. kvartal 2019.'],
    ['/en', 'Dignified case handling at the jobcentre', '0 of 5 goals met in Q2 2019.'],
  ] as const) {
    await page.goto(`${prefix}/resultater/rapport?quarter=${QUARTER}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId('headline')).toContainText(headline);
    // The trend's tables stay in the markup for screen readers, out of the layout.
    await expect(page.getByRole('table', { name: /pr\. kvartal|per quarter/ }).first()).toBeAttached();
    for (const width of [1280, 768, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoHorizontalScroll(page);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = pdfPages(pdf);
    expect(pages, `${prefix || '/'} report`).toBeGreaterThanOrEqual(1);
    expect(pages, `${prefix || '/'} report`).toBeLessThanOrEqual(2);
  }
});

test("the dashboard is read at a glance: how many goals are met, each goal's bar and change, the trend's legend", async ({
  page,
}) => {
  await signInAs(page, 'manager');
  await page.goto(`/resultater?quarter=${QUARTER}`);
  await expect(page.getByTestId('headline')).toHaveText(
    '0 af 5 mål opfyldt i 2. kvartal 2019. 2 mål har for få svar til at blive vurderet.',
  );
  // 10 of 15 against 2 of 20 the quarter before: Newcombe's interval excludes 0.
  await expect(page.getByTestId('change-clear_purpose')).toHaveText(
    /^Siden 1\. kvartal 2019: \+56,7 procentpoint \(95\s%-interval \+24,6 til \+76,2\), klart bedre\.$/,
  );
  await expect(page.getByTestId('change-guidance')).toHaveText(
    'Siden 1. kvartal 2019: kan ikke sammenlignes, for få svar.',
  );
  await expect(page.locator('li[data-goal="clear_purpose"] .threshold-bar')).toBeVisible();
  await expect(page.getByTestId('trend-legend')).toContainText('Fyldt punkt: målet er opfyldt');
  await expect(page.getByTestId('trend-legend')).toContainText('Tomt punkt: målet er ikke opfyldt');
  // The method is folded away below the trend, one click from view.
  const method = page.locator('section.method details');
  await expect(method).not.toHaveAttribute('open');
  await method.locator('summary').click();
  await expect(method).toContainText('Wilson');
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalScroll(page);
  }
  await expectNoAxeViolations(page);
});

test('one period picker: a quarter named as people say it, a single month, one button', async ({ page }) => {
  await signInAs(page, 'manager');
  await page.goto(`/resultater?quarter=${QUARTER}`);
  const picker = page.getByTestId('period-picker');
  await expect(picker.getByRole('button')).toHaveCount(1);
  await expect(picker.getByRole('radio', { name: 'Et kvartal' })).toBeChecked();
  await expect(picker.getByLabel('Kvartal', { exact: true })).toHaveValue(QUARTER);
  await expect(picker.getByLabel('Kvartal', { exact: true }).locator('option:checked')).toHaveText('2. kvartal 2019');
  await picker.getByRole('radio', { name: 'En måned' }).check();
  await picker.getByLabel('Måned', { exact: true }).fill('2019-05');
  await picker.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByTestId('period-shown')).toContainText('Periode: maj 2019');
  await expect(page.getByTestId('period-shown')).toContainText('16 besvarelser i perioden');
  await expect(page.getByTestId('period-picker').getByRole('radio', { name: 'En måned' })).toBeChecked();
});
