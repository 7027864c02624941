import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';
import { seedReferenceData } from './reference-data';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

const appliedMigrations = (db: Db): number => {
  const table = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  return table ? (db.$client.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
};

/**
 * Applies pending migrations and the reference data every installation needs. After a
 * migration, VACUUM rewrites the file, so pages a migration left behind (such as responses in
 * their old order, migration 0005) are gone from it and from the write-ahead log.
 */
export function migrateDatabase(db: Db): void {
  const before = appliedMigrations(db);
  migrate(db, { migrationsFolder });
  seedReferenceData(db);
  if (appliedMigrations(db) > before && db.$client.name !== ':memory:') {
    db.$client.exec('VACUUM');
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  }
}
