import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { session } from '../auth-schema';

/** Ends one session by its token, whoever holds the cookie. */
export function deleteSession(db: Db, token: string): void {
  db.delete(session).where(eq(session.token, token)).run();
}

/** Records activity on a session, for the idle limit. */
export function touchSession(db: Db, id: string, now = new Date()): void {
  db.update(session).set({ lastActiveAt: now }).where(eq(session.id, id)).run();
}
