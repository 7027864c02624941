import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user } from '../db/auth-schema';
import { createInvitations, markOpened } from '../db/queries/invitations';
import { markSent } from '../db/queries/reminders';
import { submitResponse } from '../db/queries/responses';
import { DAY_MS } from '../lib/dates';
import { seedDemoTeams } from '../db/queries/reference';
import { clearOneTimePassword } from '../db/queries/users';
import { createStaffUser, oneTimePassword, resetStaffPassword } from '../server/staff';
import { createAuth } from '../server/auth/auth';
import type { Role } from '../lib/auth/roles';
import { formatCode } from '../lib/tokens';
import { publicBaseUrl, runCommand, withDatabase } from './lib/cli';
import { seedDemoResponses } from './lib/demo-responses';
import type { Locale } from '../lib/locales';
import { surveyUrl } from '../lib/survey/links';

/** Demo data: teams, one user per role and a few open survey invitations, printed to try. */
const DEMO_USERS: { email: string; name: string; role: Role; team: string | null }[] = [
  { email: 'sagsbehandler@demo.vaerdig.dk', name: 'Sara Sagsbehandler', role: 'caseworker', team: 'nord' },
  { email: 'leder@demo.vaerdig.dk', name: 'Lars Leder', role: 'manager', team: null },
  { email: 'admin@demo.vaerdig.dk', name: 'Anna Admin', role: 'admin', team: null },
];

async function seed(db: Db) {
  const baseUrl = publicBaseUrl();
  seedDemoTeams(db);
  const auth = createAuth(db);

  console.log(`Demo staff (sign in at ${baseUrl}/log-ind; new passwords each time the seed runs):`);
  for (const demo of DEMO_USERS) {
    const existing = db.select({ id: user.id }).from(user).where(eq(user.email, demo.email)).get();
    // Demo passwords are printed for trying things out: not one-time, so no change is forced.
    const password = existing
      ? await resetStaffPassword(db, existing.id, auth)
      : (await createStaffUser(db, { ...demo, password: oneTimePassword() }, auth)).password;
    if (existing) clearOneTimePassword(db, existing.id);
    console.log(`  ${demo.role.padEnd(10)} ${demo.email.padEnd(32)} ${password}`);
  }
  console.log('  The admin sets up two-factor authentication (an authenticator app) at first sign-in.');

  seedCaseworkerInvitations(db, DEMO_USERS[0]!.email);
  const responses = seedDemoResponses(db);
  if (responses > 0)
    console.log(`Demo results: ${responses} answers over the last eight quarters (see ${baseUrl}/resultater).`);

  const links = (language: Locale, targetGroup: string, team: string) =>
    createInvitations(db, { targetGroup, team, language, channel: 'cli', count: 2 }).map(({ token }) => {
      const code = formatCode(token);
      return `${surveyUrl(baseUrl, code, language)}   (kode ${code})`;
    });
  console.log('Demo survey links (each works once, for 30 days):');
  for (const line of [
    ...links('da', 'dagpenge', 'nord'),
    ...links('da', 'uddannelseshjaelp', 'unge'),
    ...links('en', 'integration', 'syd'),
  ]) {
    console.log(`  ${line}`);
  }
  console.log(`Type a code at ${baseUrl}/s`);
}

/** The demo caseworker's follow-up shows an invitation in each state. */
function seedCaseworkerInvitations(db: Db, email: string) {
  const owner = db.select({ id: user.id }).from(user).where(eq(user.email, email)).get();
  if (!owner) return;
  const make = (options: { now?: Date; expiresInDays?: number; email?: string; channel?: 'link' | 'card' | 'email' }) =>
    createInvitations(db, {
      targetGroup: 'dagpenge',
      team: 'nord',
      channel: options.channel ?? 'link',
      count: 1,
      createdBy: owner.id,
      ...options,
    })[0]!;
  const now = Date.now();
  make({ channel: 'card' });
  markSent(db, make({ channel: 'email', email: 'demo.borger@example.invalid' }).id);
  markOpened(db, make({}).token);
  submitResponse(db, make({}).token, { guidance_helps: '4', clear_purpose: '5', min_plan_use: 'no' }, 'da');
  make({ now: new Date(now - 40 * DAY_MS), expiresInDays: 30 });
}

runCommand(() => withDatabase(seed));
