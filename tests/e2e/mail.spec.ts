import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoTeams } from '@/db/queries/reference';
import { createStaffUser } from '@/server/staff';
import { createAuth } from '@/server/auth/auth';
import { startServer, type Server } from '@/scripts/lib/server';
import { PASSWORD, fromOwnAddress } from '../support/staff';
import { expectNoAxeViolations } from '../support/page-checks';
import { startSmtpServer } from '../support/smtp';
import { answerInBrowser } from '../support/survey';

/** The built app with SMTP settings, against a real SMTP server on 127.0.0.1 started by this test. */
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let inbox: ParsedMail[];
let app: Server;
let db: Db;
const email = 'sagsbehandler@mail.test';

test.beforeAll(async () => {
  smtp = await startSmtpServer();
  inbox = smtp.inbox;
  const file = path.resolve('test-results', `mail-${Date.now()}`, 'vaerdig.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  db = openDatabase(file);
  migrateDatabase(db);
  seedDemoTeams(db);
  await createStaffUser(
    db,
    { email, name: 'Mia Mail', role: 'caseworker', team: 'nord', password: PASSWORD },
    createAuth(db),
  );
  app = await startServer(file, {
    port: 3160 + test.info().workerIndex,
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Jobcentret <noreply@jobcenter.test>' },
  });
});

test.afterAll(async () => {
  await app?.kill('SIGKILL');
  db?.$client.close();
  await smtp.close();
});

test('e-mail invitations: one by e-mail, answered through its link; a batch sent in the background', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await fromOwnAddress(page);
  await page.goto(`${app.url}/log-ind`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/invitationer$/);

  // One invitation by e-mail, in English.
  await page.getByLabel('Målgruppe', { exact: true }).selectOption('integration');
  await page.getByRole('group', { name: 'Borgerens sprog' }).getByLabel('Engelsk').check();
  await page.getByLabel('Borgerens e-mail (valgfri)').fill('borger@example.dk');
  await page.getByRole('button', { name: 'Opret invitation', exact: true }).click();
  await expect(page.getByText('Invitationen er sendt til borger@example.dk.')).toBeVisible();
  await expect.poll(() => inbox.length).toBe(1);
  expect(inbox[0]!.subject).toBe('How do you experience the jobcentre?');
  const link = /(http:\/\/localhost:\d+\/en\/s\/[0-9A-Z-]+)/.exec(inbox[0]!.text ?? '')![1]!;
  const row = () =>
    db.$client.prepare('SELECT email, answered FROM invitations WHERE channel = ?').get('email') as {
      email: string | null;
      answered: number;
    };
  expect(row().email).toBe('borger@example.dk');

  const citizen = await browser.newPage({ locale: 'en-GB' });
  await answerInBrowser(citizen, link, 'Agree', { language: 'en' });
  await expect(citizen).toHaveURL(/\/en\/s\/tak$/);
  await citizen.close();
  expect(row()).toMatchObject({ email: null });
  expect(row().answered).toBe(1);

  // A batch with three addresses: sent after the response, with progress that survives a reload.
  await page.getByLabel('CSV-fil').setInputFiles({
    name: 'borgere.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'email;target_group;language\na@example.dk;dagpenge;da\nb@example.dk;dagpenge;en\nc@example.dk;sygedagpenge;da\n',
    ),
  });
  await page.getByRole('button', { name: 'Tjek og opret invitationer' }).click();
  await page.getByRole('link', { name: 'Følg forsendelsen af 3 e-mails' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forsendelse af e-mails');
  await expect(page.getByTestId('mail-job-status')).toContainText(
    '3 af 3 e-mails behandlet: 3 sendt, 0 fejlede. Forsendelsen er færdig.',
    { timeout: 20_000 },
  );
  await page.reload();
  await expect(page.getByTestId('mail-job-status')).toContainText('3 sendt');
  await expectNoAxeViolations(page);
  await page.goto(page.url().replace(app.url, `${app.url}/en`));
  await expect(page.getByTestId('mail-job-status')).toContainText('3 sent, 0 failed. Sending has finished.');
  await expectNoAxeViolations(page);
  await expect.poll(() => inbox.length).toBe(4);
  expect(
    inbox
      .slice(1)
      .map((mail) => mail.subject)
      .sort(),
  ).toEqual([
    'How do you experience the jobcentre?',
    'Hvordan oplever du Jobcentret?',
    'Hvordan oplever du Jobcentret?',
  ]);
});
