import { purge } from '../db/queries/follow-up';
import { getSettings } from '../db/queries/settings';
import { logEvent } from '../lib/log';
import { runCommand, withDatabase } from './lib/cli';

/** Erases contact details and old comments (see db/queries/follow-up.ts); prints counts only. */
runCommand(() => withDatabase((db) => logEvent('purge', purge(db, getSettings(db).retentionMonths))));
