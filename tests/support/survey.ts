import { expect, type Page } from '@playwright/test';

/** The Danish survey's questions and fields, as a citizen reads them. */
export const da = {
  clearPurpose: 'Der er et klart formål med mine samtaler i Jobcentret.',
  guidanceHelps: 'Den vejledning, jeg får i Jobcentret, kan hjælpe mig i job eller uddannelse.',
  minPlanUse: 'Bruger du Min Plan?',
  minPlanOverview: 'Min Plan giver mig overblik over min plan og retning mod job eller uddannelse.',
  channel: 'Hvordan foregik din seneste samtale?',
  comment: 'Er der andet, du vil fortælle os? (valgfrit)',
  submit: 'Send svar',
};

const en = {
  clearPurpose: 'My meetings at the jobcentre have a clear purpose.',
  comment: 'Anything else you want to tell us? (optional)',
  submit: 'Send answers',
};

/** True once React has taken over the survey form (hydrated it). */
export const hydrated = (page: Page) =>
  page.evaluate(() =>
    Object.keys(document.querySelector('form:has(input[name="token"])') ?? {}).some((key) => key.startsWith('__react')),
  );

/**
 * Waits until the survey page's script runs. A kept survey page loads its scripts on first use
 * (scripts/lib/first-use.ts), so this uses the page first, as a citizen does: a click on its heading.
 * For tests of what the script does; a citizen who answers sooner is served as without JavaScript.
 */
export async function scriptsRunning(page: Page) {
  await page.getByRole('heading', { level: 1 }).click();
  await expect.poll(() => hydrated(page)).toBe(true);
}

/** A question of the survey, by its legend. */
export const question = (page: Page, legend: string) => page.getByRole('group', { name: legend });

/**
 * A citizen in the browser: opens the survey at `url`, answers the clear-purpose question with
 * `choice` (and a comment, if given) and sends it. What follows is the caller's to check.
 */
export async function answerInBrowser(
  page: Page,
  url: string,
  choice: string,
  { comment, language = 'da' }: { comment?: string; language?: 'da' | 'en' } = {},
) {
  const labels = { da, en }[language];
  await page.goto(url);
  await question(page, labels.clearPurpose).getByLabel(choice, { exact: true }).check();
  if (comment !== undefined) await page.getByLabel(labels.comment).fill(comment);
  await page.getByRole('button', { name: labels.submit }).click();
}
