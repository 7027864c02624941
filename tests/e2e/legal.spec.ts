import { expect, test, type Page } from '@playwright/test';
import { startServer } from '@/scripts/lib/server';
import { accessibilityStatementDay } from '@/lib/legal';
import { DEFAULT_ORGANISATION } from '@/lib/organisation';
import { newStaff, signInAdmin } from '../support/staff';
import { testDb } from '../support/e2e-db';
import { checkWidths } from '../support/page-checks';

/** The statement's date as the page writes it in a language (next-intl formats with Intl, in Copenhagen). */
const statementDate = (language: 'da' | 'en') =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(
    accessibilityStatementDay(),
  );

/** The part of a legal text under its h2. */
const part = (page: Page, heading: string) =>
  page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

/** One h1, parts under h2, and no message left unfilled (a key or an ICU placeholder). */
async function expectWholeText(page: Page, namespace: 'Privacy' | 'Accessibility') {
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect(await main.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(5);
  expect(await main.getByRole('heading', { level: 3 }).count()).toBe(0);
  await expect(main).not.toContainText('{');
  await expect(main).not.toContainText(`${namespace}.`);
}

test('with the default settings the privacy notice names the municipality and leaves out what is not filled in', async ({
  page,
}) => {
  // The shared server keeps the default identity: no test changes it there (identity.spec.ts uses a copy).
  const name = DEFAULT_ORGANISATION.name;
  await page.goto('/privatliv');
  await expectWholeText(page, 'Privacy');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
    'Sådan behandler vi dine oplysninger',
  );
  const main = page.getByRole('main');
  // No phone, e-mail or address is set: no bare "Telefon" or "E-mail" line, no empty link.
  await expect(main).not.toContainText('Telefon');
  await expect(main.locator('a[href^="tel:"], a[href="mailto:"]')).toHaveCount(0);
  const controller = part(page, 'Dataansvarlig');
  await expect(controller).toContainText(`${name} er dataansvarlig`);
  await expect(controller).not.toContainText('E-mail');
  // Without a DPO contact: where to ask instead, and no empty contact card.
  const dpo = part(page, 'Databeskyttelsesrådgiver');
  await expect(dpo).toContainText(`Du kan også kontakte databeskyttelsesrådgiveren hos ${name}.`);
  await expect(dpo.locator('address')).toHaveCount(0);
  await expect(part(page, 'Retsgrundlag')).toContainText('artikel 6, stk. 1, litra e');
  await expect(part(page, 'Klage til Datatilsynet')).toContainText('Carl Jacobsens Vej 35, 2500 Valby');
  await expect(part(page, 'Det er frivilligt at svare')).toContainText('Det ændrer ikke noget i din sag');
  await expect(main.getByRole('list')).toHaveCount(3);

  await page.goto('/tilgaengelighed');
  await expectWholeText(page, 'Accessibility');
  await expect(page.getByRole('main')).not.toContainText('Telefon');
  await expect(part(page, 'Feedback og kontakt')).toContainText(`${name}, ${DEFAULT_ORGANISATION.unit}`);
  await expect(part(page, 'Sådan har vi vurderet Værdig')).toContainText(statementDate('da'));
});

