import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCommandLine, runCommand } from './lib/cli';
import { httpClient } from './bench/load';
import { describeMachine, benchTempDir } from './bench/machine';
import { benchDocument, benchTable, errorNote, type BenchSettings } from './bench/report';
import { resultsBench, type Timing } from './bench/results';
import { surveyBench } from './bench/survey';

/**
 * The whole benchmark on the built app: survey submissions against a trivial route on one
 * server, the results API at 10k/100k/1M responses, the survey page's weight and the
 * server's memory. Prints one table and writes it, with the machine, to docs/benchmarks.md.
 */
const { values: args, fail } = readCommandLine(
  'npm run bench -- [--seconds 20] [--clients 50] [--sizes 10000,100000,1000000] [--runs 50]',
  { seconds: { type: 'string' }, clients: { type: 'string' }, sizes: { type: 'string' }, runs: { type: 'string' } },
);
const seconds = Number(args.seconds ?? 20);
const settings: BenchSettings = {
  seconds,
  clients: Number(args.clients ?? 50),
  runs: Number(args.runs ?? 50),
  /** Far more than the fastest run can spend: a client that finds none left stops and counts an error. */
  codes: Math.max(60_000, seconds * 3_000),
};
const SIZES = (args.sizes ?? '10000,100000,1000000').split(',').map(Number);
if ([settings.seconds, settings.clients, settings.runs, ...SIZES].some((n) => !Number.isInteger(n) || n < 1))
  fail('--seconds, --clients, --sizes and --runs take positive whole numbers');
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No build found (.next/BUILD_ID is missing): run `npm run build` first, then `npm run bench`.');
  process.exit(2);
}
const SOURCES = ['app', 'components', 'db', 'lib', 'messages', 'proxy.ts', 'instrumentation.ts', 'next.config.mjs'];
const newestSource = (entry: string): number => {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  return stat.isDirectory()
    ? Math.max(0, ...fs.readdirSync(entry).map((name) => newestSource(path.join(entry, name))))
    : stat.mtimeMs;
};
if (Math.max(...SOURCES.map(newestSource)) > fs.statSync('.next/BUILD_ID').mtimeMs) {
  console.warn('Warning: some sources are newer than the build; run `npm run build` to measure them.');
}
const COMMAND = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');

runCommand(async () => {
  const started = performance.now();
  const dir = benchTempDir();
  const machine = describeMachine(dir);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram} RAM, ${machine.os}; node ${machine.node}; SQLite ${machine.sqlite}`,
  );
  const client = httpClient(settings.clients + 8);
  const survey = {
    ...(await surveyBench(client.send, dir, settings)),
    cores: machine.cores,
    fileSystem: machine.tempFiles,
  };
  const results: Timing[] = [];
  for (const size of SIZES) results.push(...(await resultsBench(dir, size, settings.runs)));
  const table = benchTable(survey, results, settings);
  const total = (performance.now() - started) / 1000;
  console.log(`\n${table}\n\nTotal run time ${total.toFixed(0)} s.`);
  if (survey.acknowledged !== survey.rows.responses || errorNote(survey)) {
    console.log(`\nThe survey server's stderr (last 4,000 characters):\n${survey.serverLog}`);
  }
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync(
    'docs/benchmarks.md',
    benchDocument({ machine, command: COMMAND, seconds: total, table }, survey, settings),
  );
  console.log('Wrote docs/benchmarks.md');
  client.close();
});
