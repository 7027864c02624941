import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { session, user } from '../auth-schema';
import { teams } from '../schema';
import { createAuth } from '@/lib/auth/auth';
import { passwordProblem } from '@/lib/auth/passwords';
import { isRole, type Role } from '@/lib/auth/roles';

export class UserInputError extends Error {}

/** How long a one-time password (generated, never typed by the person) may be used: once, to set one's own. */
export const ONE_TIME_PASSWORD_HOURS = 72;
const oneTimeUntil = (now: Date) => new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 60 * 60 * 1000);

/** A one-time password: 16 characters from 96 random bits, easy to read aloud. */
export function oneTimePassword(): string {
  return randomBytes(12)
    .toString('base64url')
    .replace(/[-_]/g, 'x')
    .match(/.{1,4}/g)!
    .join('-');
}

export type NewStaff = { email: string; name: string; role: Role; team?: string | null; password?: string };

/**
 * Creates a staff account through better-auth (hashing and account rows are
 * its job). Returns the password that was set, so a generated one can be shown once.
 */
export async function createStaffUser(db: Db, input: NewStaff, auth = createAuth(db), now = new Date()) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UserInputError('invalid e-mail address');
  if (!input.name.trim()) throw new UserInputError('name is required');
  if (!isRole(input.role)) throw new UserInputError('role must be caseworker, manager or admin');
  if (input.team && !db.select().from(teams).where(eq(teams.key, input.team)).get()) {
    throw new UserInputError(`unknown team: ${input.team}`);
  }
  if (db.select({ id: user.id }).from(user).where(eq(user.email, email)).get()) {
    throw new UserInputError(`a user with that e-mail already exists: ${email}`);
  }
  const password = input.password ?? oneTimePassword();
  const problem = passwordProblem(password, [email, input.name]);
  if (problem) throw new UserInputError(`password refused: ${problem}`);
  const created = await auth.api.createUser({
    body: { email, name: input.name.trim(), password, role: input.role, data: { team: input.team ?? null } },
  });
  // A generated password is one-time: it must be changed at first sign-in and expires unused.
  if (input.password === undefined) {
    db.update(user)
      .set({ oneTimePasswordExpiresAt: oneTimeUntil(now) })
      .where(eq(user.id, created.user.id))
      .run();
  }
  return { id: created.user.id, email, password };
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
  if (team && !db.select().from(teams).where(eq(teams.key, team)).get())
    throw new UserInputError(`unknown team: ${team}`);
  db.update(user).set({ team, updatedAt: new Date() }).where(eq(user.id, id)).run();
}

/** Sets a new one-time password through better-auth and ends the user's sessions. */
export async function resetStaffPassword(db: Db, id: string, auth = createAuth(db), now = new Date()): Promise<string> {
  const password = oneTimePassword();
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(id, await ctx.password.hash(password));
  db.transaction((tx) => {
    tx.update(user)
      .set({ oneTimePasswordExpiresAt: oneTimeUntil(now) })
      .where(eq(user.id, id))
      .run();
    tx.delete(session).where(eq(session.userId, id)).run();
  });
  return password;
}
