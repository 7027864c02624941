import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createApiToken } from '@/db/queries/api-tokens';
import { submitResponse } from '@/db/queries/responses';
import { copenhagenDate } from '@/lib/dates';
import { quarterLabel, quarterOf, lastCompleteMonth, monthDays } from '@/lib/periods';
import { normalizeCode } from '@/lib/tokens';
import { signInAs } from '../support/staff';
import { newCode, testDb } from '../support/e2e-db';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';
import { COMMENT, QUARTER, seedQuarter } from '../support/results-data';

test.beforeAll(() => {
  const db = testDb();
  // Both workers may start this file at once: check and insert under one write lock.
  db.$client.transaction(() => seedQuarter(db)).immediate();
});

test('a manager sees the hand-counted figures for a chosen quarter, with a small group hidden', async ({ page }) => {
  await signInAs(page, 'manager');
  await page.getByLabel('Kvartal', { exact: true }).selectOption(QUARTER);
  await page.getByRole('button', { name: 'Vis' }).first().click();
  await expect(page).toHaveURL(/quarter=2019-Q2/);
  await expect(page.getByTestId('period-shown')).toContainText('16 besvarelser i perioden');
  // Goal 1: 8 of 14 (revalidering answered "don't know" to both items); threshold 60.
  await expect(page.getByTestId('percent-guidance')).toHaveText(/^57,1\s%$/);
  await expect(page.locator('li[data-goal="guidance"]')).toContainText('Ikke opfyldt, men usikkert');
  // Goal 2: 6 + 3 + 1 of 7 + 6 + 2 = 10 of 15.
  await expect(page.getByTestId('percent-clear_purpose')).toHaveText(/^66,7\s%$/);
  await expect(page.getByTestId('n-clear_purpose')).toHaveText('Antal svar (n): 15');
  // Goal 3: "yes" and agrees, 4 of 14 who answered the Min Plan question.
  await expect(page.getByTestId('percent-min_plan')).toHaveText(/^28,6\s%$/);
  await expect(page.locator('li[data-goal="min_plan"]')).toContainText('Ikke opfyldt');
  await expect(page.getByTestId('percent-resources')).toHaveText('Vises ikke: under 5 svar');

  const byGroup = page.getByTestId('breakdown-target_group');
  const integration = byGroup.getByRole('row', { name: /Flygtninge/ });
  await expect(integration.getByRole('cell').nth(2)).toContainText('– (n = 6)');
  await expect(integration.getByRole('cell').nth(2)).toContainText('Skjult');
  await expect(
    byGroup
      .getByRole('row', { name: /Forsikrede/ })
      .getByRole('cell')
      .nth(2),
  ).toContainText(/85,7\s% \(n = 7\)/);
  await expect(page.getByTestId('comments')).toContainText('HYPERLINK');
  await expectNoHorizontalScroll(page);
});

