import { expect, test } from '@playwright/test';
import { createApiToken } from '@/db/queries/api-tokens';
import { ensureTeam, testDb } from '../support/e2e-db';
import { newStaff, signInAdmin } from '../support/staff';

/** A municipality's size: 300 people in 40 teams, every 10th a manager and every 50th (from the 2nd) an admin. */
const PEOPLE = 300;
const TEAMS = 40;
const roleOf = (i: number) => (i % 10 === 0 ? 'manager' : i % 50 === 1 ? 'admin' : 'caseworker');

test('people: 300 staff in 40 teams make one compact page of 50; search by name and e-mail, filters and paging find the right rows', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const run = `Skala${Date.now().toString(36)}`;
  const teamKey = (i: number) => `${run.toLowerCase()}_${i}`;
  for (let i = 0; i < TEAMS; i++) ensureTeam(teamKey(i), `${run} team ${String(i).padStart(2, '0')}`);
  const people: Awaited<ReturnType<typeof newStaff>>[] = [];
  for (let start = 0; start < PEOPLE; start += 10) {
    const batch = Array.from({ length: 10 }, (_, j) => start + j);
    people.push(
      ...(await Promise.all(
        batch.map((i) =>
          newStaff(roleOf(i), { name: `${run} Person ${String(i).padStart(3, '0')}`, team: teamKey(i % TEAMS) }),
        ),
      )),
    );
  }

  await signInAdmin(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/admin/personer?q=${run}`);
  await expect(page.getByRole('status').filter({ hasText: 'personer' })).toHaveText('300 personer');
  await expect(page.locator('tbody tr')).toHaveCount(50);
  await expect(page.getByText('Side 1 af 6')).toBeVisible();
  // Compact: 50 rows of one line each (about 3,200 px in all), not a form per person (the old page grew by ~400 px a person).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(4_500);

  await page.getByRole('link', { name: 'Næste side' }).click();
  await expect(page).toHaveURL(new RegExp(`side=2`));
  await expect(page.getByText('Side 2 af 6')).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText(`${run} Person 050`);
  await page.goto(`/admin/personer?q=${run}&side=6`);
  await expect(page.locator('tbody tr')).toHaveCount(50);
  await expect(page.getByRole('link', { name: 'Næste side' })).toHaveCount(0);

  // By e-mail, typed in any case.
  const wanted = people[123]!;
  await page.goto('/admin/personer');
  await page.getByLabel('Navn eller e-mail').fill(wanted.email.toUpperCase());
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'person' })).toHaveText('1 person');
  await expect(page.getByRole('rowheader')).toHaveText(wanted.name);

  // By part of the name and a role: the form is a plain GET form, so the search has an address.
  await page.getByLabel('Navn eller e-mail').fill(run.toLowerCase());
  await page.getByLabel('Rolle').selectOption('manager');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/rolle=manager/);
  await expect(page.getByRole('status').filter({ hasText: 'personer' })).toHaveText('30 personer');
  const roles = await page.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(roles).toHaveLength(30);
  expect(new Set(roles)).toEqual(new Set(['leder']));

  await page.goto(`/admin/personer?q=${run}&rolle=admin`);
  await expect(page.locator('tbody tr th')).toHaveText(
    [1, 51, 101, 151, 201, 251].map((i) => `${run} Person ${String(i).padStart(3, '0')}`),
  );

  // By team: every 40th person is in team 7.
  await page.goto(`/admin/personer?team=${teamKey(7)}`);
  await expect(page.locator('tbody tr th')).toHaveText(
    [7, 47, 87, 127, 167, 207, 247, 287].map((i) => `${run} Person ${String(i).padStart(3, '0')}`),
  );

  // Nothing found: said plainly, with the way back.
  await page.goto(`/admin/personer?q=${run}-findes-ikke`);
  await expect(page.getByRole('status').filter({ hasText: 'personer' })).toHaveText('Ingen personer');
  await expect(page.getByText('Ingen personer passer til søgningen')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nulstil' })).toHaveAttribute('href', '/admin/personer');

  // The 40 teams: one page, each with its people counted and linked.
  await page.goto(`/admin/teams?q=${run}`);
  await expect(page.getByRole('status').filter({ hasText: 'teams' })).toHaveText('40 teams');
  await expect(page.locator('tbody tr')).toHaveCount(40);
  const team7 = page.getByRole('row', { name: new RegExp(`${run} team 07`) });
  await expect(team7).toContainText(teamKey(7));
  await team7.getByRole('link', { name: '8 personer' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(8);
});

test("a person's role is changed on their own page, and the change is in the audit log", async ({ page }) => {
  test.setTimeout(90_000);
  const person = await newStaff('caseworker', { name: `Rolleskift ${Date.now().toString(36)}` });
  const admin = await signInAdmin(page);
  await page.goto(`/admin/personer?q=${encodeURIComponent(person.email)}`);
  await page.getByRole('link', { name: person.name }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/personer/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);
  await expect(page.getByRole('combobox', { name: 'Rolle' })).toHaveValue('caseworker');
  await page.getByRole('combobox', { name: 'Rolle' }).selectOption('manager');
  await page.getByRole('button', { name: 'Skift rolle' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
  await expect(page.locator('.person-facts')).toContainText('leder');

  const db = testDb().$client;
  expect((db.prepare('SELECT role FROM user WHERE id = ?').get(person.id) as { role: string }).role).toBe('manager');
  const entry = db
    .prepare("SELECT actor_email, details FROM audit_log WHERE action = 'user_role_changed' AND target = ?")
    .get(person.email) as { actor_email: string; details: string };
  expect(entry.actor_email).toBe(admin.email);
  expect(JSON.parse(entry.details)).toEqual({ from: 'caseworker', to: 'manager' });
  await page.goto(`/admin/log?person=${encodeURIComponent(admin.email)}`);
  await expect(page.getByRole('row', { name: /Rolle skiftet/ })).toContainText(person.email);

  // One's own page: no role to change and no way to disable oneself.
  await page.goto(`/admin/personer/${admin.id}`);
  await expect(page.getByText('Det er dig.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skift rolle' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Deaktiver' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skift team' })).toBeVisible();
});

test('the overview says what needs attention, each with a count and a link to act', async ({ page }) => {
  test.setTimeout(90_000);
  const nextYear = new Date().getFullYear() + 1;
  await signInAdmin(page);

  // Admins without two-factor: counted, and the link lists them.
  const waiting = await newStaff('admin', { name: `Uden to-faktor ${Date.now().toString(36)}` });
  await page.goto('/admin');
  const twoFactor = page.getByTestId('attention-two-factor');
  await expect(twoFactor).toContainText(/\d+ administrator(er)? har ikke slået to-faktor-godkendelse til/);
  await twoFactor.getByRole('link', { name: 'Se hvem' }).click();
  await expect(page).toHaveURL(/rolle=admin/);
  await expect(page).toHaveURL(/tofaktor=nej/);
  await page.goto(`${page.url()}&q=${encodeURIComponent(waiting.email)}`);
  await expect(page.getByRole('rowheader')).toHaveText(waiting.name);

  // API tokens unused for 90 days: none in a fresh database, then one created 100 days ago.
  await page.goto('/admin');
  await expect(page.getByTestId('attention-idle-tokens')).toHaveCount(0);
  const forgotten = `Glemt ${Date.now()}`;
  createApiToken(testDb(), forgotten, null, new Date(Date.now() - 100 * 24 * 60 * 60 * 1000));
  await page.reload();
  const tokens = page.getByTestId('attention-idle-tokens');
  await expect(tokens).toContainText('1 API-nøgle er ikke brugt i 90 dage.');
  await tokens.getByRole('link', { name: 'Gennemgå API-nøglerne' }).click();
  await expect(page.getByRole('row', { name: new RegExp(forgotten) })).toContainText('Aktiv, ikke brugt i 90 dage');
  await page.goto('/admin');

  // Next year without thresholds: the link opens the form on that year, and saving it clears the item.
  const thresholds = page.getByTestId('attention-thresholds');
  await expect(thresholds).toContainText(`${nextYear} har ingen tærskler endnu`);
  await thresholds.getByRole('link', { name: `Fastsæt tærskler for ${nextYear}` }).click();
  await expect(page.getByLabel('År')).toHaveValue(String(nextYear));
  await page.getByRole('button', { name: 'Gem tærskler for året' }).click();
  await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
  await page.goto('/admin');
  await expect(page.getByTestId('attention-thresholds')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Personer' }).last()).toBeVisible();
});
