import { expect, test } from '@playwright/test';
import { peakMemoryOfServerMb } from '../support/memory';
import { writeEmptyRowsWorkbook } from '../support/workbooks';
import { startServer } from '@/scripts/lib/server';
import { newStaff, signInAdmin } from '../support/staff';
import { openDatabase } from '@/db/client';
import { testDb } from '../support/e2e-db';
import { expectNoAxeViolations } from '../support/page-checks';

const HEADER =
  'submitted_on;target_group;team;meeting_channel;guidance_helps;guidance_knowledge;clear_purpose;min_plan_use;min_plan_overview;resources_included;professionals_cooperate;comment';
const countIn2018 = () =>
  (
    testDb()
      .$client.prepare("SELECT COUNT(*) AS n FROM responses WHERE submitted_on LIKE '2018-%' AND source = 'import'")
      .get() as { n: number }
  ).n;

test('an admin imports a good file, and a file with one bad row imports nothing and names the row', async ({
  page,
}) => {
  await signInAdmin(page);
  await page.goto('/admin/import');
  await expectNoAxeViolations(page);
  const before = countIn2018();

  const bad = [
    HEADER,
    '2018-03-01;dagpenge;;phone;4;5;4;yes;5;4;4;',
    '2018-02-30;dagpenge;;;4;;;;;;;',
    '2018-03-02;dagpenge;;;;;;no;4;;;',
  ].join('\n');
  await page.getByLabel('Fil').setInputFiles({ name: 'gammel.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Importér' }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('Linje 3');
  await expect(problems).toContainText('2018-02-30');
  await expect(problems).toContainText('Linje 4');
  expect(countIn2018()).toBe(before);

  const good =
    '\uFEFF' +
    [
      HEADER,
      '2018-03-01;dagpenge;;phone;4;5;4;yes;5;4;4;',
      '2018-03-02;integration;;in_person;dk;2;;unknown;;3;;"Tak, ""godt"" forløb"',
    ].join('\r\n');
  await page.getByLabel('Fil').setInputFiles({ name: 'gammel.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(page.getByTestId('import-done')).toContainText('2 besvarelser er importeret.');
  expect(countIn2018()).toBe(before + 2);
  const row = testDb()
    .$client.prepare("SELECT * FROM responses WHERE submitted_on = '2018-03-02' AND source = 'import'")
    .get() as Record<string, unknown>;
  expect(row).toMatchObject({
    target_group: 'integration',
    guidance_helps: 0,
    guidance_knowledge: 2,
    min_plan_use: 'unknown',
    comment: 'Tak, "godt" forløb',
  });
  await expectNoAxeViolations(page);
});

test('an upload of 14 million empty rows is refused with the reason, and the server stays up in bounded memory', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const manyRows = testInfo.outputPath('fourteen-million-rows.xlsx');
  await writeEmptyRowsWorkbook(manyRows, 14_000_000);
  // More than the 510 MB cap once unpacked, and still under the upload's 1 MB.
  const overCap = testInfo.outputPath('over-the-cap.xlsx');
  await writeEmptyRowsWorkbook(overCap, 86_000_000);
  // A server of its own with a small heap, as the one that fell over: reading the sheet whole would crash it.
  // It gets a copy of the database, since a server's start purges old comments other tests still read.
  const admin = await newStaff('admin');
  const file = testInfo.outputPath('copy.db');
  await testDb().$client.backup(file);
  const copy = openDatabase(file);
  const importedOn = () =>
    (
      copy.$client
        .prepare("SELECT COUNT(*) AS n FROM responses WHERE submitted_on = '2022-03-14' AND source = 'import'")
        .get() as { n: number }
    ).n;
  const before = importedOn();
  const server = await startServer(file, {
    port: 3190 + testInfo.parallelIndex,
    env: { NODE_OPTIONS: '--max-old-space-size=300' },
  });
  const context = await browser.newContext({ baseURL: server.url, locale: 'da-DK' });
  try {
    const page = await context.newPage();
    await signInAdmin(page, admin);
    await page.goto('/admin/import');
    const problems = page.getByTestId('import-problems');

    await page.getByLabel('Fil').setInputFiles(manyRows);
    await page.getByRole('button', { name: 'Importér' }).click();
    await expect(problems).toHaveText(
      'Filen har mere end 100.000 rækker, og der kan højst importeres 100.000 ad gangen. Tomme rækker med formatering tæller også med: slet rækkerne under dine data, eller del filen op i flere.',
    );

    await page.getByLabel('Fil').setInputFiles(overCap);
    await page.getByRole('button', { name: 'Importér' }).click();
    await expect(problems).toHaveText(
      'Regnearket fylder mere end 510 MB, når det er pakket ud, og det er mere, end der kan importeres ad gangen. Slet tomme rækker og kolonner med formatering, eller del regnearket op i flere filer.',
    );

    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(peakMemoryOfServerMb(server.pid)).toBeLessThan(600);
    expect(importedOn()).toBe(before);
  } finally {
    await context.close();
    await server.kill();
    copy.$client.close();
  }
});