test('the API, the XLSX export and the screen agree', async ({ page }) => {
  await signInAs(page, 'manager');
  const api = await page.request.get(`/api/v1/results?quarter=${QUARTER}&by=target_group`);
  expect(api.status()).toBe(200);
  const results = await api.json();
  expect(results.period).toEqual({ from: '2019-04-01', to: '2019-06-30' });
  expect(results.responses).toBe(16);
  expect(results.goals[1]).toEqual({
    goal: 2,
    key: 'clear_purpose',
    threshold: 80,
    n: 15,
    agree: 10,
    percent: 66.7,
    ci95: [41.7, 84.8],
    status: 'not_met',
    certainty: 'uncertain',
  });
  const integration = results.breakdown.groups.find((g: { value: string }) => g.value === 'integration');
  expect(integration.goals[1]).toMatchObject({ n: 6, agree: null, percent: null, ci95: null, status: 'suppressed' });

  const xlsx = await page.request.get(`/api/v1/export/results?format=xlsx&quarter=${QUARTER}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  // Rows by header; values start at index 1, and empty cells are holes.
  const records = (name: string) => {
    const [, header, ...rows] = workbook.getWorksheet(name)!.getSheetValues() as unknown[][];
    const columns = header!.slice(1);
    return rows.map((values) => Object.fromEntries(columns.map((column, i) => [column, values[i + 1] ?? null])));
  };
  // The Danish file's columns and its machine keys, back in the API's terms.
  const asApi = (r: Record<string, unknown>) => ({
    goal: r['Mål nr.'],
    key: r.goal_key,
    threshold: r['Tærskel (%)'],
    n: r['Antal svar (n)'],
    agree: r['Enige'],
    percent: r['Procent'],
    ci95:
      r['Nedre grænse (95 %-interval)'] === null
        ? null
        : [r['Nedre grænse (95 %-interval)'], r['Øvre grænse (95 %-interval)']],
    status: r.status_key,
    certainty: r.certainty_key,
  });
  expect(records('Mål').map(asApi)).toEqual(results.goals);
  const hidden = records('Grupper').find((r) => r.group_key === 'integration' && r.goal_key === 'clear_purpose')!;
  // n stays, agree, percent and the interval are empty, the status says why.
  expect(asApi(hidden)).toMatchObject({
    n: 6,
    agree: null,
    percent: null,
    ci95: null,
    threshold: 80,
    status: 'suppressed',
  });
  expect(hidden['Status']).toBe('Skjult for at beskytte en lille gruppe');

  const csv = await page.request.get(`/api/v1/export/responses?format=csv&comments=1&quarter=${QUARTER}`);
  const text = (await csv.body()).toString('utf8');
  // The month, never the day (DESIGN.md, "Privacy by design").
  expect(text.startsWith('\uFEFFmonth;target_group;team;meeting_channel;guidance_helps')).toBe(true);
  expect(text).toContain('\r\n2019-05;dagpenge;;in_person;');
  expect(text).not.toContain('2019-05-15');
  expect(text).toContain(`'${COMMENT.replace(/"/g, '""')}`);
  // revalidering has two responses in May: its rows leave the group blank.
  expect(text).not.toContain('revalidering');
  expect(text.trim().split('\r\n')).toHaveLength(17);
  const plain = await page.request.get(`/api/v1/export/responses?format=csv&quarter=${QUARTER}`);
  expect((await plain.body()).toString('utf8')).not.toContain('HYPERLINK');
});

test('the API takes an API token, refuses a bad one and bad parameters, and logs every use', async ({ request }) => {
  const { token } = createApiToken(testDb(), `e2e ${Date.now()}`, null);
  const auth = { Authorization: `Bearer ${token}` };
  const ok = await request.get(`/api/v1/results?from=2019-04-01&to=2019-06-30&by=meeting_channel`, { headers: auth });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).breakdown.by).toBe('meeting_channel');
  const logged = testDb()
    .$client.prepare("SELECT details FROM audit_log WHERE action = 'api_token_used' ORDER BY id DESC LIMIT 1")
    .get() as { details: string };
  expect(JSON.parse(logged.details)).toEqual({ from: '2019-04-01', to: '2019-06-30', by: 'meeting_channel' });

  for (const [query, message] of [
    ['quarter=2019-Q5', 'quarter must look like 2023-Q1'],
    [
      'from=2019-02-30&to=2019-03-31',
      'from and to must be months written YYYY-MM, or calendar dates written YYYY-MM-DD',
    ],
    ['from=2019-04&to=2019-03', 'from must not be after to'],
    // The month is the smallest unit: a range that starts or ends inside a month is refused.
    [
      'from=2019-04-02&to=2019-06-30',
      'periods are whole months: from must be a month (YYYY-MM) or the first day of a month',
    ],
    [
      'from=2019-04-01&to=2019-06-29',
      'periods are whole months: to must be a month (YYYY-MM) or the last day of a month',
    ],
    ['quarter=2019-Q2&from=2019-04&to=2019-06', 'give one of quarter, year, or from and to'],
    ['year=2019&quarter=2019-Q2', 'give one of quarter, year, or from and to'],
    ['from=2019-03-02', 'give both from and to, or quarter'],
    ['quarter=2019-Q1&by=caseworker', 'by must be one of target_group, team, meeting_channel, language'],
    ['quarter=2019-Q1&cpr=1', 'unknown parameter: cpr'],
  ]) {
    const bad = await request.get(`/api/v1/results?${query}`, { headers: auth });
    expect(bad.status(), query).toBe(400);
    expect(await bad.json()).toEqual({ error: message });
  }
  expect((await request.get('/api/v1/results', { headers: { Authorization: 'Bearer vdg_wrong' } })).status()).toBe(401);
  expect((await request.get('/api/v1/results')).status()).toBe(401);
  // A token opens the results API only, never the exports.
  expect((await request.get('/api/v1/export/results', { headers: auth })).status()).toBe(401);
});

