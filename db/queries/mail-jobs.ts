import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { mailJobs } from '../schema';

export function createMailJob(db: Db, createdBy: string, total: number, now = new Date()): number {
  return db.insert(mailJobs).values({ createdBy, createdAt: now, total }).returning({ id: mailJobs.id }).get().id;
}

export function recordMailResult(db: Db, id: number, ok: boolean): void {
  db.update(mailJobs)
    .set(ok ? { sent: sql`${mailJobs.sent} + 1` } : { failed: sql`${mailJobs.failed} + 1` })
    .where(eq(mailJobs.id, id))
    .run();
}

export function finishMailJob(db: Db, id: number, now = new Date()): void {
  db.update(mailJobs).set({ finishedAt: now }).where(eq(mailJobs.id, id)).run();
}

/** A job as its owner sees it; null for anyone else's. */
export function getMailJob(db: Db, id: number, owner: string) {
  return (
    db
      .select()
      .from(mailJobs)
      .where(and(eq(mailJobs.id, id), eq(mailJobs.createdBy, owner)))
      .get() ?? null
  );
}

/**
 * After a restart, unfinished jobs cannot go on: their tokens lived only in the
 * memory of the server that made them. Count what was not sent as failed.
 */
export function failInterruptedJobs(db: Db, now = new Date()): number {
  return db
    .update(mailJobs)
    .set({ failed: sql`${mailJobs.total} - ${mailJobs.sent}`, finishedAt: now })
    .where(isNull(mailJobs.finishedAt))
    .run().changes;
}
