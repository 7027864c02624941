import { and, count, desc, eq, gte, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations, responses } from '../schema';
import { copenhagenDate } from '@/lib/dates';

type InvitationStatus = 'created' | 'sent' | 'opened' | 'answered' | 'expired';

/** The furthest a citizen got: answered, else expired, else opened, else sent by e-mail, else created. */
export function invitationStatus(
  row: { answered: boolean; expiresAt: Date; opened: boolean; sentAt: Date | null },
  now = new Date(),
): InvitationStatus {
  if (row.answered) return 'answered';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (row.opened) return 'opened';
  if (row.sentAt) return 'sent';
  return 'created';
}

/** A caseworker's own invitations, newest first: whether answered, never what. */
export function listOwnInvitations(db: Db, userId: string, limit = 200) {
  return db
    .select({
      id: invitations.id,
      createdAt: invitations.createdAt,
      channel: invitations.channel,
      targetGroup: invitations.targetGroup,
      expiresAt: invitations.expiresAt,
      opened: invitations.opened,
      answered: invitations.answered,
      sentAt: invitations.sentAt,
      remindedAt: invitations.remindedAt,
    })
    .from(invitations)
    .where(eq(invitations.createdBy, userId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(limit)
    .all();
}

export type ResponseRate = { invited: number; answered: number; rate: number | null };

/** Answered invitations among those counted. */
const answeredCount = sql<number>`COUNT(*) FILTER (WHERE ${invitations.answered})`.mapWith(Number);

const rateOf = (invited: number, answered: number): ResponseRate => ({
  invited,
  answered,
  rate: invited === 0 ? null : answered / invited,
});

/** AAPOR RR1: invitations created in [from, to) that were answered, over all created then. */
export function responseRate(db: Db, period: { from: Date; to: Date }, createdBy?: string): ResponseRate {
  const row = db
    .select({ invited: count(), answered: answeredCount })
    .from(invitations)
    .where(
      and(
        gte(invitations.createdAt, period.from),
        lt(invitations.createdAt, period.to),
        createdBy ? eq(invitations.createdBy, createdBy) : undefined,
      ),
    )
    .get();
  return rateOf(row?.invited ?? 0, row?.answered ?? 0);
}

/** The same rate per team or per target group. */
export function responseRateBy(db: Db, period: { from: Date; to: Date }, by: 'team' | 'target_group') {
  const column = by === 'team' ? invitations.team : invitations.targetGroup;
  return db
    .select({ value: column, invited: count(), answered: answeredCount })
    .from(invitations)
    .where(and(gte(invitations.createdAt, period.from), lt(invitations.createdAt, period.to)))
    .groupBy(column)
    .orderBy(column)
    .all()
    .map((row) => ({ value: row.value, ...rateOf(row.invited, row.answered) }));
}

/**
 * Erases what must not be kept: e-mail addresses of answered and expired
 * invitations, and comments older than the retention period. Counts only.
 */
export function purge(db: Db, retentionMonths: number, now = new Date()) {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - retentionMonths);
  return db.transaction((tx) => {
    const emails = tx
      .update(invitations)
      .set({ email: null })
      .where(and(isNotNull(invitations.email), or(eq(invitations.answered, true), lte(invitations.expiresAt, now))))
      .run().changes;
    const comments = tx
      .update(responses)
      .set({ comment: null })
      .where(and(isNotNull(responses.comment), lt(responses.submittedOn, copenhagenDate(cutoff))))
      .run().changes;
    return { emailsErased: emails, commentsDeleted: comments };
  });
}
