import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { actionForm, serverActions } from '../support/actions';
import { newStaff, setUpTwoFactor, signIn, fromOwnAddress } from '../support/staff';

/**
 * Who may use what: every page, server action and route handler in app/,
 * against anonymous, caseworker, manager and admin. Routes are read from the
 * app folder and the build's action manifest, so a new one without an entry
 * here fails this test.
 */
type Access = 'public' | 'caseworker' | 'manager' | 'admin';
type Who = 'anonymous' | 'caseworker' | 'manager' | 'admin';

const PAGES: Record<string, Access> = {
  '/': 'public',
  '/s': 'public',
  '/s/[token]': 'public',
  '/s/tak': 'public',
  '/privatliv': 'public',
  '/tilgaengelighed': 'public',
  '/log-ind': 'public',
  '/log-ind/to-faktor': 'public',
  '/log-ind/sso-fejl': 'public',
  '/ingen-adgang': 'public',
  '/konto': 'caseworker',
  '/invitationer': 'caseworker',
  '/invitationer/forsendelse/[id]': 'caseworker',
  '/resultater': 'manager',
  '/resultater/rapport': 'manager',
  '/konto/to-faktor': 'caseworker',
  '/konto/ny-adgangskode': 'caseworker',
  '/admin': 'admin',
  '/admin/personer': 'admin',
  '/admin/personer/ny': 'admin',
  '/admin/personer/[id]': 'admin',
  '/admin/maalgrupper': 'admin',
  '/admin/maalgrupper/ny-maalgruppe': 'admin',
  '/admin/maalgrupper/[key]': 'admin',
  '/admin/teams': 'admin',
  '/admin/teams/nyt-team': 'admin',
  '/admin/teams/[key]': 'admin',
  '/admin/taerskler': 'admin',
  '/admin/indstillinger': 'admin',
  '/admin/api-noegler': 'admin',
  '/admin/log': 'admin',
  '/admin/import': 'admin',
};

const ACTIONS: Record<string, Access> = {
  'app/[locale]/(citizen)/s/[token]/actions.ts#submitSurvey': 'public',
  'app/[locale]/(staff)/actions.ts#signOut': 'public',
  'app/[locale]/(staff)/log-ind/actions.ts#signIn': 'public',
  'app/[locale]/(staff)/log-ind/actions.ts#signInWithSso': 'public',
  'app/[locale]/(staff)/log-ind/to-faktor/actions.ts#verifySignInCode': 'public',
  'app/[locale]/(staff)/log-ind/to-faktor/actions.ts#verifyBackupCode': 'public',
  'app/[locale]/(staff)/konto/actions.ts#changePassword': 'caseworker',
  'app/[locale]/(staff)/konto/actions.ts#disableTwoFactor': 'caseworker',
  'app/[locale]/(staff)/konto/to-faktor/actions.ts#setUpTwoFactor': 'caseworker',
  'app/[locale]/(staff)/invitationer/actions.ts#createInvitation': 'caseworker',
  'app/[locale]/(staff)/invitationer/actions.ts#markPrinted': 'caseworker',
  'app/[locale]/(staff)/invitationer/actions.ts#sendRemindersNow': 'manager',
  'app/[locale]/(staff)/invitationer/batch-actions.ts#createBatch': 'caseworker',
  'app/[locale]/(staff)/admin/personer/actions.ts#createPerson': 'admin',
  'app/[locale]/(staff)/admin/personer/actions.ts#changeRole': 'admin',
  'app/[locale]/(staff)/admin/personer/actions.ts#changeTeam': 'admin',
  'app/[locale]/(staff)/admin/personer/actions.ts#setDisabled': 'admin',
  'app/[locale]/(staff)/admin/personer/actions.ts#resetPassword': 'admin',
  'app/[locale]/(staff)/admin/maalgrupper/actions.ts#createTargetGroup': 'admin',
  'app/[locale]/(staff)/admin/maalgrupper/actions.ts#renameGroup': 'admin',
  'app/[locale]/(staff)/admin/maalgrupper/actions.ts#setGroupRetired': 'admin',
  'app/[locale]/(staff)/admin/teams/actions.ts#createTeam': 'admin',
  'app/[locale]/(staff)/admin/teams/actions.ts#renameTeamAction': 'admin',
  'app/[locale]/(staff)/admin/teams/actions.ts#setTeamRetiredAction': 'admin',
  'app/[locale]/(staff)/admin/taerskler/actions.ts#saveThresholds': 'admin',
  'app/[locale]/(staff)/admin/indstillinger/actions.ts#saveSettings': 'admin',
  'app/[locale]/(staff)/admin/indstillinger/actions.ts#savePasswordPolicy': 'admin',
  'app/[locale]/(staff)/admin/indstillinger/actions.ts#saveOrganisation': 'admin',
  'app/[locale]/(staff)/admin/indstillinger/actions.ts#saveLogo': 'admin',
  'app/[locale]/(staff)/admin/indstillinger/actions.ts#removeLogo': 'admin',
  'app/[locale]/(staff)/admin/api-noegler/actions.ts#createToken': 'admin',
  'app/[locale]/(staff)/admin/api-noegler/actions.ts#revokeToken': 'admin',
  'app/[locale]/(staff)/admin/import/actions.ts#importResponsesFile': 'admin',
};

