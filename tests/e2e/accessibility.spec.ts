import { expect, test, type Page } from '@playwright/test';
import { newCode } from '../support/e2e-db';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';

type State = { name: string; open: (page: Page, prefix: string) => Promise<void> };

const submitLabel = { '': 'Send svar', '/en': 'Send answers' } as Record<string, string>;

const states: State[] = [
  { name: 'front page', open: async (page, prefix) => void (await page.goto(`${prefix}/`)) },
  { name: 'survey', open: async (page, prefix) => void (await page.goto(`${prefix}/s/${newCode()}`)) },
  {
    name: 'survey with errors',
    open: async (page, prefix) => {
      await page.goto(`${prefix}/s/${newCode()}`);
      await page.getByRole('button', { name: submitLabel[prefix] }).click();
      await expect(page.locator('.alert-error')).toBeVisible();
    },
  },
  {
    name: 'thank-you page',
    open: async (page, prefix) => {
      await page.goto(`${prefix}/s/${newCode()}`);
      await page.locator('input[type=radio]').first().check();
      await page.getByRole('button', { name: submitLabel[prefix] }).click();
      await expect(page).toHaveURL(/\/s\/tak$/);
    },
  },
  {
    name: 'used token',
    open: async (page, prefix) => {
      const code = newCode();
      await page.goto(`${prefix}/s/${code}`);
      await page.locator('input[type=radio]').first().check();
      await page.getByRole('button', { name: submitLabel[prefix] }).click();
      await expect(page).toHaveURL(/\/s\/tak$/);
      await page.goto(`${prefix}/s/${code}`);
    },
  },
  {
    name: 'expired token',
    open: async (page, prefix) =>
      void (await page.goto(
        `${prefix}/s/${newCode({ expiresInDays: 1, now: new Date(Date.now() - 2 * 86_400_000) })}`,
      )),
  },
  { name: 'unknown token', open: async (page, prefix) => void (await page.goto(`${prefix}/s/ABCD-EFGH-JKMN-PQRS`)) },
  { name: 'code page', open: async (page, prefix) => void (await page.goto(`${prefix}/s`)) },
  { name: 'code page with error', open: async (page, prefix) => void (await page.goto(`${prefix}/s?code=abc`)) },
  { name: 'privacy page', open: async (page, prefix) => void (await page.goto(`${prefix}/privatliv`)) },
  {
    name: 'accessibility statement',
    open: async (page, prefix) => void (await page.goto(`${prefix}/tilgaengelighed`)),
  },
  { name: 'not-found page', open: async (page, prefix) => void (await page.goto(`${prefix}/findes-ikke`)) },
];

for (const prefix of ['', '/en']) {
  const language = prefix === '' ? 'Danish' : 'English';
  for (const state of states) {
    test(`${state.name} in ${language}: axe finds no violation`, async ({ page }) => {
      await state.open(page, prefix);
      await expect(page.locator('html')).toHaveAttribute('lang', prefix === '' ? 'da' : 'en');
      await expect(page).toHaveTitle(/\S/);
      await expect(page.getByRole('contentinfo').getByRole('link')).toHaveCount(2);
      await expectNoAxeViolations(page);
    });

    test(`${state.name} in ${language}: no horizontal scroll at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await state.open(page, prefix);
      await expectNoHorizontalScroll(page);
    });
  }
}

// axe needs JavaScript in the page, so this emulates a browser without it by
// blocking the app's scripts: the page stays exactly as the server sent it.
test.describe('as served without JavaScript', () => {
  for (const prefix of ['', '/en']) {
    test(`survey with errors after a no-JS submit (${prefix || '/'}): axe finds no violation`, async ({ page }) => {
      await page.route('**/_next/static/**/*.js', (route) => route.abort());
      await page.goto(`${prefix}/s/${newCode()}`);
      await page.getByRole('button', { name: submitLabel[prefix] }).click();
      await expect(page).toHaveTitle(/^(Fejl|Error): /);
      await expect(page.locator('.alert-error')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
