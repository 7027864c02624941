import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrivateFile } from '@/db/client';

export class BackupError extends Error {}

const removeCopy = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
};

/**
 * A consistent online copy of a live SQLite database to `dest`, using SQLite's
 * backup API (the server may keep writing meanwhile). The copy is written beside
 * `dest` under a temporary name and integrity-checked; only then are the older
 * copies rotated (`dest.1` … `dest.<keep-1>`) and the new one renamed into place,
 * so a failed or corrupt backup never replaces a good one.
 */
export async function backupDatabase(
  source: string,
  dest: string,
  keep = 7,
): Promise<{ bytes: number; rotated: number }> {
  if (!Number.isInteger(keep) || keep < 1 || keep > 100)
    throw new BackupError('keep must be a whole number from 1 to 100');
  if (!fs.existsSync(source)) throw new BackupError(`no database at ${source}`);
  const target = path.resolve(dest);
  if (target === path.resolve(source)) throw new BackupError('the backup must not overwrite the database itself');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;

  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // A copy holds every answer: readable by its owner alone, like the database itself.
    createPrivateFile(temporary);
    await db.backup(temporary);
  } catch (error) {
    removeCopy(temporary);
    throw error;
  } finally {
    db.close();
  }
  try {
    const copy = new Database(temporary);
    try {
      // A single self-contained file: no -wal or -shm beside the copy.
      copy.pragma('journal_mode = DELETE');
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new BackupError(`the copy failed its integrity check: ${String(result)}`);
    } finally {
      copy.close();
    }
  } catch (error) {
    removeCopy(temporary);
    throw error;
  }

  let rotated = 0;
  for (let i = keep - 1; i >= 1; i--) {
    const older = i === 1 ? target : `${target}.${i - 1}`;
    if (fs.existsSync(older)) {
      fs.renameSync(older, `${target}.${i}`);
      rotated++;
    }
  }
  fs.renameSync(temporary, target);
  return { bytes: fs.statSync(target).size, rotated };
}
