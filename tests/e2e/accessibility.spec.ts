import { expect, test, type Page } from '@playwright/test';
import { newCode } from '../support/e2e-db';
import { LANGUAGES, type Language } from '../support/languages';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';

type State = { name: string; open: (page: Page, prefix: string) => Promise<void> };

/** The survey's send button, in the language of the page's prefix. */
const submit = (page: Page, prefix: string) =>
  page.getByRole('button', { name: LANGUAGES.find((entry) => entry.prefix === prefix)!.messages.Survey.submit });

const states: State[] = [
  { name: 'front page', open: async (page, prefix) => void (await page.goto(`${prefix}/`)) },
  { name: 'survey', open: async (page, prefix) => void (await page.goto(`${prefix}/s/${newCode()}`)) },
  {
    name: 'survey with errors',
    open: async (page, prefix) => {
      await page.goto(`${prefix}/s/${newCode()}`);
      await submit(page, prefix).click();
      await expect(page.locator('.alert-error')).toBeVisible();
    },
  },
  {
    name: 'thank-you page',
    open: async (page, prefix) => {
      await page.goto(`${prefix}/s/${newCode()}`);
      await page.locator('input[type=radio]').first().check();
      await submit(page, prefix).click();
      await expect(page).toHaveURL(/\/s\/tak$/);
    },
  },
  {
    name: 'used token',
    open: async (page, prefix) => {
      const code = newCode();
      await page.goto(`${prefix}/s/${code}`);
      await page.locator('input[type=radio]').first().check();
      await submit(page, prefix).click();
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

/** Every citizen page in every language: the language, direction and title, axe at 1280 px, nothing sideways at 320. */
function checkState(state: State, { prefix, name, tag, dir }: Language) {
  test(`${state.name} in ${name}: axe finds no violation; nothing sideways at 320 px`, async ({ page }) => {
    await state.open(page, prefix);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.getByRole('contentinfo').getByRole('link')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });
}

for (const language of LANGUAGES) for (const state of states) checkState(state, language);

// axe needs JavaScript in the page, so this emulates a browser without it by
// blocking the app's scripts: the page stays exactly as the server sent it.
test.describe('as served without JavaScript', () => {
  for (const { prefix, messages } of LANGUAGES) {
    test(`survey with errors after a no-JS submit (${prefix || '/'}): axe finds no violation`, async ({ page }) => {
      await page.route('**/_next/static/**/*.js', (route) => route.abort());
      await page.goto(`${prefix}/s/${newCode()}`);
      await submit(page, prefix).click();
      const escaped = messages.Survey.errorTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(page).toHaveTitle(new RegExp(`^${escaped}`));
      await expect(page.locator('.alert-error')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
