import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as authSchema from './auth-schema';
import * as appSchema from './schema';
import { setting } from '../lib/env';

const schema = { ...appSchema, ...authSchema };

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const DEFAULT_DATABASE_PATH = './data/vaerdig.db';

/** Accepts a plain path or a `file:` URL (`file:./data/x.db`, `file:///var/lib/x.db`). */
export function databasePath(url = setting('DATABASE_URL')): string {
  const value = url?.trim() || DEFAULT_DATABASE_PATH;
  if (value === ':memory:') return value;
  if (value.startsWith('file://')) return new URL(value).pathname;
  if (value.startsWith('file:')) return value.slice('file:'.length);
  return value;
}

/**
 * Creates the database file readable by its owner alone (0600) before SQLite opens it; SQLite
 * gives its -wal and -shm files the same mode. An existing file is left as its owner set it.
 */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

export function openDatabase(file = databasePath()): Db {
  if (file !== ':memory:') createPrivateFile(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged answer must survive a power cut, not only a crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Search that ignores case beyond A-Z (SQLite's own LIKE folds only ASCII): "ørum" finds "Ørum".
  sqlite.function('fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLocaleLowerCase('da') : text,
  );
  // An optional cap on the file's size, so that the database refuses writes ("try again")
  // before it fills a disk it shares with other services.
  const maxMegabytes = setting('DATABASE_MAX_SIZE_MB');
  if (maxMegabytes) {
    const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
    sqlite.pragma(`max_page_count = ${Math.floor((maxMegabytes * 1024 * 1024) / pageSize)}`);
  }
  return drizzle(sqlite, { schema }) as Db;
}

const globalForDb = globalThis as unknown as { vaerdigDb?: Db };

/** The one shared connection, opened on first use (never at import, so builds need no database). */
export function getDb(): Db {
  globalForDb.vaerdigDb ??= openDatabase();
  return globalForDb.vaerdigDb;
}
