import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { account, session, user } from '../auth-schema';
import type { Role } from '@/lib/auth/roles';

/** Whether a person with that e-mail address (lower case) exists. */
export function staffEmailExists(db: Db, email: string): boolean {
  return Boolean(db.select({ id: user.id }).from(user).where(eq(user.email, email)).get());
}

/** Marks the password as one-time until `until`: to be replaced at first sign-in, void after. */
export function setOneTimePasswordUntil(db: Db, id: string, until: Date): void {
  db.update(user).set({ oneTimePasswordExpiresAt: until }).where(eq(user.id, id)).run();
}

/** Ends every session of a person. */
export function endSessionsOf(db: Db, id: string): void {
  db.delete(session).where(eq(session.userId, id)).run();
}

/** Whether the user still has to replace a one-time password (the staff pages lead nowhere else then). */
export function mustChangePassword(db: Db, id: string): boolean {
  const row = db.select({ until: user.oneTimePasswordExpiresAt }).from(user).where(eq(user.id, id)).get();
  return Boolean(row?.until);
}

/** A one-time password left unused past its 72 hours: it no longer signs anyone in. */
export function oneTimePasswordExpired(db: Db, id: string, now = new Date()): boolean {
  const row = db.select({ until: user.oneTimePasswordExpiresAt }).from(user).where(eq(user.id, id)).get();
  return Boolean(row?.until && row.until.getTime() <= now.getTime());
}

/** The person has set a password of their own. */
export function clearOneTimePassword(db: Db, id: string): void {
  db.update(user).set({ oneTimePasswordExpiresAt: null }).where(eq(user.id, id)).run();
}

export function listStaff(db: Db) {
  return db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      team: user.team,
      banned: user.banned,
      twoFactorEnabled: user.twoFactorEnabled,
    })
    .from(user)
    .orderBy(user.name)
    .all();
}

export function getStaff(db: Db, id: string) {
  return db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role })
    .from(user)
    .where(eq(user.id, id))
    .get();
}

/** Disabling ends every session of the user at once; enabling lets them sign in again. */
export function setStaffDisabled(db: Db, id: string, disabled: boolean): void {
  db.transaction((tx) => {
    tx.update(user).set({ banned: disabled, updatedAt: new Date() }).where(eq(user.id, id)).run();
    if (disabled) tx.delete(session).where(eq(session.userId, id)).run();
  });
}

export function setStaffRole(db: Db, id: string, role: Role): void {
  db.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, id)).run();
}

export function setStaffTeam(db: Db, id: string, team: string | null): void {
  db.update(user).set({ team, updatedAt: new Date() }).where(eq(user.id, id)).run();
}

/** Whether the person has a password (a credential account); one who signs in only by SSO has none. */
export function hasPassword(db: Db, id: string): boolean {
  return Boolean(
    db
      .select({ id: account.id })
      .from(account)
      .where(and(eq(account.userId, id), eq(account.providerId, 'credential')))
      .get(),
  );
}
