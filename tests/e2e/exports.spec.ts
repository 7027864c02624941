import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { testDb } from '../support/e2e-db';
import { expectNoAxeViolations, expectNoHorizontalScroll } from '../support/page-checks';
import { QUARTER, seedQuarter } from '../support/results-data';
import { signInAdmin, signInAs } from '../support/staff';

test.beforeAll(() => {
  const db = testDb();
  // Both workers may start a results file at once: check and insert under one write lock.
  db.$client.transaction(() => seedQuarter(db)).immediate();
});

const NUMBER_COLUMNS = {
  da: [
    'Besvarelser',
    'Mål nr.',
    'Antal svar (n)',
    'Enige',
    'Procent',
    'Nedre grænse (95 %-interval)',
    'Øvre grænse (95 %-interval)',
    'Tærskel (%)',
  ],
  en: [
    'Responses',
    'Goal no.',
    'Answers (n)',
    'Agreeing',
    'Percent',
    'Lower limit (95% interval)',
    'Upper limit (95% interval)',
    'Threshold (%)',
  ],
};

/**
 * Reads a CSV back as a spreadsheet user's program would: Python's csv module (`;`, UTF-8 with
 * BOM), numbers parsed without `locale` by turning the decimal comma into a point. Columns whose
 * header ends in `_key` are for programs; every other cell is checked for English status words.
 */
const READ_BACK = String.raw`
import csv, json, re, sys
path, decimal, numeric = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
with open(path, encoding='utf-8-sig', newline='') as file:
    header, *body = list(csv.reader(file, delimiter=';'))
keys = {i for i, name in enumerate(header) if name.endswith('_key')}
def number(text):
    assert re.fullmatch(r'-?\d+([.,]\d+)?', text), text
    assert decimal == ',' or ',' not in text, text
    return float(text.replace(',', '.'))
parsed = {name: [number(row[header.index(name)]) for row in body if row[header.index(name)] != ''] for name in numeric}
words = r'\b(met|not_met|uncertain|clear)\b'
english = sorted({cell for row in [header, *body] for i, cell in enumerate(row) if i not in keys and re.search(words, cell, re.I)})
print(json.dumps({
    'header': header,
    'widths': sorted({len(row) for row in body}),
    'parsed': parsed,
    'commas': sorted({cell for row in body for cell in row if re.fullmatch(r'-?\d+,\d+', cell)}),
    'points': sorted({cell for row in body for cell in row if re.fullmatch(r'-?\d+\.\d+', cell)}),
    'english': english,
    'records': [dict(zip(header, row)) for row in body],
}))
`;

type ReadBack = {
  header: string[];
  widths: number[];
  parsed: Record<string, number[]>;
  commas: string[];
  points: string[];
  english: string[];
  records: Record<string, string>[];
};