test('an admin fills in the controller, the DPO and the contact: the privacy notice and the accessibility statement show them, in Danish and English', async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  // A server of its own on a copy of the database: the other tests read the default settings in
  // parallel, and the copy is thrown away afterwards, so there is nothing to restore.
  const admin = await newStaff('admin');
  const file = testInfo.outputPath('legal.db');
  await testDb().$client.backup(file);
  const server = await startServer(file, { port: 3230 + testInfo.parallelIndex });
  const context = await browser.newContext({ baseURL: server.url, locale: 'da-DK' });
  try {
    const page = await context.newPage();
    await signInAdmin(page, admin);
    await page.goto('/admin/indstillinger');
    const identity = page.locator('form').filter({ has: page.getByRole('button', { name: 'Gem navn og kontakt' }) });
    await identity.getByLabel('Kommunens navn').fill('Testby Kommune');
    await identity.getByLabel('Enhed').fill('Jobcenter Testby');
    await identity.getByLabel('Telefon').fill('12 34 56 78');
    await identity.getByLabel('E-mail').fill('jobcenter@testby.dk');
    await identity.getByLabel('Postadresse').fill('Torvet 1, 9999 Testby');
    await identity.getByLabel('Dataansvarlig', { exact: true }).fill('Testby Kommune');
    await identity.getByLabel('Den dataansvarliges adresse').fill('Rådhuset, Torvet 2, 9999 Testby');
    await identity.getByLabel('Databeskyttelsesrådgiver (DPO)').fill('Dorthe Dahl, dpo@testby.dk, 87 65 43 21');
    await identity.getByRole('button', { name: 'Gem navn og kontakt' }).click();
    await expect(page.getByText('Ændringerne er gemt')).toBeVisible();
    // The retention period the notice states is the one the purge uses.
    await page.goto('/admin/indstillinger');
    await page.getByLabel('Kommentarer slettes efter (måneder)').fill('12');
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect(page.getByText('Ændringerne er gemt')).toBeVisible();

    await page.goto('/privatliv');
    await expectWholeText(page, 'Privacy');
    const controller = part(page, 'Dataansvarlig');
    await expect(controller).toContainText('Testby Kommune er dataansvarlig');
    await expect(controller).toContainText('Rådhuset, Torvet 2, 9999 Testby');
    await expect(controller).not.toContainText('Torvet 1');
    await expect(controller.getByRole('link', { name: 'Telefon 12 34 56 78' })).toHaveAttribute('href', 'tel:12345678');
    await expect(controller.getByRole('link', { name: 'jobcenter@testby.dk' })).toHaveAttribute(
      'href',
      'mailto:jobcenter@testby.dk',
    );
    await expect(part(page, 'Databeskyttelsesrådgiver')).toContainText('Dorthe Dahl, dpo@testby.dk, 87 65 43 21');
    await expect(part(page, 'Retsgrundlag')).toContainText('databeskyttelsesforordningens artikel 6, stk. 1, litra e');
    await expect(part(page, 'Retsgrundlag')).toContainText('lov om en aktiv beskæftigelsesindsats');
    await expect(part(page, 'Så længe gemmer vi oplysningerne')).toContainText('når de er 12 måneder gamle');
    await expect(part(page, 'Dine rettigheder')).toContainText('kontakt Testby Kommune');
    const complaint = part(page, 'Klage til Datatilsynet');
    await expect(complaint).toContainText('Carl Jacobsens Vej 35, 2500 Valby');
    await expect(complaint.getByRole('link', { name: 'www.datatilsynet.dk' })).toHaveAttribute(
      'href',
      'https://www.datatilsynet.dk',
    );
    await expect(complaint.getByRole('link', { name: 'dt@datatilsynet.dk' })).toHaveAttribute(
      'href',
      'mailto:dt@datatilsynet.dk',
    );

    await page.goto('/en/privatliv');
    await expectWholeText(page, 'Privacy');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
      'How we handle your information',
    );
    await expect(part(page, 'Data controller')).toContainText('Testby Kommune is the data controller');
    await expect(part(page, 'Data controller').getByRole('link', { name: 'Phone 12 34 56 78' })).toBeVisible();
    await expect(part(page, 'Data protection officer')).toContainText('Dorthe Dahl, dpo@testby.dk');
    await expect(part(page, 'Legal basis')).toContainText('Article 6(1)(e)');
    await expect(part(page, 'How long we keep the information')).toContainText('when they are 12 months old');
    await expect(part(page, 'Complaints to Datatilsynet')).toContainText('Carl Jacobsens Vej 35, 2500 Valby');
    await expect(part(page, 'Answering is voluntary')).toContainText('changes nothing in your case');

    await page.goto('/tilgaengelighed');
    await expectWholeText(page, 'Accessibility');
    await expect(part(page, 'Overholdelse af kravene')).toContainText('overholder delvist');
    await expect(part(page, 'Overholdelse af kravene')).toContainText('WCAG 2.1 niveau AA');
    const feedback = part(page, 'Feedback og kontakt');
    await expect(feedback).toContainText('Testby Kommune, Jobcenter Testby');
    await expect(feedback.getByRole('link', { name: 'Telefon 12 34 56 78' })).toHaveAttribute('href', 'tel:12345678');
    await expect(feedback.getByRole('link', { name: 'jobcenter@testby.dk' })).toBeVisible();
    const enforcement = part(page, 'Klage til Digitaliseringsstyrelsen');
    await expect(enforcement).toContainText('10 arbejdsdage');
    await expect(enforcement.getByRole('link', { name: 'was.digst.dk' })).toHaveAttribute(
      'href',
      /^https:\/\/www\.was\.digst\.dk/,
    );
    await expect(part(page, 'Sådan har vi vurderet Værdig')).toContainText(`den ${statementDate('da')}`);

    await page.goto('/en/tilgaengelighed');
    await expectWholeText(page, 'Accessibility');
    await expect(part(page, 'Compliance status')).toContainText('partially compliant');
    await expect(part(page, 'Feedback and contact').getByRole('link', { name: 'Phone 12 34 56 78' })).toBeVisible();
    await expect(
      part(page, 'Complaints to Digitaliseringsstyrelsen').getByRole('link', { name: 'was.digst.dk' }),
    ).toBeVisible();
    await expect(part(page, 'How we assessed Værdig')).toContainText(statementDate('en'));

    for (const url of ['/privatliv', '/en/privatliv', '/tilgaengelighed', '/en/tilgaengelighed']) {
      await checkWidths(page, url);
    }
  } finally {
    await context.close();
    await server.kill();
  }
});
