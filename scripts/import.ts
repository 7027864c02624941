import fs from 'node:fs';
import { importFile } from '../server/import';
import { fileSizeFailure, importLimits, type ImportFailure } from '../lib/import';
import { describeImportFailure } from '../lib/import-messages';
import { readCommandLine, runCommand, withDatabase } from './lib/cli';

const { positionals, fail } = readCommandLine(
  'npm run import -- FILE   (CSV with ; or , in UTF-8, or XLSX)',
  {},
  { positionals: true },
);
if (positionals.length !== 1) fail('Give exactly one file.');
const file = positionals[0]!;

function refuse(failure: ImportFailure) {
  console.error(`Nothing was imported from ${file}:`);
  for (const sentence of describeImportFailure(failure, 'en')) console.error(sentence);
  process.exitCode = 1;
}

runCommand(async () => {
  let bytes: Buffer;
  try {
    // The size first: a file past the limit is refused without being read into memory.
    const tooLarge = fileSizeFailure(fs.statSync(file).size, importLimits());
    if (tooLarge) return refuse(tooLarge);
    bytes = fs.readFileSync(file);
  } catch (error) {
    return fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const result = await withDatabase((db) => importFile(db, bytes, file));
  if (result.ok) console.log(`Imported ${result.imported} responses from ${file}`);
  else refuse(result);
});
