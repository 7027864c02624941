import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createInvitations } from '@/db/queries/invitations';
import { addTeam, teamExists } from '@/db/queries/reference';
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

/** A team through the project's own function, unless it is there already (tests in parallel share teams). */
export function ensureTeam(key: string, name: string): void {
  const db = testDb();
  // Immediate: the check and the insert under the write lock, which waits its turn while the
  // server or another worker writes (a deferred transaction would fail instead of waiting).
  db.transaction(
    () => {
      if (!teamExists(db, key)) addTeam(db, { key, name });
    },
    { behavior: 'immediate' },
  );
}

/** A new invitation through the project's own function; returns its printed code. */
export function newCode(
  options: { expiresInDays?: number; now?: Date; targetGroup?: string; team?: string } = {},
): string {
  if (options.team) ensureTeam(options.team, options.team);
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
