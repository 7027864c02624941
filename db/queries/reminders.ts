import { and, eq, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations } from '../schema';
import { DAY_MS } from '@/lib/dates';
import { generateToken, hashToken } from '@/lib/tokens';
import type { Locale } from '@/lib/locales';

export function markSent(db: Db, id: number, now = new Date()): void {
  db.update(invitations).set({ sentAt: now }).where(eq(invitations.id, id)).run();
}

/** Unanswered, unexpired e-mail invitations sent at least `days` ago that have had no reminder. */
export function dueReminders(db: Db, days: number, now = new Date()) {
  return db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        isNotNull(invitations.email),
        eq(invitations.answered, false),
        isNull(invitations.remindedAt),
        gt(invitations.expiresAt, now),
        lte(invitations.sentAt, new Date(now.getTime() - days * DAY_MS)),
      ),
    )
    .all()
    .map((row) => row.id);
}

type ClaimedReminder = {
  id: number;
  token: string;
  previousHash: string;
  email: string;
  language: Locale;
  expiresAt: Date;
};

/**
 * Claims the one reminder of an invitation. Only the hash of a token is ever
 * stored, so the reminder carries a new token and the first link stops
 * working. The conditional UPDATE makes a second reminder impossible.
 */
export function claimReminder(db: Db, id: number, now = new Date()): ClaimedReminder | null {
  return db.transaction(
    (tx) => {
      const row = tx
        .select({
          tokenHash: invitations.tokenHash,
          email: invitations.email,
          language: invitations.language,
          expiresAt: invitations.expiresAt,
        })
        .from(invitations)
        .where(
          and(
            eq(invitations.id, id),
            isNull(invitations.remindedAt),
            eq(invitations.answered, false),
            isNotNull(invitations.email),
          ),
        )
        .get();
      if (!row?.email) return null;
      const token = generateToken();
      const changed = tx
        .update(invitations)
        .set({ tokenHash: hashToken(token), remindedAt: now })
        .where(and(eq(invitations.id, id), isNull(invitations.remindedAt), eq(invitations.answered, false)))
        .run().changes;
      if (changed !== 1) return null;
      return {
        id,
        token,
        previousHash: row.tokenHash,
        email: row.email,
        language: row.language,
        expiresAt: row.expiresAt,
      };
    },
    { behavior: 'immediate' },
  );
}

/** The reminder could not be sent: the first link works again and a later run may retry. */
export function releaseReminder(db: Db, claimed: ClaimedReminder): void {
  db.update(invitations)
    .set({ tokenHash: claimed.previousHash, remindedAt: null })
    .where(and(eq(invitations.id, claimed.id), eq(invitations.tokenHash, hashToken(claimed.token))))
    .run();
}
