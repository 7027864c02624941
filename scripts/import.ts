import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { importFile } from '../server/import';
import { describeImportFailure, fileSizeFailure, importLimits, type ImportFailure } from '../lib/import';

const usage = 'npm run import -- FILE   (CSV with ; or , in UTF-8, or XLSX)';

const usageError = (message: string): never => {
  console.error(`${message}\n\nUsage: ${usage}`);
  process.exit(2);
};

async function main() {
  let positionals: string[] = [];
  try {
    ({ positionals } = parseArgs({ options: {}, strict: true, allowPositionals: true }));
  } catch (error) {
    usageError((error as Error).message);
  }
  if (positionals.length !== 1) usageError('Give exactly one file.');
  const file = positionals[0]!;
  const limits = importLimits();
  let bytes: Buffer;
  try {
    // The size first: a file past the limit is refused without being read into memory.
    const tooLarge = fileSizeFailure(fs.statSync(file).size, limits);
    if (tooLarge) return refuse(file, tooLarge);
    bytes = fs.readFileSync(file);
  } catch (error) {
    return usageError(`Cannot read ${file}: ${(error as Error).message}`);
  }

  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    const result = await importFile(db, bytes, file);
    if (result.ok) {
      console.log(`Imported ${result.imported} responses from ${file}`);
      return;
    }
    refuse(file, result);
  } finally {
    db.$client.close();
  }
}

function refuse(file: string, failure: ImportFailure) {
  console.error(`Nothing was imported from ${file}:`);
  for (const sentence of describeImportFailure(failure, 'en')) console.error(sentence);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