const ROUTES: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/ping': 'public',
  // The municipality's logo, shown on the public pages.
  'GET /api/logo': 'public',
  // 404 while OIDC_ISSUER is unset; the provider's redirect back, checked by its state (tests/e2e/sso.spec.ts).
  'GET /api/auth/callback/oidc': 'public',
  'GET /api/v1/results': 'manager',
  'GET /api/v1/export/results': 'manager',
  'GET /api/v1/export/responses': 'manager',
};

const RANK: Record<Who, number> = { anonymous: 0, caseworker: 1, manager: 2, admin: 3 };
const NEEDS: Record<Access, number> = { public: 0, caseworker: 1, manager: 2, admin: 3 };
const allowed = (who: Who, access: Access) => RANK[who] >= NEEDS[access];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const appFiles = walk('app').map((file) => file.split(path.sep).join('/'));

/** `app/[locale]/(staff)/admin/page.tsx` → `/admin` */
function urlPath(file: string): string {
  const segments = file
    .replace(/^app\//, '')
    .replace(/\/?(page\.tsx|route\.ts|actions\.ts)$/, '')
    .split('/')
    .filter((segment) => segment && segment !== '[locale]' && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

const pagesInApp = appFiles.filter((file) => file.endsWith('/page.tsx')).map(urlPath);
const routesInApp = appFiles
  .filter((file) => file.endsWith('/route.ts'))
  .flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (match) => `${match[1]} ${urlPath(file)}`,
    ),
  );
const actionsInApp = appFiles
  // Every module of server actions, whatever its name.
  .filter((file) => file.endsWith('.ts') && /^['"]use server['"]/.test(fs.readFileSync(file, 'utf8')))
  .flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    return [
      // (formData) alone: a plain form action; (state, formData): a useActionState action.
      ...[...source.matchAll(/export async function (\w+)\((\w*)/g)].map((match) => ({
        key: `${file}#${match[1]}`,
        plain: match[2] === 'formData',
      })),
      // The admin helpers (server/admin-action.ts): a form action with state, or a plain button.
      ...[...source.matchAll(/export const (\w+) = (adminAction|adminButton)\(/g)].map((match) => ({
        key: `${file}#${match[1]}`,
        plain: match[2] === 'adminButton',
      })),
    ];
  });

const actionIds = serverActions();

const sample = (url: string) =>
  url.replace('[token]', 'ABCD-EFGH-JKMN-PQRS').replace('[id]', '1').replace('[key]', 'other');
const DENIED = /^(\/en)?\/(log-ind|ingen-adgang|konto\/to-faktor)$/;
/** Whether a redirect sends the user away for lack of access (not, say, to "signed out"). */
const isDenial = (location: string, baseURL: string) => {
  const url = new URL(location, baseURL);
  return url.search === '' && DENIED.test(url.pathname);
};

test('every page, action and route handler in app/ has an entry in the matrix', () => {
  expect(pagesInApp.filter((page) => !(page in PAGES))).toEqual([]);
  expect(actionsInApp.map((a) => a.key).filter((key) => !(key in ACTIONS))).toEqual([]);
  expect(routesInApp.filter((route) => !(route in ROUTES))).toEqual([]);
  // And every entry still exists, so the matrix cannot silently test nothing.
  expect(Object.keys(PAGES).filter((page) => !pagesInApp.includes(page))).toEqual([]);
  expect(Object.keys(ACTIONS).filter((key) => !actionIds.has(key))).toEqual([]);
});

async function asUser(browser: Browser, who: Who): Promise<APIRequestContext> {
  const context = await browser.newContext({ locale: 'da-DK' });
  if (who !== 'anonymous') {
    const page = await context.newPage();
    await fromOwnAddress(page);
    const staff = await newStaff(who);
    await signIn(page, staff.email);
    if (who === 'admin') await setUpTwoFactor(page);
    await expect(page).toHaveURL(
      who === 'admin' ? /\/admin$/ : who === 'manager' ? /\/resultater$/ : /\/invitationer$/,
    );
    await page.close();
  }
  return context.request;
}

for (const who of ['anonymous', 'caseworker', 'manager', 'admin'] as const) {
  test(`access as ${who}`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const request = await asUser(browser, who);
    const problems: string[] = [];

    for (const [page, access] of Object.entries(PAGES)) {
      const response = await request.get(sample(page), { maxRedirects: 0 });
      const location = response.headers()['location'] ?? '';
      const denied = response.status() === 307 && isDenial(location, baseURL!);
      if (denied === allowed(who, access)) problems.push(`page ${page}: ${response.status()} ${location}`);
    }

    for (const { key, plain } of actionsInApp) {
      if (key.endsWith('#signOut') && who !== 'anonymous') continue; // would end this session
      const action = actionIds.get(key)!;
      const url = sample(urlPath(`${action.workers[0]}.tsx`));
      const form = actionForm(action.id, plain);
      const response = await request.post(url, { multipart: form, maxRedirects: 0, headers: { Origin: baseURL! } });
      const location = response.headers()['location'] ?? '';
      const denied = response.status() === 303 && isDenial(location, baseURL!);
      if (response.status() >= 500) problems.push(`action ${key}: ${response.status()}`);
      else if (denied === allowed(who, ACTIONS[key]!)) problems.push(`action ${key}: ${response.status()} ${location}`);
    }

    for (const [route, access] of Object.entries(ROUTES)) {
      const [method, url] = route.split(' ') as [string, string];
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      const denied = response.status() === 401 || response.status() === 403;
      if (denied === allowed(who, access)) problems.push(`route ${route}: ${response.status()}`);
    }

    expect(problems).toEqual([]);
  });
}
