import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { newCode, responsesWithComment } from '../support/e2e-db';
import { language, LANGUAGES, type Language } from '../support/languages';
import { expectNoAxeViolations } from '../support/page-checks';
import { signInAs } from '../support/staff';
import { question, scriptsRunning } from '../support/survey';

/** Presses Tab until `target` has the focus (at most `limit` times), then checks that it has. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 40) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * The same answers by keyboard alone at 320 px in any language: the skip link, "agree" to the
 * first question (its first answer, then one down), a comment, Enter on the send button.
 * Returns the stored row without its language and comment, to compare with Danish.
 */
async function answerByKeyboard(page: Page, { prefix, locale, messages, tag }: Language, withJs: boolean) {
  const survey = messages.Survey;
  const code = newCode();
  const marker = `${locale}-${withJs ? 'js' : 'nojs'}-${code}`;
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${prefix}/s/${code}`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: messages.Layout.skipLink })).toBeFocused();
  await page.keyboard.press('Enter');
  const first = question(page, survey.items.guidance_helps.label).getByRole('radio');
  await tabTo(page, first.first());
  await page.keyboard.press('Space');
  await expect(first.first()).toBeChecked();
  await expect(first.first()).toHaveAccessibleName(survey.likert['5']);
  await page.keyboard.press('ArrowDown');
  await expect(first.nth(1)).toBeChecked();
  await expect(first.nth(1)).toHaveAccessibleName(survey.likert['4']);
  const comment = page.getByLabel(survey.items.comment.label);
  await tabTo(page, comment);
  await page.keyboard.type(marker);
  // The count in the language's own digits and separators (easy-read Danish writes 1.990, as Danish).
  if (withJs)
    await expect(page.locator('#comment-counter')).toContainText(
      new Intl.NumberFormat(tag, { numberingSystem: 'latn' }).format(2000 - marker.length),
    );
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: survey.submit })).toBeFocused();
  await page.keyboard.press('Enter');
  // (The skip link's #main-content stays on the address through the redirect.)
  await expect(page).toHaveURL(new RegExp(`^[^?#]*${prefix}/s/tak(#main-content)?$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.Thanks.heading);
  const rows = responsesWithComment(marker);
  expect(rows).toHaveLength(1);
  const { id: _id, comment: _comment, language: stored, ...answers } = rows[0]!;
  expect(stored).toBe(locale);
  return answers;
}

for (const withJs of [true, false]) {
  test.describe(withJs ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: withJs });

    test('the survey by keyboard alone at 320 px in every language stores the same answers as in Danish', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      // No console error on the way (a hydration mismatch, a missing message, a 404).
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      const danish = await answerByKeyboard(page, language('da'), withJs);
      expect(danish).toMatchObject({ guidance_helps: 4, target_group: 'dagpenge' });
      for (const other of LANGUAGES.filter((entry) => entry.locale !== 'da')) {
        // The same codes, so the same goals count them (the rules never read the language).
        expect(await answerByKeyboard(page, other, withJs), other.locale).toEqual(danish);
      }
      expect(errors).toEqual([]);
    });
  });
}

