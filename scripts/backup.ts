import { parseArgs } from 'node:util';
import { databasePath } from '../db/client';
import { backupDatabase, BackupError } from '../server/backup';
import { logError, logEvent } from '../lib/log';

const USAGE = 'npm run db:backup -- DEST [--keep N]   (keeps N copies: DEST, DEST.1 …; default 7)';

function readCommandLine() {
  try {
    const { values, positionals } = parseArgs({
      options: { keep: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const keep = values.keep === undefined ? 7 : Number(values.keep);
    if (positionals.length !== 1 || !Number.isInteger(keep))
      throw new Error('Give one backup file and, optionally, --keep N.');
    return { dest: positionals[0]!, keep };
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage: ${USAGE}`);
    process.exit(2);
  }
}

const { dest, keep } = readCommandLine();
backupDatabase(databasePath(), dest, keep)
  .then((result) => logEvent('backup', { ...result, keep }))
  .catch((error: unknown) => {
    if (error instanceof BackupError) console.error(error.message);
    logError('backup_failed', error);
    process.exit(1);
  });
