import { expect, test, type Page } from '@playwright/test';
import { formatCode, generateToken } from '@/lib/tokens';
import { formHtml, hiddenFields } from '@/scripts/lib/html';
import { invitationState, newCode, responsesWithComment } from '../support/e2e-db';
import { noJsFormFields, postNoJs } from '../support/no-js';
import { expectAnswer, expectCriticalCss, expectHashesOf, inlineScriptsOf, keptPage } from '../support/page-checks';
import { da, hydrated, question } from '../support/survey';

/**
 * The survey page and its submit without JavaScript, as `npm start`'s server answers them
 * itself (scripts/lib/survey-cache.ts): every visitor gets their own code in a kept page, with
 * exactly that page's scripts allowed; a valid no-JS answer is stored and spends its code once;
 * everything else is answered by Next.js as before.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const tokenOf = (code: string) => code.replace(/-/g, '');

let baseURL = '';
test.beforeEach(({ baseURL: url }) => {
  baseURL = url!;
});

/** Posts the survey's form as a browser without JavaScript does, with a marker comment. */
async function post(code: string, answers: [string, string][] = [['clear_purpose', '4']], prefix = '') {
  const fields = await noJsFormFields(baseURL, `${prefix}/s/${code}`);
  return postNoJs(baseURL, `${prefix}/s/${code}`, [...fields, ...answers], '192.0.2.80');
}

test('each visit to a kept survey page gets its own code, the hashes of its own scripts, and is marked opened', async ({
  request,
}) => {
  test.setTimeout(60_000);
  for (const prefix of ['', '/ar', '/let']) {
    const first = newCode();
    await keptPage(request, `${prefix}/s/${first}`);
    const code = newCode();
    expect(invitationState(code).opened).toBe(false);
    const kept = await expectAnswer(request.get(`${prefix}/s/${code}`), 200, 'kept');
    expect(kept.headers().link, prefix).toBeUndefined();
    // gzip, its start compressed once for every visit and the rest for this one: one stream.
    expect(kept.headers()['content-encoding'], prefix).toBe('gzip');
    const html = await kept.text();
    expect(hiddenFields(formHtml(html))).toContainEqual(['token', tokenOf(code)]);
    expect(html).toContain(code);
    expect(html).not.toContain(first);
    expect(html).not.toContain(tokenOf(first));
    expectHashesOf(kept.headers()['content-security-policy']!, inlineScriptsOf(html), prefix);
    expectCriticalCss(kept.headers()['content-security-policy']!, html, prefix);
    expect(invitationState(code).opened).toBe(true);
  }

  // An answered code and one that is not valid (unknown, expired): their own pages, kept too.
  const answered = newCode();
  expect((await post(answered)).headers.get('location')).toBe('/s/tak');
  const unknown = formatCode(generateToken());
  const expired = newCode({ expiresInDays: 1, now: new Date(Date.now() - 2 * DAY_MS) });
  for (const [code, heading] of <[string, string][]>[
    [answered, 'Tak, du har allerede svaret'],
    [unknown, 'Linket eller koden virker ikke'],
    [expired, 'Linket eller koden virker ikke'],
  ]) {
    const kept = await keptPage(request, `/s/${code}`);
    expect(kept.status()).toBe(200);
    const html = await kept.text();
    expect(html, code).toContain(`<h1>${heading}</h1>`);
    expect(html, code).not.toContain('name="token"');
    expect(html, code).toContain(code);
    for (const other of [answered, unknown, expired].filter((one) => one !== code))
      expect(html, code).not.toContain(other);
    expectHashesOf(kept.headers()['content-security-policy']!, inlineScriptsOf(html), code);
    expectCriticalCss(kept.headers()['content-security-policy']!, html, code);
  }
});

/** The scripts a page has asked for by address so far. */
const scriptsLoaded = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );

test('a kept survey page loads its scripts on first use: they run, and nothing is refused', async ({
  page,
  request,
}) => {
  await keptPage(request, `/s/${newCode()}`);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(`/s/${newCode()}`);
  expect(response!.headers()['content-security-policy']).toContain("'sha256-");
  // Loaded: the page and its styles and fonts, no script by address, nothing preloaded.
  expect(await scriptsLoaded(page)).toEqual([]);
  expect(await page.locator('script[src], link[rel="preload"][as="script"]').count()).toBe(0);

  // First use (a key): Next's runtime loads and runs, and with it the form's own checks: an
  // empty submit is answered in the page.
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version))
    .toBe('string');
  await expect.poll(() => hydrated(page)).toBe(true);
  expect((await scriptsLoaded(page)).length).toBeGreaterThan(1);
  const posts: string[] = [];
  page.on('request', (sent) => {
    if (sent.method() === 'POST') posts.push(sent.url());
  });
  await page.getByRole('button', { name: da.submit }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect(posts).toEqual([]);
  expect(errors).toEqual([]);
});