test('by=language hides a language with too few answers, and the other language with it', async ({ request }) => {
  const { token } = createApiToken(testDb(), `e2e language ${Date.now()}`, null);
  const response = await request.get(`/api/v1/results?quarter=${QUARTER}&by=language`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const { breakdown } = await response.json();
  expect(breakdown.by).toBe('language');
  type Group = { value: string; responses: number; goals: { key: string }[] };
  expect(breakdown.groups.map((g: Group) => [g.value, g.responses])).toEqual([
    ['da', 14],
    ['en', 2],
  ]);
  const goal2 = (value: string) => breakdown.groups.find((g: Group) => g.value === value).goals[1];
  // Two English answers to goal 2: too few. Danish (13 answers) would give them away from the total.
  expect(goal2('en')).toEqual({
    goal: 2,
    key: 'clear_purpose',
    threshold: 80,
    n: 2,
    agree: null,
    percent: null,
    ci95: null,
    status: 'too_few',
    certainty: null,
  });
  expect(goal2('da')).toMatchObject({ n: 13, agree: null, percent: null, ci95: null, status: 'suppressed' });
});

test('a manager picks whole months; a range inside a month is refused with a clear message', async ({ page }) => {
  await signInAs(page, 'manager');
  await page.getByRole('radio', { name: 'Flere måneder' }).check();
  await page.getByLabel('Fra og med måned').fill('2019-04');
  await page.getByLabel('Til og med måned').fill('2019-06');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/period=range.*from=2019-04&to=2019-06/);
  await expect(page.getByTestId('period-shown')).toContainText('april 2019 til og med juni 2019');
  await expect(page.getByTestId('period-shown')).toContainText('16 besvarelser i perioden');

  await page.goto('/resultater?from=2019-04-02&to=2019-06-30');
  await expect(page.getByRole('main')).toContainText(
    'En periode består af hele måneder: fra skal være en måned eller den første dag i en måned.',
  );
  await page.goto(`/resultater?from=${lastCompleteMonth()}&to=${copenhagenDate().slice(0, 7)}`);
  await expect(page.getByRole('main')).toContainText('Perioden når ind i den måned, vi er i nu.');
  await expectNoAxeViolations(page);
  // A quarter none of whose months has ended (as the running quarter in its first month): a clear empty state.
  await page.goto('/resultater?quarter=2099-Q1');
  await expect(page.getByRole('heading', { name: 'Ingen hele måneder endnu' })).toBeVisible();
  await expect(page.getByTestId('goal-cards')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('figures end with the last complete month: an answer given today is in no figure, file or comment', async ({
  page,
  request,
}) => {
  const { token } = createApiToken(testDb(), `running month ${Date.now()}`, null);
  const auth = { Authorization: `Bearer ${token}` };
  const marker = `I dag ${Date.now()}`;
  const code = newCode({ targetGroup: 'integration', team: `today-${test.info().workerIndex}` });
  expect(submitResponse(testDb(), normalizeCode(code)!, { clear_purpose: '1', comment: marker }, 'da')).toEqual({
    ok: true,
  });

  const today = copenhagenDate();
  const running = today.slice(0, 7);
  const last = monthDays(lastCompleteMonth());
  // Yesterday's figures against today's would show what one citizen answered: the running month is refused.
  for (const query of [
    `from=${lastCompleteMonth()}&to=${running}`,
    `from=${running}&to=${running}`,
    `from=${last.first}&to=${today}`,
  ]) {
    const refused = await request.get(`/api/v1/results?${query}&by=target_group`, { headers: auth });
    expect(refused.status(), query).toBe(400);
  }
  const quarter = await request.get(`/api/v1/results?quarter=${quarterLabel(quarterOf())}&by=target_group`, {
    headers: auth,
  });
  if (quarter.status() === 200) {
    // The quarter so far: its complete months only.
    expect((await quarter.json()).period.to).toBe(last.last);
  } else {
    expect(await quarter.json()).toEqual({ error: 'no month of this period has ended yet' });
  }
  expect((await request.get(`/api/v1/results?from=${last.first}&to=${last.last}`, { headers: auth })).status()).toBe(
    200,
  );

  // The files and the comments on screen stop there too.
  await signInAs(page, 'manager');
  const year = today.slice(0, 4);
  for (const url of [
    `/api/v1/export/responses?format=csv&comments=1&year=${year}`,
    `/api/v1/export/responses?format=csv&comments=1&from=${running}&to=${running}`,
  ]) {
    const file = await page.request.get(url);
    if (file.status() === 200) expect((await file.body()).toString('utf8'), url).not.toContain(marker);
    else expect(file.status(), url).toBe(400);
  }
  await page.goto(`/resultater?quarter=${quarterLabel(quarterOf())}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(marker);
});

test('a caseworker is refused the results, the report, the API and the exports', async ({ page }) => {
  await signInAs(page, 'caseworker');
  await page.goto('/resultater');
  await expect(page).toHaveURL(/\/ingen-adgang$/);
  await page.goto(`/resultater/rapport?quarter=${QUARTER}`);
  await expect(page).toHaveURL(/\/ingen-adgang$/);
  for (const url of [
    `/api/v1/results?quarter=${QUARTER}`,
    '/api/v1/export/results?format=csv',
    '/api/v1/export/responses?format=csv&comments=1',
  ]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(403);
    expect(await response.text()).not.toContain('HYPERLINK');
  }
});

test('the dashboard and the report have no axe violations in Danish or English', async ({ page }) => {
  await signInAs(page, 'manager');
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/resultater?quarter=${QUARTER}`);
    await expect(page.getByTestId('goal-cards')).toBeVisible();
    // The languages by name, in the page's language; the two English answers hide both rows.
    const byLanguage = page.getByTestId('breakdown-language');
    await expect(byLanguage.getByRole('columnheader').first()).toHaveText(prefix ? 'Language' : 'Sprog');
    const english = byLanguage.getByRole('row', { name: prefix ? 'English' : 'Engelsk' });
    await expect(english.getByRole('cell').nth(2)).toContainText(prefix ? 'Too few' : 'For få');
    const danish = byLanguage.getByRole('row', { name: prefix ? 'Danish' : 'Dansk' });
    await expect(danish.getByRole('cell').nth(2)).toContainText('(n = 13)');
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/resultater/rapport?quarter=${QUARTER}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      prefix ? 'Dignified case handling at the jobcentre' : 'Værdig sagsbehandling i Jobcentret',
    );
    await expect(page.getByTestId('report-goals')).toContainText(prefix ? 'Not met' : 'Ikke opfyldt');
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/resultater?quarter=${QUARTER}`);
  await expectNoHorizontalScroll(page);
});
