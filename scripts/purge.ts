import { databasePath, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { purge } from '../db/queries/follow-up';
import { getSettings } from '../db/queries/settings';
import { logEvent } from '../lib/log';

/** Erases contact details and old comments (see db/queries/follow-up.ts); prints counts only. */
const db = openDatabase(databasePath());
try {
  migrateDatabase(db);
  const result = purge(db, getSettings(db).retentionMonths);
  logEvent('purge', result);
} finally {
  db.$client.close();
}
