import { and, count, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { account, session, user } from '../auth-schema';
import type { PeopleFilter } from '@/lib/admin-lists';
import type { Role } from '@/lib/auth/roles';
import { containsPattern } from '@/lib/text';

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

const staffColumns = {
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  team: user.team,
  banned: user.banned,
  twoFactorEnabled: user.twoFactorEnabled,
};

function staffConditions(filter: PeopleFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.text) {
    const pattern = containsPattern(filter.text.toLocaleLowerCase('da'));
    conditions.push(
      or(sql`fold(${user.name}) LIKE ${pattern} ESCAPE '\\'`, sql`fold(${user.email}) LIKE ${pattern} ESCAPE '\\'`),
    );
  }
  if (filter.role) conditions.push(eq(user.role, filter.role));
  if (filter.team === null) conditions.push(isNull(user.team));
  else if (filter.team !== undefined) conditions.push(eq(user.team, filter.team));
  if (filter.disabled !== undefined) conditions.push(sql`coalesce(${user.banned}, 0) = ${filter.disabled ? 1 : 0}`);
  if (filter.twoFactor !== undefined)
    conditions.push(sql`coalesce(${user.twoFactorEnabled}, 0) = ${filter.twoFactor ? 1 : 0}`);
  return and(...conditions);
}

/** One page of the people that match, by name. */
export function searchStaff(db: Db, filter: PeopleFilter, page: { limit: number; offset: number }) {
  return db
    .select(staffColumns)
    .from(user)
    .where(staffConditions(filter))
    .orderBy(user.name, user.email)
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

/** How many people match. */
export function countStaff(db: Db, filter: PeopleFilter): number {
  return db.select({ n: count() }).from(user).where(staffConditions(filter)).get()!.n;
}

/** People per team key (null: without a team). */
export function staffPerTeam(db: Db): Map<string | null, number> {
  const rows = db.select({ team: user.team, n: count() }).from(user).groupBy(user.team).all();
  return new Map(rows.map((row) => [row.team, row.n]));
}

export function getStaff(db: Db, id: string) {
  return db.select(staffColumns).from(user).where(eq(user.id, id)).get();
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
