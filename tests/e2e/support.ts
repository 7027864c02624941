import { expect, type APIResponse, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createInvitations } from '@/db/queries/invitations';
import { formatCode, hashToken } from '@/lib/tokens';

let shared: Db | undefined;

/** The same SQLite file the server under test uses (WAL lets both work at once). */
export function testDb(): Db {
  if (!shared) {
    shared = openDatabase(process.env.E2E_DATABASE!);
    migrateDatabase(shared);
  }
  return shared;
}

/** A new invitation through the project's own function; returns its printed code. */
export function newCode(
  options: { expiresInDays?: number; now?: Date; targetGroup?: string; team?: string } = {},
): string {
  if (options.team) {
    testDb().$client.prepare('INSERT OR IGNORE INTO teams (key, name) VALUES (?, ?)').run(options.team, options.team);
  }
  const [created] = createInvitations(testDb(), {
    targetGroup: options.targetGroup ?? 'dagpenge',
    team: options.team,
    channel: 'cli',
    count: 1,
    expiresInDays: options.expiresInDays,
    now: options.now,
  });
  return formatCode(created!.token);
}

/** Whether an invitation was opened and answered: all it knows (never when). */
export function invitationState(code: string): { answered: boolean; opened: boolean } {
  const token = code.replace(/-/g, '');
  const row = testDb()
    .$client.prepare('SELECT answered, opened FROM invitations WHERE token_hash = ?')
    .get(hashToken(token)) as { answered: number; opened: number };
  return { answered: row.answered === 1, opened: row.opened === 1 };
}

/** Responses stored with a given comment: each test marks its own answers this way. */
export function responsesWithComment(comment: string): Record<string, unknown>[] {
  return testDb().$client.prepare('SELECT * FROM responses WHERE comment = ?').all(comment) as Record<
    string,
    unknown
  >[];
}

/** Responses of one team: tests that run in parallel each use a team of their own. */
export function responseCount(team: string): number {
  return (testDb().$client.prepare('SELECT count(*) AS n FROM responses WHERE team = ?').get(team) as { n: number }).n;
}

export async function expectNoAxeViolations(page: Page) {
  // After a server action Next may put the title back a moment later: wait for it (a page that
  // really has none still fails here, after the timeout).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page) {
  const { overflow, widest } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.parentElement?.closest('.table-scroll'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { overflow: document.documentElement.scrollWidth - limit, widest };
  });
  expect(overflow, `${page.url()} is wider than the screen: ${widest.join(', ')}`).toBeLessThanOrEqual(0);
}

/**
 * The hidden fields a form on `path` posts without JavaScript (Next's action fields), read
 * from the server-rendered HTML: the `index`th form of the page.
 */
export async function noJsFormFields(
  baseURL: string,
  path: string,
  index = 0,
  cookie?: string,
): Promise<[string, string][]> {
  const html = await (await fetch(new URL(path, baseURL), { headers: cookie ? { cookie } : {} })).text();
  const forms = html
    .split('<form')
    .slice(1)
    .map((part) => part.slice(0, part.indexOf('</form>')));
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...forms[index]!.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(
    (match) => [match[1]!, decode(match[2] ?? '')] as [string, string],
  );
}

/** Posts a form the way a browser without JavaScript does, from a client address of its own. */
export async function postNoJs(
  baseURL: string,
  path: string,
  fields: [string, string][],
  address: string,
  cookie?: string,
) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return fetch(new URL(path, baseURL), {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin: new URL(baseURL).origin, 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
  });
}

type HeaderMap = Record<string, string | string[] | undefined>;

/** The headers every page (`page`) or API answer (`api`) carries, whatever its status; a response or raw `node:http` headers. */
export function expectSecurityHeaders(response: APIResponse | HeaderMap, kind: 'page' | 'api') {
  const headers: HeaderMap =
    typeof response.headers === 'function' ? (response as APIResponse).headers() : (response as HeaderMap);
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === 'page') {
    // Scripts only from our origin or with this response's nonce; no inline script otherwise.
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(headers['cache-control']).toContain('no-store');
  } else {
    expect(csp).toContain("default-src 'none'");
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-powered-by']).toBeUndefined();
}
