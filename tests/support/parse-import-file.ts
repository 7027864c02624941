import fs from 'node:fs';
import { parseImportFile } from '@/lib/import';

// Run by tests in a child process with a small heap: parses one file and prints the result as JSON.
const file = process.argv[2]!;
void parseImportFile(fs.readFileSync(file), file).then((result) => console.log(JSON.stringify(result)));
