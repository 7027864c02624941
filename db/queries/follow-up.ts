import { and, count, desc, eq, gte, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations, responses } from '../schema';
import { copenhagenDate } from '@/lib/dates';
import { PAGE_SIZE } from '@/lib/paging';

export const INVITATION_STATUSES = ['created', 'sent', 'opened', 'answered', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * The furthest a citizen got, as SQL, for the list and its filter alike: answered, else expired,
 * else opened, else sent by e-mail, else created.
 */
const statusAt = (now: Date) => sql<InvitationStatus>`CASE
  WHEN ${invitations.answered} THEN 'answered'
  WHEN ${lte(invitations.expiresAt, now)} THEN 'expired'
  WHEN ${invitations.opened} THEN 'opened'
  WHEN ${isNotNull(invitations.sentAt)} THEN 'sent'
  ELSE 'created' END`;

export type OwnInvitationFilter = {
  status?: InvitationStatus;
  /** Created in [from, to). */
  period?: { from: Date; to: Date };
};

const ownInvitations = (userId: string, filter: OwnInvitationFilter, now: Date) =>
  and(
    eq(invitations.createdBy, userId),
    filter.status ? eq(statusAt(now), filter.status) : undefined,
    filter.period ? gte(invitations.createdAt, filter.period.from) : undefined,
    filter.period ? lt(invitations.createdAt, filter.period.to) : undefined,
  );

/** How many of a caseworker's own invitations the filter keeps. */
export function countOwnInvitations(db: Db, userId: string, filter: OwnInvitationFilter = {}, now = new Date()) {
  return (
    db
      .select({ n: count() })
      .from(invitations)
      .where(ownInvitations(userId, filter, now))
      .get()?.n ?? 0
  );
}

/** A caseworker's own invitations, newest first, a page at a time (`pageOf`): whether answered, never what. */
export function listOwnInvitations(
  db: Db,
  userId: string,
  filter: OwnInvitationFilter = {},
  page: { size: number; offset: number } = { size: PAGE_SIZE, offset: 0 },
  now = new Date(),
) {
  return db
    .select({
      id: invitations.id,
      createdAt: invitations.createdAt,
      channel: invitations.channel,
      targetGroup: invitations.targetGroup,
      expiresAt: invitations.expiresAt,
      status: statusAt(now),
      remindedAt: invitations.remindedAt,
    })
    .from(invitations)
    .where(ownInvitations(userId, filter, now))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(page.size)
    .offset(page.offset)
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
