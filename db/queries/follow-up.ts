import { and, count, desc, eq, gt, gte, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations, responses } from '../schema';
import { copenhagenDate } from '@/lib/dates';

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

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

export const INVITATION_STATUSES = ['created', 'sent', 'opened', 'answered', 'expired'] as const;

/** The SQL for one status, the same order of precedence as invitationStatus. */
function statusIs(status: InvitationStatus, now: Date) {
  const live = and(eq(invitations.answered, false), gt(invitations.expiresAt, now));
  switch (status) {
    case 'answered':
      return eq(invitations.answered, true);
    case 'expired':
      return and(eq(invitations.answered, false), lte(invitations.expiresAt, now));
    case 'opened':
      return and(live, eq(invitations.opened, true));
    case 'sent':
      return and(live, eq(invitations.opened, false), isNotNull(invitations.sentAt));
    case 'created':
      return and(live, eq(invitations.opened, false), isNull(invitations.sentAt));
  }
}

export type OwnInvitationFilter = {
  status?: InvitationStatus;
  /** Created in [from, to). */
  period?: { from: Date; to: Date };
  page?: number;
  pageSize?: number;
};

/** A caseworker's own invitations, newest first, a page at a time: whether answered, never what. */
export function listOwnInvitations(db: Db, userId: string, filter: OwnInvitationFilter = {}, now = new Date()) {
  const pageSize = filter.pageSize ?? 50;
  const where = and(
    eq(invitations.createdBy, userId),
    filter.status ? statusIs(filter.status, now) : undefined,
    filter.period ? gte(invitations.createdAt, filter.period.from) : undefined,
    filter.period ? lt(invitations.createdAt, filter.period.to) : undefined,
  );
  const total = db.select({ n: count() }).from(invitations).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  const rows = db
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
    .where(where)
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { rows, total, page, pages };
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
