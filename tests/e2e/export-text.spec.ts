import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { submitResponse } from '@/db/queries/responses';
import { parseCsv } from '@/lib/csv';
import { normalizeCode } from '@/lib/tokens';
import { surveyAnswersSchema } from '@/lib/validation/survey';
import { newStaff, signIn, fromOwnAddress } from '../support/staff';
import { newCode, testDb } from '../support/e2e-db';

// A past, whole month: results and exports show only complete months.
const MONTH = { from: '2025-03-01', to: '2025-03-31' };

test('a normalised comment reads the same in the CSV and the XLSX export of the responses', async ({ page }) => {
  const marker = `export-${test.info().testId}-${Date.now()}`;
  const raw = `  Caf\u0065\u0301\u0000 med A\u030Ase\u0085 \u202E${marker}\u202C\r\nlinje 2\tslut\u0007\u009B  `;
  const stored = `Café med Åse ${marker}\nlinje 2\tslut`;
  // Through the survey's own schema and submit function, on a day in that month.
  const code = newCode({ now: new Date('2025-03-10T09:00:00Z') });
  const answers = surveyAnswersSchema.parse({ clear_purpose: '4', comment: raw });
  expect(submitResponse(testDb(), normalizeCode(code)!, answers, 'da', new Date('2025-03-10T10:00:00Z'))).toEqual({
    ok: true,
  });

  await fromOwnAddress(page);
  await signIn(page, (await newStaff('manager')).email);
  await expect(page).toHaveURL(/\/resultater$/);
  const query = `comments=1&from=${MONTH.from}&to=${MONTH.to}`;

  const csv = await page.request.get(`/api/v1/export/responses?format=csv&${query}`);
  expect(csv.status()).toBe(200);
  const [csvHeader, ...csvRows] = parseCsv((await csv.body()).toString('utf8'), ';');
  const csvColumn = csvHeader!.indexOf('comment');
  const fromCsv = csvRows.map((row) => row[csvColumn]).filter((text) => text?.includes(marker));

  const xlsx = await page.request.get(`/api/v1/export/responses?format=xlsx&${query}`);
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Besvarelser')!;
  const xlsxColumn = (sheet.getRow(1).values as unknown[]).indexOf('comment');
  const fromXlsx: unknown[] = [];
  sheet.eachRow((row) => {
    const text = row.getCell(xlsxColumn).value;
    if (typeof text === 'string' && text.includes(marker)) fromXlsx.push(text);
  });

  expect(fromCsv).toEqual([stored]);
  expect(fromXlsx).toEqual([stored]);
});
