import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { databaseHealth } from '@/db/queries/health';
import { responses } from '@/db/schema';
import { tempDir } from '../support/db';
import { runScript } from '../support/run-script';

let dir: string;
let file: string;
let db: Db;
const backup = (args: string[], database = file) =>
  runScript('scripts/backup.ts', args, { env: { ...process.env, DATABASE_URL: database } });
const addResponses = (count: number, comment: string) =>
  db
    .insert(responses)
    .values(
      Array.from({ length: count }, () => ({
        surveyVersion: '2023.1',
        language: 'da' as const,
        targetGroup: 'dagpenge',
        submittedOn: '2024-05-01',
        clearPurpose: 4,
        comment,
      })),
    )
    .run();
const count = (path: string) => {
  const copy = new Database(path, { readonly: true });
  try {
    return (copy.prepare('SELECT COUNT(*) AS n FROM responses').get() as { n: number }).n;
  } finally {
    copy.close();
  }
};

beforeEach(() => {
  dir = tempDir('backup');
  file = path.join(dir, 'live', 'vaerdig.db');
  db = openDatabase(file);
  migrateDatabase(db);
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run db:backup', () => {
  it('copies a live database, including what is still in the write-ahead log, and checks the copy', () => {
    db.$client.pragma('wal_autocheckpoint = 0');
    addResponses(25, 'i loggen');
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const dest = path.join(dir, 'backups', 'vaerdig.db');
    const result = backup([dest]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toMatchObject({ event: 'backup', rotated: 0 });
    expect(count(dest)).toBe(25);
    const copy = new Database(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('keeps the given number of copies, newest first', () => {
    const dest = path.join(dir, 'backups', 'vaerdig.db');
    for (const n of [1, 2, 3]) {
      addResponses(1, `runde ${n}`);
      expect(backup([dest, '--keep', '2']).status).toBe(0);
    }
    expect(count(dest)).toBe(3);
    expect(count(`${dest}.1`)).toBe(2);
    expect(fs.existsSync(`${dest}.2`)).toBe(false);
    expect(fs.readdirSync(path.dirname(dest)).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('never replaces a good backup with a copy of a damaged database', () => {
    const dest = path.join(dir, 'backups', 'vaerdig.db');
    addResponses(200, 'x'.repeat(500));
    expect(backup([dest]).status).toBe(0);
    const good = fs.readFileSync(dest);

    // A damaged copy of the database: garbage over a page in the middle of the file.
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const damaged = path.join(dir, 'damaged.db');
    fs.copyFileSync(file, damaged);
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
    fs.closeSync(fd);

    const result = backup([dest], damaged);
    expect(result.status).toBe(1);
    expect(fs.readFileSync(dest).equals(good)).toBe(true);
    expect(fs.readdirSync(path.dirname(dest)).sort()).toEqual(['vaerdig.db']);
  });

  it('refuses bad arguments with exit code 2 and a missing database with 1', () => {
    expect(backup([]).status).toBe(2);
    expect(backup(['a.db', 'b.db']).status).toBe(2);
    expect(backup([path.join(dir, 'b.db'), '--keep', 'many']).status).toBe(2);
    expect(backup([path.join(dir, 'b.db')], path.join(dir, 'findes-ikke.db')).status).toBe(1);
  });

  it('restores by copying the backup into place while the server is stopped', () => {
    const dest = path.join(dir, 'backups', 'vaerdig.db');
    addResponses(7, 'før');
    expect(backup([dest]).status).toBe(0);
    addResponses(3, 'efter');
    db.$client.close();

    // The README's restore: stop the server, remove the WAL files, copy the backup over the database.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.copyFileSync(dest, file);

    db = openDatabase(file);
    migrateDatabase(db);
    expect(count(file)).toBe(7);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(databaseHealth(db).pending).toBe(0);
  });
});
