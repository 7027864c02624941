import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { addTeam } from '@/db/queries/reference';

/** A new folder under the system's temporary one; the caller removes it. */
export const tempDir = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vaerdig-${name}-`));

/** A fresh SQLite file with the real migrations (and these teams), removed by the returned cleanup. */
export function freshDatabase(teams: { key: string; name: string }[] = []): {
  db: Db;
  file: string;
  cleanup: () => void;
} {
  const dir = tempDir('test');
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  for (const team of teams) addTeam(db, team);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
