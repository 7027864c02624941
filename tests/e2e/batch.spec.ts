import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dateInWords } from '@/lib/dates';
import type { Locale } from '@/lib/locales';
import { language } from '../support/languages';
import { signInAs } from '../support/staff';
import { ensureTeam, testDb } from '../support/e2e-db';
import { expectNoAxeViolations } from '../support/page-checks';

async function signInCaseworker(page: Page) {
  ensureTeam('syd', 'Team Syd');
  return (await signInAs(page, 'caseworker', { team: 'nord' })).id;
}

const createdBy = (id: string) =>
  (testDb().$client.prepare('SELECT count(*) AS n FROM invitations WHERE created_by = ?').get(id) as { n: number }).n;

async function upload(page: Page, content: string) {
  await page
    .getByLabel('CSV-fil')
    .setInputFiles({ name: 'borgere.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('button', { name: 'Tjek og opret invitationer' }).click();
}

async function downloadedRows(page: Page): Promise<string[][]> {
  const href = (await page.getByTestId('batch-download').getAttribute('href'))!;
  const csv = Buffer.from(href.split(',')[1]!, 'base64').toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = csv
    .slice(1)
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'));
  expect(header).toEqual(['url', 'code', 'expires_at', 'expires', 'email', 'language', 'target_group', 'team']);
  // The expiry also as the day in words, in Copenhagen and in the invitation's language.
  for (const row of rows) expect(row[3]).toBe(dateInWords(new Date(row[2]!), row[5] as Locale));
  return rows;
}

test('a file with a bad row creates nothing and names the row', async ({ page }) => {
  const id = await signInCaseworker(page);
  await upload(page, 'target_group;language\ndagpenge;da\nfindes_ikke;da\nintegration;fr\n');
  const problems = page.getByTestId('batch-problems');
  await expect(problems).toContainText('Linje 3: målgruppen "findes_ikke" findes ikke');
  await expect(problems).toContainText('Linje 4: sproget skal være da eller en, ikke "fr"');
  await expect(page.getByText('Filen blev ikke brugt. Intet er oprettet')).toBeVisible();
  expect(createdBy(id)).toBe(0);
  await expectNoAxeViolations(page);
});

test('a good file creates all, and the CSV has one working link per row', async ({ page, browser }) => {
  const id = await signInCaseworker(page);
  await upload(
    page,
    '\uFEFFtarget_group,language\r\ndagpenge,da\r\nintegration,en\r\nsygedagpenge,da\r\nintegration,uk\r\nintegration,ar\r\ndagpenge,let\r\n',
  );
  await expect(page.getByText('6 invitationer er oprettet.')).toBeVisible();
  expect(createdBy(id)).toBe(6);
  const rows = await downloadedRows(page);
  expect(rows.map((row) => [row[5], row[6]])).toEqual([
    ['da', 'dagpenge'],
    ['en', 'integration'],
    ['da', 'sygedagpenge'],
    ['uk', 'integration'],
    ['ar', 'integration'],
    ['let', 'dagpenge'],
  ]);
  const citizen = await browser.newPage({ locale: 'da-DK' });
  for (const [url, code, , , , locale] of rows) {
    const { prefix, messages } = language(locale as Locale);
    expect(url).toContain(`${prefix}/s/${code}`);
    await citizen.goto(url!);
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(messages.Survey.heading);
  }
  await citizen.close();
  await page.reload();
  await expect(page.getByTestId('my-invitations').getByRole('row', { name: /Flere ad gangen/ })).toHaveCount(6);
});

test('N links for one group', async ({ page }) => {
  const id = await signInCaseworker(page);
  await page.getByLabel('Målgruppe for alle links').selectOption({ label: 'Revalidering' });
  await page.getByLabel('Antal links').fill('5');
  await page.getByRole('button', { name: 'Opret links' }).click();
  await expect(page.getByText('5 invitationer er oprettet.')).toBeVisible();
  expect(createdBy(id)).toBe(5);
  const rows = await downloadedRows(page);
  expect(rows).toHaveLength(5);
  expect(new Set(rows.map((row) => row[1])).size).toBe(5);
  expect(rows.every((row) => row[6] === 'revalidering')).toBe(true);
  // The caseworker's own team unless another is chosen; the form keeps its choices.
  expect(rows.every((row) => row[7] === 'nord')).toBe(true);
  await expect(page.getByLabel('Målgruppe for alle links')).toHaveValue('revalidering');
  await expect(page.getByLabel('Antal links')).toHaveValue('5');
});

test('a batch gets the team chosen for it; no target group is a field error, not a row problem', async ({ page }) => {
  const id = await signInCaseworker(page);
  await page.getByRole('button', { name: 'Opret links' }).click();
  const problems = page.getByTestId('batch-problems');
  await expect(problems.getByRole('link', { name: 'Vælg en målgruppe fra listen' })).toBeVisible();
  await expect(problems).not.toContainText('findes ikke');
  await expect(page.locator('#batch-targetGroup-error')).toContainText('Vælg en målgruppe fra listen');
  expect(createdBy(id)).toBe(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('Målgruppe for alle links').selectOption('dagpenge');
  await page.getByLabel('Team for alle links').selectOption('syd');
  await page.getByLabel('Antal links').fill('2');
  await page.getByRole('button', { name: 'Opret links' }).click();
  await expect(page.getByText('2 invitationer er oprettet.')).toBeVisible();
  expect((await downloadedRows(page)).map((row) => row[7])).toEqual(['syd', 'syd']);
  await page.getByLabel('Team for alle links').selectOption('');
  await page.getByRole('button', { name: 'Opret links' }).click();
  await expect(page.getByText('2 invitationer er oprettet.')).toBeVisible();
  await expect.poll(async () => (await downloadedRows(page)).map((row) => row[7])).toEqual(['', '']);
});

test('the CSV template downloads, and uploaded as it is it creates its example rows', async ({ page }) => {
  await signInCaseworker(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hent en skabelon til filen (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('invitationer-skabelon.csv');
  const template = fs.readFileSync((await download.path())!, 'utf8');
  expect(template.startsWith('\uFEFFemail;target_group;language;team\r\n')).toBe(true);
  await upload(page, template);
  await expect(page.getByText('1 invitation er oprettet.')).toBeVisible();
});