test('every citizen page lists all five languages in their own names; the page’s own is current', async ({ page }) => {
  for (const { prefix, locale, messages, tag, dir } of LANGUAGES) {
    await page.goto(`${prefix}/s`);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const switcher = page.getByRole('navigation', { name: messages.Layout.languageSwitch });
    const links = switcher.getByRole('link');
    await expect(links).toHaveText(LANGUAGES.map((entry) => entry.name));
    for (const entry of LANGUAGES) {
      const link = switcher.getByRole('link', { name: entry.name, exact: true });
      await expect(link).toHaveAttribute('lang', entry.tag);
      await expect(link).toHaveAttribute('href', `${entry.prefix}/s`);
      if (entry.locale === locale) await expect(link).toHaveAttribute('aria-current', 'true');
      else await expect(link).not.toHaveAttribute('aria-current');
    }
  }
  // Following a link keeps the page.
  await page.goto('/uk/privatliv');
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/privatliv$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('a code typed on a Ukrainian or Arabic keyboard opens the survey', async ({ page }) => {
  const code = newCode();
  // Cyrillic look-alikes for the Latin letters the card shows, and Arabic-Indic digits.
  const cyrillic = code.replace(/[ABCEHKMPTX]/g, (char) => 'АВСЕНКМРТХ'['ABCEHKMPTX'.indexOf(char)]!);
  const arabicDigits = code.replace(/[0-9]/g, (digit) => '٠١٢٣٤٥٦٧٨٩'[Number(digit)]!);
  for (const [prefix, typed] of [
    ['/uk', cyrillic.toLowerCase()],
    ['/ar', arabicDigits],
  ] as const) {
    const { messages } = LANGUAGES.find((entry) => entry.prefix === prefix)!;
    await page.goto(`${prefix}/s`);
    await page.getByLabel(messages.CodeEntry.label, { exact: true }).fill(typed);
    await page.getByRole('button', { name: messages.CodeEntry.submit }).click();
    await expect(page).toHaveURL(`${prefix}/s/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.Survey.heading);
  }
});

test('staff pages stay in Danish and English: their paths in other languages lead to Danish', async ({ page }) => {
  for (const prefix of ['/uk', '/ar', '/let']) {
    const response = await page.goto(`${prefix}/log-ind`);
    expect(response!.url()).toMatch(/\/log-ind$/);
    expect(new URL(response!.url()).pathname).toBe('/log-ind');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  }
});

/**
 * Where a question's radio circles are drawn, from screenshots: each answer's label with and
 * without its circle (DKFDS draws it as the label's ::before); the pixels that differ are the
 * circle. Returns the circle's middle and the label's width, in page pixels from its left edge.
 */
async function circlePosition(page: Page, legend: string) {
  const label = question(page, legend).locator('label').first();
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  const withCircle = PNG.sync.read(await label.screenshot());
  // Through the CSS object model: the page's CSP refuses a <style> element, rightly.
  const hide = () => {
    const sheet = document.styleSheets[0]!;
    sheet.insertRule('.form-radio + label::before { visibility: hidden !important; }', sheet.cssRules.length);
  };
  const show = () => {
    const sheet = document.styleSheets[0]!;
    sheet.deleteRule(sheet.cssRules.length - 1);
  };
  await page.evaluate(hide);
  const without = PNG.sync.read(await label.screenshot());
  await page.evaluate(show);
  const columns: number[] = [];
  for (let y = 0; y < withCircle.height; y++) {
    for (let x = 0; x < withCircle.width; x++) {
      const at = (y * withCircle.width + x) * 4;
      if (Math.abs(withCircle.data[at]! - without.data[at]!) > 64) columns.push(x);
    }
  }
  expect(columns.length, 'the circle is drawn').toBeGreaterThan(20);
  const scale = withCircle.width / box.width;
  const middle = (Math.min(...columns) + Math.max(...columns)) / 2 / scale;
  return { circle: middle, width: box.width };
}

test('Arabic radio buttons sit at the right of their labels, Danish ones at the left', async ({ page }) => {
  for (const { prefix, locale, messages } of [language('ar'), language('da')]) {
    await page.goto(`${prefix}/s/${newCode()}`);
    const { circle, width } = await circlePosition(page, messages.Survey.items.clear_purpose.label);
    if (locale === 'ar') expect(circle, 'Arabic: circle at the right').toBeGreaterThan(width - 32);
    else expect(circle, 'Danish: circle at the left').toBeLessThan(32);
  }
});

test('the error summary, the survey and lists mirror in Arabic', async ({ page }) => {
  const { messages } = language('ar');
  await page.goto(`/ar/s/${newCode()}`);
  await scriptsRunning(page);
  await page.getByRole('button', { name: messages.Survey.submit }).click();
  const summary = page.locator('.alert-error');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  // The summary's text starts at the right: its padding for the icon is on the right.
  const padding = await summary.evaluate((element) => {
    const style = getComputedStyle(element);
    return { left: parseFloat(style.paddingLeft), right: parseFloat(style.paddingRight) };
  });
  expect(padding.right).toBeGreaterThan(padding.left);
  // A heading shorter than its line: its text ends at the line's right edge and leaves the left free.
  const text = await page.getByRole('heading', { level: 1 }).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const [line, words] = [element.getBoundingClientRect(), range.getBoundingClientRect()];
    return { right: line.right - words.right, left: words.left - line.left };
  });
  expect(Math.abs(text.right)).toBeLessThan(2);
  expect(text.left).toBeGreaterThan(50);
  // Bulleted lists (the footer's links, the privacy notice's lists): the bullet at the right.
  const bullet = await page
    .getByRole('contentinfo')
    .locator('li')
    .first()
    .evaluate((item) => {
      const style = getComputedStyle(item);
      const before = getComputedStyle(item, '::before');
      return { before: before.content, right: before.right, left: before.left, padding: style.paddingRight };
    });
  expect(bullet).toMatchObject({ before: '"•"', right: '0px', padding: '16px' });
});

test('a caseworker invites in Ukrainian, Arabic or easy-read Danish: the link and the card in that language and Danish', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, 'caseworker');
  const danish = language('da').messages.Card;
  for (const [locale, name] of [
    ['uk', 'Ukrainsk'],
    ['ar', 'Arabisk'],
    ['let', 'Let dansk'],
  ] as const) {
    const { prefix, tag, dir, messages } = language(locale);
    await page.getByLabel('Målgruppe', { exact: true }).selectOption({ label: 'Flygtninge og familiesammenførte' });
    await page.getByRole('group', { name: 'Borgerens sprog' }).getByLabel(name, { exact: true }).check();
    await page.getByRole('button', { name: 'Opret invitation', exact: true }).click();
    // The result replaces the previous one: wait for this language's link, then read its code.
    await expect(page.getByTestId('invitation-link')).toContainText(`${prefix}/s/`);
    const code = (await page.getByTestId('invitation-code').textContent())!;
    await expect(page.getByTestId('invitation-link')).toHaveText(new RegExp(`${prefix}/s/${code}$`));
    const faces = page.getByTestId('print-card').locator('.invitation-card-face');
    await expect(faces).toHaveCount(2);
    await expect(faces.first()).toHaveAttribute('lang', tag);
    await expect(faces.first()).toHaveAttribute('dir', dir);
    await expect(faces.first()).toContainText(messages.Card.title);
    await expect(faces.last()).toHaveAttribute('lang', 'da');
    await expect(faces.last()).toContainText(danish.title);
    await expectNoAxeViolations(page);
  }
});

test('a post too large for the survey is refused in the language of its page', async ({ request }) => {
  const tooLarge = { data: 'x'.repeat(100_000), headers: { 'content-type': 'text/plain' } };
  for (const { prefix, tag, dir, messages } of LANGUAGES) {
    const response = await request.post(`${prefix}/s/${newCode()}`, tooLarge);
    expect(response.status()).toBe(413);
    const html = await response.text();
    expect(html).toContain(`<html lang="${tag}" dir="${dir}">`);
    expect(html).toContain(`<h1>${messages.Error.tooLargeHeading}</h1>`);
    expect(html).toContain(messages.Error.tooLargeText);
  }
});

test('each language fetches woff2 fonts for its own script only, two weights at most, and has a description', async ({
  browser,
}) => {
  const expected: Record<string, RegExp> = {
    da: /^IBMPlexSans-(Regular|SemiBold)-Latin1\./,
    en: /^IBMPlexSans-(Regular|SemiBold)-Latin1\./,
    let: /^IBMPlexSans-(Regular|SemiBold)-Latin1\./,
    uk: /^IBMPlexSans-(Regular|SemiBold)-(Latin1|Cyrillic)\./,
    ar: /^(IBMPlexSans-(Regular|SemiBold)-Latin1|ibm-plex-sans-arabic-arabic-(400|600)-normal)\./,
  };
  for (const { locale, prefix, messages } of LANGUAGES) {
    // A fresh context each time, so that nothing comes from the cache.
    const context = await browser.newContext();
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname.split('/').at(-1)!);
    });
    await page.goto(`${prefix}/s/${newCode()}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(fonts.length, locale).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, locale).toMatch(/\.woff2$/);
      expect(font, locale).toMatch(expected[locale]!);
    }
    if (locale === 'uk')
      expect(
        fonts.some((font) => font.includes('-Cyrillic.')),
        'Cyrillic',
      ).toBe(true);
    if (locale === 'ar')
      expect(
        fonts.some((font) => font.startsWith('ibm-plex-sans-arabic')),
        'Arabic',
      ).toBe(true);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', messages.Layout.description);
    await context.close();
  }
});

test('the text set before Plex Sans arrives takes the room Plex Sans will, so nothing reflows when it does', async ({
  page,
}) => {
  await page.goto(`/s/${newCode()}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The same paragraph in the loaded font and in its fallback face: as wide, line for line.
  const widths = await page.evaluate(() => {
    const text = document.querySelector('.font-lead')!.textContent!;
    const width = (family: string) => {
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;white-space:nowrap;font-size:16px;font-family:${family}`;
      probe.textContent = text;
      document.body.append(probe);
      const measured = probe.getBoundingClientRect().width;
      probe.remove();
      return measured;
    };
    return { plex: width("'Plex Sans'"), fallback: width("'Plex Sans Fallback'"), plain: width('system-ui') };
  });
  expect(widths.plex).toBeGreaterThan(300);
  // Within 2 %; the system's own font, unscaled, is further off (else this would prove nothing).
  expect(Math.abs(widths.fallback / widths.plex - 1)).toBeLessThan(0.02);
  expect(Math.abs(widths.plain / widths.plex - 1)).toBeGreaterThan(Math.abs(widths.fallback / widths.plex - 1));
});
