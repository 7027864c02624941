import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { teamExists } from '@/db/queries/reference';
import { endSessionsOf, setOneTimePasswordUntil, setStaffTeam, staffEmailExists } from '@/db/queries/users';
import { passwordProblem, type PasswordProblem } from '@/lib/auth/passwords';
import { isRole, type Role } from '@/lib/auth/roles';
import { DomainError } from '@/lib/errors';
import { createAuth, type Auth } from './auth/auth';

/** Why a staff account cannot be made or changed; each is a message key under `Forms.errors`. */
type StaffProblem = 'invalidEmail' | 'required' | 'invalidRole' | 'unknownTeam' | 'emailExists' | PasswordProblem;
const FIELDS: Partial<Record<StaffProblem, string>> = {
  invalidEmail: 'email',
  emailExists: 'email',
  required: 'name',
  invalidRole: 'role',
  unknownTeam: 'team',
};
export class StaffError extends DomainError<StaffProblem> {
  constructor(code: StaffProblem, message: string) {
    super(code, message, FIELDS[code]);
  }
}

/** How long a one-time password (generated, never typed by the person) may be used: once, to set one's own. */
const ONE_TIME_PASSWORD_HOURS = 72;
const oneTimeUntil = (now: Date) => new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 60 * 60 * 1000);

/** A one-time password: 16 characters from 96 random bits, easy to read aloud. */
export function oneTimePassword(): string {
  return randomBytes(12)
    .toString('base64url')
    .replace(/[-_]/g, 'x')
    .match(/.{1,4}/g)!
    .join('-');
}

type NewStaff = { email: string; name: string; role: Role; team?: string | null; password?: string };

/**
 * Creates a staff account through better-auth (hashing and account rows are its job).
 * Returns the password that was set, so a generated one can be shown once; a generated
 * password is one-time: to be changed at first sign-in, void after 72 hours unused.
 */
export async function createStaffUser(db: Db, input: NewStaff, auth: Auth = createAuth(db), now = new Date()) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new StaffError('invalidEmail', 'invalid e-mail address');
  if (!input.name.trim()) throw new StaffError('required', 'name is required');
  if (!isRole(input.role)) throw new StaffError('invalidRole', 'role must be caseworker, manager or admin');
  if (input.team && !teamExists(db, input.team)) throw new StaffError('unknownTeam', `unknown team: ${input.team}`);
  if (staffEmailExists(db, email))
    throw new StaffError('emailExists', `a user with that e-mail already exists: ${email}`);
  const password = input.password ?? oneTimePassword();
  const problem = passwordProblem(password, [email, input.name]);
  if (problem) throw new StaffError(problem, `password refused: ${problem}`);
  const created = await auth.api.createUser({
    body: { email, name: input.name.trim(), password, role: input.role, data: { team: input.team ?? null } },
  });
  if (input.password === undefined) setOneTimePasswordUntil(db, created.user.id, oneTimeUntil(now));
  return { id: created.user.id, email, password };
}

/** Moves a person to another team (or none). */
export function changeStaffTeam(db: Db, id: string, team: string | null): void {
  if (team && !teamExists(db, team)) throw new StaffError('unknownTeam', `unknown team: ${team}`);
  setStaffTeam(db, id, team);
}

/** Sets a new one-time password through better-auth and ends the person's sessions. */
export async function resetStaffPassword(db: Db, id: string, auth: Auth = createAuth(db), now = new Date()) {
  const password = oneTimePassword();
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(id, await ctx.password.hash(password));
  db.transaction(() => {
    setOneTimePasswordUntil(db, id, oneTimeUntil(now));
    endSessionsOf(db, id);
  });
  return password;
}