async function readBackCsv(page: Page, lang: 'da' | 'en'): Promise<ReadBack> {
  const response = await page.request.get(`/api/v1/export/results?format=csv&quarter=${QUARTER}&lang=${lang}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vaerdig-export-'));
  const file = path.join(folder, `results-${lang}.csv`);
  fs.writeFileSync(file, await response.body());
  try {
    const output = execFileSync('python3', [
      '-c',
      READ_BACK,
      file,
      lang === 'da' ? ',' : '.',
      JSON.stringify(NUMBER_COLUMNS[lang]),
    ]);
    return JSON.parse(output.toString('utf8')) as ReadBack;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function downloadWorkbook(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  return workbook;
}

const record = (csv: ReadBack, section: string, goal: string, group = '') =>
  csv.records.find((r) => r.section_key === section && r.goal_key === goal && (r.group_key ?? '') === group)!;

test('the Danish results CSV reads back with decimal commas, numbers that parse and Danish words only', async ({
  page,
}) => {
  await signInAs(page, 'manager');
  const csv = await readBackCsv(page, 'da');
  expect(csv.header.slice(0, 4)).toEqual(['Afsnit', 'Fordelt på', 'Gruppe', 'Besvarelser']);
  expect(csv.header).toContain('status_key');
  // Every row as wide as the header: one table.
  expect(csv.widths).toEqual([csv.header.length]);
  expect(csv.english).toEqual([]);
  expect(csv.commas).toEqual(expect.arrayContaining(['57,1', '66,7', '28,6']));
  expect(csv.points).toEqual([]);
  // Goal 2: 10 of 15, threshold 80; the same figures as on screen and in the API.
  expect(csv.parsed['Procent']).toContain(66.7);
  expect(csv.parsed['Antal svar (n)']!.length).toBeGreaterThan(10);
  const goal2 = record(csv, 'total', 'clear_purpose');
  expect(goal2).toMatchObject({
    Afsnit: 'Hele perioden',
    Mål: '2. Klart formål med samtalerne',
    'Antal svar (n)': '15',
    Enige: '10',
    Procent: '66,7',
    'Nedre grænse (95 %-interval)': '41,7',
    'Øvre grænse (95 %-interval)': '84,8',
    'Tærskel (%)': '80',
    Status: 'Ikke opfyldt',
    Sikkerhed: 'Usikkert',
    status_key: 'not_met',
    certainty_key: 'uncertain',
  });
  expect(record(csv, 'breakdown', 'clear_purpose', 'dagpenge')).toMatchObject({
    'Fordelt på': 'Målgruppe',
    Gruppe: 'Forsikrede ledige (a-dagpenge)',
    by_key: 'target_group',
    Procent: '85,7',
  });
  // A hidden cell keeps n and says why, in words and as a key.
  expect(record(csv, 'breakdown', 'clear_purpose', 'integration')).toMatchObject({
    'Antal svar (n)': '6',
    Procent: '',
    Status: 'Skjult for at beskytte en lille gruppe',
    status_key: 'suppressed',
  });
  // By language: two English answers are too few, and Danish is hidden with them.
  expect(record(csv, 'breakdown', 'clear_purpose', 'en')).toMatchObject({
    'Fordelt på': 'Sprog',
    Gruppe: 'Engelsk',
    by_key: 'language',
    'Antal svar (n)': '2',
    Procent: '',
    Status: 'For få svar',
    status_key: 'too_few',
  });
  expect(record(csv, 'breakdown', 'clear_purpose', 'da')).toMatchObject({
    Gruppe: 'Dansk',
    'Antal svar (n)': '13',
    Enige: '',
    status_key: 'suppressed',
  });
  const period = csv.records.filter((r) => r.section_key === 'period');
  expect(period.map((r) => [r.Oplysning, r.Værdi])).toEqual(
    expect.arrayContaining([
      ['Periode', '2. kvartal 2019'],
      ['Fra og med', '2019-04-01'],
      ['Besvarelser i perioden', '16'],
    ]),
  );
  // Agree (4) with goal 2's question: four in dagpenge, three in integration.
  const answers = csv.records.filter((r) => r.section_key === 'distribution' && r.item_key === 'clear_purpose');
  expect(answers.map((r) => [r.Svar, r['Antal svar (n)'], r.answer_key])).toContainEqual(['Enig', '7', '4']);
});

test('the English results CSV has decimal points and English words', async ({ page }) => {
  await signInAs(page, 'manager');
  const csv = await readBackCsv(page, 'en');
  expect(csv.header.slice(0, 4)).toEqual(['Section', 'By', 'Group', 'Responses']);
  expect(csv.commas).toEqual([]);
  expect(csv.points).toEqual(expect.arrayContaining(['57.1', '66.7', '28.6']));
  expect(csv.parsed['Percent']).toContain(66.7);
  expect(record(csv, 'total', 'clear_purpose')).toMatchObject({
    Section: 'Whole period',
    Percent: '66.7',
    Status: 'Not met',
    Certainty: 'Uncertain',
    status_key: 'not_met',
  });
  expect(csv.records.find((r) => r.field_key === 'period')?.Value).toBe('Q2 2019');
});

test('the Danish results XLSX has numbers with one decimal, Danish headers and sheet names and a method', async ({
  page,
}) => {
  await signInAs(page, 'manager');
  const workbook = await downloadWorkbook(page, `/api/v1/export/results?format=xlsx&quarter=${QUARTER}&lang=da`);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'Mål',
    'Periode',
    'Grupper',
    'Svarfordeling',
    'Metode',
  ]);
  const goals = workbook.getWorksheet('Mål')!;
  const header = (goals.getRow(1).values as unknown[]).slice(1);
  const [, goalNumber, ...figures] = NUMBER_COLUMNS.da;
  expect(header).toEqual([
    goalNumber,
    'Mål',
    ...figures,
    'Status',
    'Sikkerhed',
    'goal_key',
    'status_key',
    'certainty_key',
  ]);
  const percentCells: unknown[] = [];
  for (const sheet of [goals, workbook.getWorksheet('Grupper')!]) {
    const columns = (sheet.getRow(1).values as unknown[]).slice(1);
    const decimals = ['Procent', 'Nedre grænse (95 %-interval)', 'Øvre grænse (95 %-interval)'].map(
      (name) => columns.indexOf(name) + 1,
    );
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      for (const column of decimals) {
        const cell = row.getCell(column);
        if (cell.value === null) continue;
        percentCells.push(cell.value);
        expect(typeof cell.value, `${sheet.name} ${cell.address}`).toBe('number');
        expect(cell.numFmt, `${sheet.name} ${cell.address}`).toBe('0.0');
      }
    });
  }
  expect(percentCells.length).toBeGreaterThan(10);
  const goal2 = goals.getRow(3);
  expect([2, 3, 5, 9, 10, 11, 12].map((i) => goal2.getCell(i).value)).toEqual([
    '2. Klart formål med samtalerne',
    15,
    66.7,
    'Ikke opfyldt',
    'Usikkert',
    'clear_purpose',
    'not_met',
  ]);
  const period = workbook.getWorksheet('Periode')!.getSheetValues();
  expect(period[1]).toEqual([undefined, 'Oplysning', 'Værdi', 'field_key']);
  expect(period[2]).toEqual([undefined, 'Periode', '2. kvartal 2019', 'period']);
  expect(workbook.getWorksheet('Metode')!.getCell('A1').value).toBe('Sådan er tallene beregnet');
});

test('the responses export keeps the import columns and codes, with a legend in the export language', async ({
  page,
}) => {
  await signInAs(page, 'manager');
  const workbook = await downloadWorkbook(page, `/api/v1/export/responses?format=xlsx&quarter=${QUARTER}&lang=en`);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Responses', 'Legend']);
  const data = workbook.getWorksheet('Responses')!;
  const header = (data.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual(['month', 'target_group', 'team', 'meeting_channel', 'guidance_helps']);
  const clear = header.indexOf('clear_purpose') + 1;
  const codes = new Set<unknown>();
  data.eachRow((row, number) => number > 1 && codes.add(row.getCell(clear).value));
  // Likert answers are numbers; "don't know" stays its code.
  expect([...codes].sort()).toEqual([1, 2, 3, 4, 5, 'dk']);
  const legend = workbook.getWorksheet('Legend')!.getSheetValues() as unknown[][];
  expect(legend[1]).toEqual([undefined, 'Column', 'Code', 'Meaning']);
  expect(legend).toContainEqual([undefined, 'clear_purpose', '4', 'Agree']);
  expect(legend).toContainEqual([undefined, 'target_group', 'dagpenge', 'Insured unemployed (unemployment benefit)']);

  const csv = await page.request.get(`/api/v1/export/responses?format=csv&quarter=${QUARTER}&lang=en`);
  const text = (await csv.body()).toString('utf8');
  expect(text.startsWith('\uFEFFmonth;target_group;team;meeting_channel;guidance_helps')).toBe(true);
  expect(text).toContain('\r\n2019-05;dagpenge;;in_person;4;2;');

  const bad = await page.request.get(`/api/v1/export/responses?format=csv&quarter=${QUARTER}&lang=fr`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: 'lang must be da or en' });
});

test('the audit log says in words who exported what, in Danish and English, without raw JSON', async ({ page }) => {
  test.setTimeout(60_000);
  const admin = await signInAdmin(page);
  for (const query of [`format=csv&quarter=${QUARTER}&lang=da`, `format=xlsx&quarter=${QUARTER}&comments=1&lang=en`]) {
    const target = query.includes('comments') ? 'responses' : 'results';
    expect((await page.request.get(`/api/v1/export/${target}?${query}`)).status()).toBe(200);
  }
  for (const prefix of ['', '/en']) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}/admin/log?person=${encodeURIComponent(admin.email)}`);
    const rows = page.locator('tbody tr');
    const responses = rows.filter({ hasText: prefix ? 'Anonymous responses' : 'Anonyme besvarelser' });
    const results = rows.filter({ hasText: prefix ? 'Results' : 'Resultater' });
    await expect(responses).toHaveCount(1);
    await expect(results).toHaveCount(1);
    if (prefix) {
      await expect(responses).toContainText('Period: Q2 2019');
      await expect(responses).toContainText('Format: Excel (XLSX)');
      await expect(responses).toContainText('With comments: yes');
      await expect(responses).toContainText('Language: English');
      await expect(results).toContainText('Language: Danish');
    } else {
      await expect(responses).toContainText('Eksport');
      await expect(responses).toContainText('Periode: 2. kvartal 2019');
      await expect(responses).toContainText('Med kommentarer: ja');
      await expect(responses).toContainText('Rækker: 16');
      await expect(results).toContainText('Format: CSV');
      await expect(results).toContainText('Sprog: dansk');
    }
    await expect(page.locator('tbody')).not.toContainText('{');
    await expect(page.locator('tbody')).not.toContainText('"');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  }
});
