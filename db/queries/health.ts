import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { migrationsFolder } from '../migrate';

type Journal = { entries: { tag: string; when: number }[] };

/**
 * The database answers, and which migration it is at: the newest applied one
 * (matched by its timestamp in the journal) and whether any is still pending.
 */
// The migrations shipped with this build; read once, they do not change while it runs.
let journal: Journal | undefined;

export function databaseHealth(db: Db): {
  migration: string | null;
  applied: number;
  pending: number;
  writable: boolean;
} {
  journal ??= JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const rows = db.$client.prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at').all() as {
    at: number;
  }[];
  const latest = rows.at(-1)?.at;
  const entry = journal.entries.find((e) => e.when === Number(latest));
  return {
    migration: entry?.tag ?? null,
    applied: rows.length,
    pending: Math.max(0, journal.entries.length - rows.length),
    writable: isWritable(db.$client.name),
  };
}

/** Whether this process may write the database file and its folder (WAL needs both). */
function isWritable(file: string): boolean {
  if (file === ':memory:') return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
