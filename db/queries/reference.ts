import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { targetGroups, teams } from '../schema';
import { DomainError } from '@/lib/errors';

/** A key already in use: keys are stable (imports, exports and the API use them). */
const duplicateKey = (key: string) => new DomainError('keyExists', `the key is in use: ${key}`, 'key');

export function listTargetGroups(db: Db, options: { activeOnly?: boolean } = {}) {
  return db
    .select()
    .from(targetGroups)
    .where(options.activeOnly ? isNull(targetGroups.retiredAt) : undefined)
    .orderBy(asc(targetGroups.sortOrder), asc(targetGroups.key))
    .all();
}

const IMMEDIATE = { behavior: 'immediate' } as const;

export function getTargetGroup(db: Db, key: string) {
  return db.select().from(targetGroups).where(eq(targetGroups.key, key)).get();
}

/**
 * Read, then write: under the write lock from the start (`immediate`). A deferred transaction
 * that reads first cannot wait for another connection's write (SQLite answers SQLITE_BUSY at
 * once instead of using the busy timeout), which CI met as "database is locked".
 */
export function addTargetGroup(db: Db, group: { key: string; nameDa: string; nameEn: string }): void {
  db.transaction((tx) => {
    if (tx.select().from(targetGroups).where(eq(targetGroups.key, group.key)).get()) throw duplicateKey(group.key);
    const last = tx
      .select({ sortOrder: targetGroups.sortOrder })
      .from(targetGroups)
      .orderBy(asc(targetGroups.sortOrder))
      .all()
      .pop();
    tx.insert(targetGroups)
      .values({ ...group, sortOrder: (last?.sortOrder ?? 0) + 1 })
      .run();
  }, IMMEDIATE);
}

export function renameTargetGroup(db: Db, key: string, names: { nameDa: string; nameEn: string }): boolean {
  return db.update(targetGroups).set(names).where(eq(targetGroups.key, key)).run().changes === 1;
}

/** Retiring hides a group from new invitations; it is never deleted, so old answers keep their group. */
export function setTargetGroupRetired(db: Db, key: string, retired: boolean, now = new Date()): boolean {
  return (
    db
      .update(targetGroups)
      .set({ retiredAt: retired ? now : null })
      .where(eq(targetGroups.key, key))
      .run().changes === 1
  );
}

export function listTeams(db: Db, options: { activeOnly?: boolean } = {}) {
  return db
    .select()
    .from(teams)
    .where(options.activeOnly ? isNull(teams.retiredAt) : undefined)
    .orderBy(asc(teams.name))
    .all();
}

export function getTeam(db: Db, key: string) {
  return db.select().from(teams).where(eq(teams.key, key)).get();
}

/** Read, then write: `immediate`, as addTargetGroup. */
export function addTeam(db: Db, team: { key: string; name: string }): void {
  db.transaction((tx) => {
    if (tx.select().from(teams).where(eq(teams.key, team.key)).get()) throw duplicateKey(team.key);
    tx.insert(teams).values(team).run();
  }, IMMEDIATE);
}

export function renameTeam(db: Db, key: string, name: string): boolean {
  return db.update(teams).set({ name }).where(eq(teams.key, key)).run().changes === 1;
}

export function setTeamRetired(db: Db, key: string, retired: boolean, now = new Date()): boolean {
  return (
    db
      .update(teams)
      .set({ retiredAt: retired ? now : null })
      .where(eq(teams.key, key))
      .run().changes === 1
  );
}

const DEMO_TEAMS = [
  { key: 'nord', name: 'Team Nord' },
  { key: 'syd', name: 'Team Syd' },
  { key: 'unge', name: 'Ungeteamet' },
] as const;

export function seedDemoTeams(db: Db): void {
  db.insert(teams)
    .values([...DEMO_TEAMS])
    .onConflictDoNothing()
    .run();
}

export function teamExists(db: Db, key: string): boolean {
  return Boolean(db.select({ key: teams.key }).from(teams).where(eq(teams.key, key)).get());
}
