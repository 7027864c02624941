import { parseArgs, type ParseArgsConfig } from 'node:util';
import { databasePath, openDatabase, type Db } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { setting } from '../../lib/env';

/** How the audit log names whoever acts from the command line. */
export const COMMAND_LINE_ACTOR = { id: null, email: 'command line' };

/** Refuses a command's input: the reason, the usage line, exit code 2. */
function usageError(usage: string, message: string): never {
  console.error(`${message}\n\nUsage: ${usage}`);
  process.exit(2);
}

/**
 * Parses `--name value` options (and positional arguments where a command takes them); anything
 * unknown is a usage error. `fail` refuses whatever the command itself finds wrong the same way.
 */
export function readCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: T,
  { positionals = false } = {},
) {
  const fail = (message: string) => usageError(usage, message);
  try {
    return { ...parseArgs({ options, strict: true, allowPositionals: positionals }), fail };
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** The address printed in links: `override`, else PUBLIC_BASE_URL, else the development server's. */
export function publicBaseUrl(override?: string): string {
  return (override ?? setting('PUBLIC_BASE_URL') ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** Opens the database (DATABASE_URL unless `file` is given), migrates it, runs `work` and closes it, however `work` ends. */
export async function withDatabase<T>(work: (db: Db) => T | Promise<T>, file = databasePath()): Promise<T> {
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    return await work(db);
  } finally {
    db.$client.close();
  }
}

/** Runs a command: an error it does not handle itself is printed (or given to `onError`) and exits 1. */
export function runCommand(
  main: () => Promise<unknown>,
  onError: (error: unknown) => void = (error) => console.error(error),
): void {
  main().catch((error: unknown) => {
    onError(error);
    process.exit(1);
  });
}
