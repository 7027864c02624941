import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parses `--name value` options; prints the usage and exits 2 on anything unknown. */
export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage: ${usage}`);
    process.exit(2);
  }
}
