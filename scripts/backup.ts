import { databasePath } from '../db/client';
import { backupDatabase, BackupError } from '../server/backup';
import { logError, logEvent } from '../lib/log';
import { readCommandLine, runCommand } from './lib/cli';

const { values, positionals, fail } = readCommandLine(
  'npm run db:backup -- DEST [--keep N]   (keeps N copies: DEST, DEST.1 …; default 7)',
  { keep: { type: 'string' } },
  { positionals: true },
);
const keep = values.keep === undefined ? 7 : Number(values.keep);
if (positionals.length !== 1 || !Number.isInteger(keep)) fail('Give one backup file and, optionally, --keep N.');

runCommand(
  async () => logEvent('backup', { ...(await backupDatabase(databasePath(), positionals[0]!, keep)), keep }),
  (error) => {
    if (error instanceof BackupError) console.error(error.message);
    logError('backup_failed', error);
  },
);
