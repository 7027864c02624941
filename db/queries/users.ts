import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { session, user } from '../auth-schema';
import { teams } from '../schema';
import { createAuth } from '@/lib/auth/auth';
import { passwordProblem } from '@/lib/auth/passwords';
import { isRole, type Role } from '@/lib/auth/roles';

export class UserInputError extends Error {}

/** A one-time password: 16 characters from 96 random bits, easy to read aloud. */
export function oneTimePassword(): string {
  return randomBytes(12).toString('base64url').replace(/[-_]/g, 'x').match(/.{1,4}/g)!.join('-');
}

export type NewStaff = { email: string; name: string; role: Role; team?: string | null; password?: string };

/**
 * Creates a staff account through better-auth (hashing and account rows are
 * its job). Returns the password that was set, so a generated one can be shown once.
 */
export async function createStaffUser(db: Db, input: NewStaff, auth = createAuth(db)) {
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
  return { id: created.user.id, email, password };
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
  return db.select({ id: user.id, email: user.email, name: user.name, role: user.role }).from(user).where(eq(user.id, id)).get();
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
  if (team && !db.select().from(teams).where(eq(teams.key, team)).get()) throw new UserInputError(`unknown team: ${team}`);
  db.update(user).set({ team, updatedAt: new Date() }).where(eq(user.id, id)).run();
}

/** Sets a new one-time password through better-auth and ends the user's sessions. */
export async function resetStaffPassword(db: Db, id: string, auth = createAuth(db)): Promise<string> {
  const password = oneTimePassword();
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(id, await ctx.password.hash(password));
  db.delete(session).where(eq(session.userId, id)).run();
  return password;
}
