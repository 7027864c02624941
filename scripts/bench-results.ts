import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Db } from '../db/client';
import { countDistribution, countGoals } from '../db/queries/results';
import { buildResults } from '../server/results/report';
import { readCommandLine, runCommand, withDatabase } from './lib/cli';
import { describeMachine, benchTempDir } from './bench/machine';
import { formatTable, megabytes, percentile } from './bench/report';
import {
  DASHBOARD,
  QUARTER,
  WARM_UP,
  dashboardData,
  loadResponses,
  timeResultsApi,
  type Timing,
} from './bench/results';

/**
 * Times the results API on the built app (run `npm run build` first) and the counting
 * queries in-process, on fresh databases of 10k, 100k and 1M plausible responses.
 * Prints a table; it asserts nothing about timings.
 */
const { values: args, fail } = readCommandLine(
  'npm run bench:results -- [--sizes 10000,100000,1000000] [--runs 20] [--analyze] [--sql "DROP INDEX ...; CREATE INDEX ..."]',
  { sizes: { type: 'string' }, runs: { type: 'string' }, analyze: { type: 'boolean' }, sql: { type: 'string' } },
);
const SIZES = (args.sizes ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(args.runs ?? 20);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(RUNS) || RUNS < 1)
  fail('--sizes and --runs take positive whole numbers');

function time(runs: number, work: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i++) work();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

/** The query plan of each counting statement, read from the statements the query module prepares. */
function queryPlans(db: Db): string[] {
  const client = db.$client;
  const seen: string[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => (seen.push(source), prepare(source))) as typeof client.prepare;
  const labels = ['countGoals', 'countGoals by target_group', 'countGoals by team', 'countDistribution'];
  try {
    countGoals(db, QUARTER);
    countGoals(db, QUARTER, 'target_group');
    countGoals(db, QUARTER, 'team');
    countDistribution(db, QUARTER);
  } finally {
    client.prepare = prepare;
  }
  return seen.map((source, index) => {
    const plan = prepare(`EXPLAIN QUERY PLAN ${source}`).all(QUARTER.from, QUARTER.to) as { detail: string }[];
    return `${labels[index] ?? source.slice(0, 40)}: ${plan.map((step) => step.detail).join('; ')}`;
  });
}

async function benchSize(db: Db, file: string, size: number): Promise<Timing[]> {
  if (args.sql) db.$client.exec(args.sql);
  const loadStart = performance.now();
  loadResponses(db, size);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  if (args.analyze) db.$client.exec('ANALYZE');
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const sizes = db.$client
    .prepare(
      `SELECT name, SUM(pgsize) AS bytes FROM dbstat WHERE name = 'responses' OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'responses' AND type = 'index') GROUP BY name`,
    )
    .all() as { name: string; bytes: number }[];
  console.log(
    `${size.toLocaleString('en')} responses: loaded in ${loadSeconds.toFixed(1)} s; database file ${megabytes(fs.statSync(file).size)} (${sizes.map((s) => `${s.name} ${megabytes(s.bytes)}`).join(', ')})`,
  );
  for (const line of queryPlans(db)) console.log(`  plan ${line}`);

  const timings: Timing[] = [];
  const sql = (query: string, work: () => unknown) =>
    timings.push({ size, query: `sql ${query}`, times: time(RUNS, work) });
  sql('countGoals', () => countGoals(db, QUARTER));
  sql('countGoals by target_group', () => countGoals(db, QUARTER, 'target_group'));
  sql('countGoals by team', () => countGoals(db, QUARTER, 'team'));
  sql('countDistribution', () => countDistribution(db, QUARTER));
  sql('buildResults by target_group', () => buildResults(db, QUARTER, 'target_group'));
  sql(DASHBOARD, () => dashboardData(db));

  const queries = ['', 'target_group', 'team'].map((by) => `?quarter=${QUARTER.label}${by ? `&by=${by}` : ''}`);
  const times = await timeResultsApi(db, file, queries, RUNS);
  return [...timings, ...queries.map((query, index) => ({ size, query: `http ${query}`, times: times[index]! }))];
}

function printTable(timings: Timing[]) {
  const rows = timings.map(({ size, query, times }) => {
    const sorted = [...times].sort((a, b) => a - b);
    return [size.toLocaleString('en'), query, ...[0.5, 0.95, 1].map((p) => percentile(sorted, p).toFixed(1))];
  });
  console.log(
    `\n${formatTable(['size', 'query', 'p50 ms', 'p95 ms', 'max ms'], rows, [false, false, true, true, true])}`,
  );
}

runCommand(async () => {
  const dir = benchTempDir();
  const machine = describeMachine(dir);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram} RAM; node ${machine.node}; SQLite ${machine.sqlite}`,
  );
  console.log(
    `Period ${QUARTER.label}; ${RUNS} timed runs after ${WARM_UP} warm-up each; ANALYZE ${args.analyze ? 'run' : 'not run'} after the load${args.sql ? `; extra SQL: ${args.sql}` : ''}\n`,
  );
  const timings: Timing[] = [];
  for (const size of SIZES) {
    const file = path.join(dir, `bench-${size}.db`);
    try {
      timings.push(...(await withDatabase((db) => benchSize(db, file, size), file)));
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
  printTable(timings);
});
