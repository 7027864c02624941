import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations, targetGroups, teams, type NewInvitation } from '../schema';
import { DAY_MS } from '@/lib/dates';
import { generateToken, hashToken } from '@/lib/tokens';
import { getSettings } from './settings';
import type { Locale } from '@/lib/locales';

type InvitationChannel = (typeof invitations.$inferInsert)['channel'];

type CreateInvitationsInput = {
  targetGroup: string;
  team?: string | null;
  language?: Locale;
  channel: InvitationChannel;
  count: number;
  expiresInDays?: number;
  createdBy?: string | null;
  email?: string | null;
  now?: Date;
};

export type CreatedInvitation = { id: number; token: string; expiresAt: Date };

export class InvitationInputError extends Error {}

/**
 * Creates invitations and returns their tokens. This is the only moment a
 * token exists in clear text: the database keeps its hash alone.
 */
export function createInvitations(db: Db, input: CreateInvitationsInput): CreatedInvitation[] {
  const now = input.now ?? new Date();
  const days = input.expiresInDays ?? getSettings(db).tokenExpiryDays;
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > 10_000) {
    throw new InvitationInputError('count must be a whole number from 1 to 10000');
  }
  if (!Number.isFinite(days) || days <= 0 || days > 365) {
    throw new InvitationInputError('expiry must be more than 0 and at most 365 days');
  }
  const expiresAt = new Date(now.getTime() + days * DAY_MS);

  // Take the write lock first: a read-then-write upgrade fails at once when another writer is busy.
  return db.transaction(
    (tx) => {
      const group = tx
        .select({ key: targetGroups.key })
        .from(targetGroups)
        .where(and(eq(targetGroups.key, input.targetGroup), isNull(targetGroups.retiredAt)))
        .get();
      if (!group) throw new InvitationInputError(`unknown target group: ${input.targetGroup}`);
      if (input.team) {
        const team = tx.select({ key: teams.key }).from(teams).where(eq(teams.key, input.team)).get();
        if (!team) throw new InvitationInputError(`unknown team: ${input.team}`);
      }
      const row = {
        targetGroup: input.targetGroup,
        team: input.team ?? null,
        language: input.language ?? 'da',
        channel: input.channel,
        email: input.email ?? null,
        createdBy: input.createdBy ?? null,
      };
      return Array.from({ length: input.count }, () => insertInvitation(tx, row, now, expiresAt));
    },
    { behavior: 'immediate' },
  );
}

type InvitationRow = Pick<NewInvitation, 'targetGroup' | 'team' | 'language' | 'channel' | 'email' | 'createdBy'>;

/** The one place a token is made: its hash goes in, the token itself goes back to the caller. */
function insertInvitation(tx: Pick<Db, 'insert'>, row: InvitationRow, now: Date, expiresAt: Date): CreatedInvitation {
  const token = generateToken();
  const { id } = tx
    .insert(invitations)
    .values({ ...row, tokenHash: hashToken(token), createdAt: now, expiresAt })
    .returning({ id: invitations.id })
    .get();
  return { id, token, expiresAt };
}

export type TokenState = 'open' | 'answered' | 'unavailable';

/**
 * What a citizen holding this token may see. Unknown and expired tokens look
 * the same, so a guess learns nothing about other invitations.
 */
export function getTokenState(db: Db, token: string, now = new Date()): TokenState {
  const row = db
    .select({ expiresAt: invitations.expiresAt, answered: invitations.answered })
    .from(invitations)
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
  if (!row) return 'unavailable';
  if (row.answered) return 'answered';
  if (row.expiresAt.getTime() <= now.getTime()) return 'unavailable';
  return 'open';
}

/** Records the first time an open invitation's survey was shown (for the caseworker's follow-up). */
export function markOpened(db: Db, token: string): void {
  db.update(invitations)
    .set({ opened: true })
    .where(and(eq(invitations.tokenHash, hashToken(token)), eq(invitations.opened, false)))
    .run();
}

/** A caseworker printed the card for their own invitation. */
export function markCardChannel(db: Db, id: number, userId: string): void {
  db.update(invitations)
    .set({ channel: 'card' })
    .where(and(eq(invitations.id, id), eq(invitations.createdBy, userId)))
    .run();
}

type BatchInput = { targetGroup: string; team: string | null; language: Locale; email: string | null };

/** All rows or none: one transaction for the whole batch. */
export function createInvitationBatch(
  db: Db,
  rows: readonly BatchInput[],
  options: { createdBy: string; expiresInDays: number; now?: Date },
): (CreatedInvitation & BatchInput)[] {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + options.expiresInDays * DAY_MS);
  return db.transaction(
    (tx) =>
      rows.map((row) => ({
        ...row,
        ...insertInvitation(
          tx,
          {
            targetGroup: row.targetGroup,
            team: row.team,
            language: row.language,
            email: row.email,
            channel: row.email ? 'email' : 'batch',
            createdBy: options.createdBy,
          },
          now,
          expiresAt,
        ),
      })),
    { behavior: 'immediate' },
  );
}
