import fs from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase, migrationsFolder } from '@/db/migrate';
import { createInvitations } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { listComments, listResponsesForExport } from '@/db/queries/results';
import { backupDatabase } from '@/server/backup';
import { addTeam } from '@/db/queries/reference';
import { freshDatabase, tempDir as newTempDir } from '../support/db';
import { runScript } from '../support/run-script';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function fresh(): Db {
  const { db, cleanup } = freshDatabase([
    { key: 'syd', name: 'Team Syd' },
    { key: 'nord', name: 'Team Nord' },
  ]);
  cleanups.push(cleanup);
  return db;
}

function tempDir(): string {
  const dir = newTempDir('privacy');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Spearman's rank correlation of two orderings of the same distinct values. */
function spearman(a: readonly number[], b: readonly number[]): number {
  const rank = new Map(b.map((value, i) => [value, i]));
  const n = a.length;
  const squares = a.reduce((sum, value, i) => sum + (i - rank.get(value)!) ** 2, 0);
  return 1 - (6 * squares) / (n * (n * n - 1));
}

function answer(
  db: Db,
  options: { targetGroup?: string; team?: string | null; now: Date; comment?: string; created?: Date },
) {
  const [invitation] = createInvitations(db, {
    targetGroup: options.targetGroup ?? 'dagpenge',
    team: options.team ?? null,
    channel: 'cli',
    count: 1,
    now: options.created ?? options.now,
  });
  const result = submitResponse(
    db,
    invitation!.token,
    { clear_purpose: '4', comment: options.comment },
    'da',
    options.now,
  );
  expect(result).toEqual({ ok: true });
  return invitation!;
}

/** The order SQLite stores (and scans) the responses in, as the submission numbers kept in their comments. */
const storageOrder = (db: Db) =>
  (db.$client.prepare('SELECT comment FROM responses').all() as { comment: string }[]).map((row) =>
    Number(row.comment),
  );

describe('no order links a response to its invitation', () => {
  it('stores 200 responses in an order with no rank correlation to the order they came in', () => {
    const db = fresh();
    const day = new Date('2026-03-10T10:00:00Z');
    for (let i = 0; i < 200; i++) answer(db, { now: day, comment: String(i) });
    const stored = storageOrder(db);
    expect(stored).toHaveLength(200);
    expect(Math.abs(spearman([...Array(200).keys()], stored))).toBeLessThan(0.3);
    // The key is 128 random bits, and the table has no rowid to follow instead.
    const ids = db.$client.prepare('SELECT id FROM responses').all() as { id: Buffer }[];
    expect(ids.every((row) => Buffer.isBuffer(row.id) && row.id.length === 16)).toBe(true);
    expect(() => db.$client.prepare('SELECT rowid FROM responses').all()).toThrow(/rowid/);
  });

  it('keeps no day or moment on an invitation that could be matched to its response', () => {
    const db = fresh();
    const created = new Date('2026-03-02T09:00:00Z');
    const answeredAt = new Date('2026-03-10T13:37:00Z');
    const invitation = answer(db, { now: answeredAt, created, comment: 'x' });
    const row = db.$client.prepare('SELECT * FROM invitations WHERE id = ?').get(invitation.id) as Record<
      string,
      unknown
    >;
    const answerDay = '2026-03-10';
    for (const [column, value] of Object.entries(row)) {
      const asDay =
        typeof value === 'number' && value > 1e12 ? new Date(value).toISOString().slice(0, 10) : String(value);
      expect(asDay, `invitations.${column}`).not.toContain(answerDay);
    }
    expect(row).toMatchObject({ answered: 1 });
  });

  it('migrates existing responses to random keys in random order, and vacuums the old pages away', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    // The database as it was before migration 0005.
    const oldFolder = path.join(dir, 'migrations');
    fs.cpSync(migrationsFolder, oldFolder, { recursive: true });
    const journalFile = path.join(oldFolder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries = journal.entries.filter((entry: { tag: string }) => entry.tag < '0005');
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const db = openDatabase(file);
    migrate(db, { migrationsFolder: oldFolder });
    db.$client
      .prepare("INSERT INTO target_groups (key, name_da, name_en) VALUES ('dagpenge', 'Dagpenge', 'Benefit')")
      .run();
    const insert = db.$client.prepare(
      "INSERT INTO responses (survey_version, language, target_group, submitted_on, clear_purpose, comment) VALUES ('2023.1', 'da', 'dagpenge', '2025-05-05', 4, ?)",
    );
    for (let i = 0; i < 200; i++) insert.run(String(i));
    db.$client
      .prepare(
        "INSERT INTO invitations (token_hash, target_group, language, channel, created_at, expires_at, opened_at, answered_on) VALUES ('h1', 'dagpenge', 'da', 'cli', 1, 2, 3, '2025-05-05'), ('h2', 'dagpenge', 'da', 'cli', 1, 2, NULL, NULL)",
      )
      .run();
    expect(Math.abs(spearman([...Array(200).keys()], storageOrder(db)))).toBe(1);

    migrateDatabase(db);
    const stored = storageOrder(db);
    expect([...stored].sort((a, b) => a - b)).toEqual([...Array(200).keys()]);
    expect(Math.abs(spearman([...Array(200).keys()], stored))).toBeLessThan(0.3);
    expect(
      db.$client.prepare('SELECT token_hash, opened, answered FROM invitations ORDER BY token_hash').all(),
    ).toEqual([
      { token_hash: 'h1', opened: 1, answered: 1 },
      { token_hash: 'h2', opened: 0, answered: 0 },
    ]);
    const columns = (db.$client.prepare('PRAGMA table_info(invitations)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('answered_on');
    expect(columns).not.toContain('opened_at');
    // VACUUM rewrote the file: no free page keeps the old rows.
    expect(db.$client.pragma('freelist_count', { simple: true })).toBe(0);
    db.$client.close();
  });
});

describe('the month is the smallest unit anyone sees', () => {
  const MARCH = { from: '2026-03-01', to: '2026-03-31' };
  const APRIL = { from: '2026-04-01', to: '2026-04-30' };
  const QUARTER_ISH = { from: '2026-03-01', to: '2026-04-30' };

  it('exports the month, never the day, and blanks small teams and groups per month', () => {
    const db = fresh();
    const march = (day: number) => new Date(`2026-03-${String(day).padStart(2, '0')}T10:00:00Z`);
    // dagpenge in March: 5 responses, 5 of them team nord: both shown.
    for (let i = 1; i <= 5; i++) answer(db, { now: march(i), targetGroup: 'dagpenge', team: 'nord' });
    // integration in March: 6 responses, 1 of them team syd: the group is shown, syd is not.
    for (let i = 1; i <= 5; i++) answer(db, { now: march(10 + i), targetGroup: 'integration', team: 'nord' });
    answer(db, { now: march(20), targetGroup: 'integration', team: 'syd', comment: 'Den ene borger fra syd' });
    // integration in April: 1 response: neither group nor team.
    answer(db, { now: new Date('2026-04-02T10:00:00Z'), targetGroup: 'integration', team: 'syd', comment: 'April' });

    const [header, ...rows] = listResponsesForExport(db, QUARTER_ISH, 5, true);
    expect(header!.slice(0, 3)).toEqual(['month', 'target_group', 'team']);
    expect(header).not.toContain('submitted_on');
    const cells = rows.map((row) => row.slice(0, 3).join(';'));
    expect(cells.filter((c) => c === '2026-03;dagpenge;nord')).toHaveLength(5);
    expect(cells.filter((c) => c === '2026-03;integration;nord')).toHaveLength(5);
    expect(cells.filter((c) => c === '2026-03;integration;')).toHaveLength(1);
    expect(cells.filter((c) => c === '2026-04;;')).toHaveLength(1);
    expect(rows.flat().join(';')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Within a month the order is the random keys', not the days'.
    expect(rows.map((row) => row[0])).toEqual([...Array(11).fill('2026-03'), '2026-04']);
  });

  it('lists comments by month, with the target group only where the month and group reach the minimum', () => {
    const db = fresh();
    for (let i = 1; i <= 4; i++)
      answer(db, { now: new Date(`2026-03-0${i}T10:00:00Z`), targetGroup: 'integration', team: 'syd' });
    answer(db, { now: new Date('2026-03-20T10:00:00Z'), targetGroup: 'integration', team: 'syd', comment: 'Marts' });
    answer(db, { now: new Date('2026-04-02T10:00:00Z'), targetGroup: 'integration', team: 'syd', comment: 'April' });
    expect(listComments(db, QUARTER_ISH, 5)).toEqual([
      { month: '2026-04', targetGroup: null, comment: 'April' },
      { month: '2026-03', targetGroup: 'integration', comment: 'Marts' },
    ]);
    expect(listComments(db, MARCH, 6)).toEqual([{ month: '2026-03', targetGroup: null, comment: 'Marts' }]);
    expect(listComments(db, APRIL, 1)).toEqual([{ month: '2026-04', targetGroup: 'integration', comment: 'April' }]);
  });
});

describe('database files are readable by their owner alone', () => {
  const mode = (file: string) => fs.statSync(file).mode & 0o777;

  it('creates the database, its write-ahead log and a backup with mode 0600', async () => {
    const dir = tempDir();
    const previous = process.umask(0o022);
    try {
      const file = path.join(dir, 'nested', 'vaerdig.db');
      const db = openDatabase(file);
      migrateDatabase(db);
      addTeam(db, { key: 'x', name: 'X' });
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      const backup = path.join(dir, 'backups', 'copy.db');
      await backupDatabase(file, backup);
      expect(mode(backup)).toBe(0o600);
      db.$client.close();
    } finally {
      process.umask(previous);
    }
  });

  it('creates it with mode 0600 from the command line too', () => {
    const file = path.join(tempDir(), 'cli.db');
    const run = runScript('scripts/migrate.ts', [], { env: { ...process.env, DATABASE_URL: file } });
    expect(run.status, run.stderr).toBe(0);
    expect(mode(file)).toBe(0o600);
  });
});
