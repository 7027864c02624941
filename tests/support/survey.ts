import type { Page } from '@playwright/test';

const LABELS = {
  da: {
    question: 'Der er et klart formål med mine samtaler i Jobcentret.',
    comment: 'Er der andet, du vil fortælle os? (valgfrit)',
    submit: 'Send svar',
  },
  en: {
    question: 'My meetings at the jobcentre have a clear purpose.',
    comment: 'Anything else you want to tell us? (optional)',
    submit: 'Send answers',
  },
};

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
  const labels = LABELS[language];
  await page.goto(url);
  await page.getByRole('group', { name: labels.question }).getByLabel(choice, { exact: true }).check();
  if (comment !== undefined) await page.getByLabel(labels.comment).fill(comment);
  await page.getByRole('button', { name: labels.submit }).click();
}
