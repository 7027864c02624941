import { expect, test } from '@playwright/test';
import { signInAdmin } from './staff';
import { expectNoAxeViolations, testDb } from './support';

const HEADER = 'submitted_on;target_group;team;meeting_channel;guidance_helps;guidance_knowledge;clear_purpose;min_plan_use;min_plan_overview;resources_included;professionals_cooperate;comment';
const countIn2018 = () =>
  (testDb().$client.prepare("SELECT COUNT(*) AS n FROM responses WHERE submitted_on LIKE '2018-%' AND source = 'import'").get() as { n: number }).n;

test('an admin imports a good file, and a file with one bad row imports nothing and names the row', async ({ page }) => {
  await signInAdmin(page);
  await page.goto('/admin/import');
  await expectNoAxeViolations(page);
  const before = countIn2018();

  const bad = [HEADER, '2018-03-01;dagpenge;;phone;4;5;4;yes;5;4;4;', '2018-02-30;dagpenge;;;4;;;;;;;', '2018-03-02;dagpenge;;;;;;no;4;;;'].join('\n');
  await page.getByLabel('Fil').setInputFiles({ name: 'gammel.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Importér' }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('Linje 3');
  await expect(problems).toContainText('2018-02-30');
  await expect(problems).toContainText('Linje 4');
  expect(countIn2018()).toBe(before);

  const good = '\uFEFF' + [HEADER, '2018-03-01;dagpenge;;phone;4;5;4;yes;5;4;4;', '2018-03-02;integration;;in_person;dk;2;;unknown;;3;;"Tak, ""godt"" forløb"'].join('\r\n');
  await page.getByLabel('Fil').setInputFiles({ name: 'gammel.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(page.getByTestId('import-done')).toContainText('2 besvarelser er importeret.');
  expect(countIn2018()).toBe(before + 2);
  const row = testDb().$client.prepare("SELECT * FROM responses WHERE submitted_on = '2018-03-02' AND source = 'import'").get() as Record<string, unknown>;
  expect(row).toMatchObject({ target_group: 'integration', guidance_helps: 0, guidance_knowledge: 2, min_plan_use: 'unknown', comment: 'Tak, "godt" forløb' });
  await expectNoAxeViolations(page);
});