test('answers given before the scripts have run are kept when they do, and sent with JavaScript', async ({
  page,
  request,
}) => {
  await keptPage(request, `/s/${newCode()}`);
  const code = newCode();
  // The scripts are held back until the answers are given: a slow line, made certain.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`/s/${code}`);
  const comment = `before the scripts ${Date.now()}`;
  await question(page, da.clearPurpose).getByLabel('Helt enig', { exact: true }).check();
  await question(page, da.channel).getByLabel('Telefon', { exact: true }).check();
  await page.getByLabel(da.comment).fill(comment);
  expect(await hydrated(page)).toBe(false);
  release();
  await expect.poll(() => hydrated(page)).toBe(true);

  // Still chosen, the comment counted, and kept for the language switch.
  await expect(question(page, da.clearPurpose).getByLabel('Helt enig', { exact: true })).toBeChecked();
  await expect(question(page, da.channel).getByLabel('Telefon', { exact: true })).toBeChecked();
  await expect(
    page.getByText(`Du har ${new Intl.NumberFormat('da').format(2000 - comment.length)} tegn tilbage`),
  ).toBeVisible();
  const kept = await page.evaluate((key) => sessionStorage.getItem(key), `vaerdig:survey:${tokenOf(code)}`);
  expect(JSON.parse(kept!)).toMatchObject({ clear_purpose: '5', meeting_channel: 'phone', comment });

  // Sent by the form's script (a server action carries `next-action`), and stored as given.
  const action = page.waitForRequest((sent) => sent.method() === 'POST' && !!sent.headers()['next-action']);
  await page.getByRole('button', { name: da.submit }).click();
  await action;
  await expect(page).toHaveURL(/\/s\/tak$/);
  expect(responsesWithComment(comment)).toEqual([
    expect.objectContaining({ clear_purpose: 5, meeting_channel: 'phone' }),
  ]);
});

test('a no-JS answer is stored once and redirected as the action does; invalid answers come back with errors', async ({
  request,
}) => {
  await keptPage(request, `/s/${newCode()}`);
  const code = newCode();
  const comment = `survey-cache ${Date.now()}`;
  const form: [string, string][] = [
    ...(await noJsFormFields(baseURL, `/s/${code}`)),
    ['clear_purpose', '4'],
    ['comment', comment],
  ];
  const stored = await postNoJs(baseURL, `/s/${code}`, form, '192.0.2.80');
  expect(stored.status).toBe(303);
  expect(stored.headers.get('location')).toBe('/s/tak');
  expectRedirectHeaders(stored.headers);
  expect(responsesWithComment(comment)).toHaveLength(1);
  expect(invitationState(code)).toEqual({ answered: true, opened: true });

  // The same form again: the code is spent, and its page says so.
  const again = await postNoJs(baseURL, `/s/${code}`, form, '192.0.2.81');
  expect(again.status).toBe(303);
  expect(again.headers.get('location')).toBe(`/s/${code}`);
  expectRedirectHeaders(again.headers);
  expect(responsesWithComment(comment)).toHaveLength(1);

  // English: the English thank-you page.
  const english = await post(newCode(), [['clear_purpose', '5']], '/en');
  expect(english.headers.get('location')).toBe('/en/s/tak');
  expectRedirectHeaders(english.headers);

  // An answer outside the scale: the page again, with the error and the comment kept, the code unspent.
  const invalid = newCode();
  const refused = await post(invalid, [
    ['clear_purpose', '9'],
    ['comment', 'kept after the error'],
  ]);
  expect(refused.status).toBe(200);
  const page = await refused.text();
  expect(page).toMatch(/<title>Fejl: /);
  expect(page).toContain('kept after the error</textarea>');
  expect(invitationState(invalid).answered).toBe(false);

  // From another site: refused before anything is read.
  const fields = await noJsFormFields(baseURL, `/s/${invalid}`);
  const body = new FormData();
  for (const [name, value] of [...fields, ['clear_purpose', '4'] as const]) body.append(name, value);
  const crossSite = await fetch(new URL(`/s/${invalid}`, baseURL), {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin: 'https://example.com' },
  });
  expect(crossSite.status).toBe(403);
  expect(invitationState(invalid).answered).toBe(false);
});

/**
 * The server's own redirect (Next's carries a nonce policy: only this tells them apart), with
 * what proxy.ts gives every answer.
 */
function expectRedirectHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toContain("script-src 'none';");
  expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(headers.get('cache-control')).toContain('no-store');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('strict-transport-security')).toContain('max-age=');
}
