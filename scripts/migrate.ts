import { databasePath } from '../db/client';
import { runCommand, withDatabase } from './lib/cli';

runCommand(async () => {
  await withDatabase(() => undefined);
  console.log(`Database migrated: ${databasePath()}`);
});
