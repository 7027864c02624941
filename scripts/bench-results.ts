import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrateDatabase, openDatabase, type Db } from '../db/client';
import { createApiToken } from '../db/queries/api-tokens';
import { countDistribution, countGoals } from '../db/queries/results';
import { DEFAULT_TARGET_GROUPS } from '../db/reference-data';
import { buildResults } from '../lib/results/report';
import { readArgs } from './args';
import { seededRandom } from './random';

/**
 * Times the results API on the built app (run `npm run build` first) and the counting
 * queries in-process, on fresh databases of 10k, 100k and 1M plausible responses.
 * Prints a table; it asserts nothing about timings.
 */
const usage =
  'npm run bench:results -- [--sizes 10000,100000,1000000] [--runs 20] [--analyze] [--sql "DROP INDEX ...; CREATE INDEX ..."]';
const args = readArgs(
  { sizes: { type: 'string' }, runs: { type: 'string' }, analyze: { type: 'boolean' }, sql: { type: 'string' } },
  usage,
);
const SIZES = (args.sizes ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(args.runs ?? 20);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--sizes and --runs take positive whole numbers\n\nUsage: ${usage}`);
  process.exit(2);
}
const WARM_UP = 3;
const QUARTER = { label: '2024-Q2', from: '2024-04-01', to: '2024-06-30' };
const TEAMS = ['nord', 'syd', 'unge'];
const GROUP_KEYS = DEFAULT_TARGET_GROUPS.map((group) => group.key);
const COMMENTS = ['Min rådgiver lyttede til mig.', 'Det er svært at finde rundt i Min Plan på telefonen.', 'Tak for hjælpen.'];


function daysOf2023And2024(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const COLUMNS = [
  'survey_version', 'language', 'target_group', 'team', 'submitted_on', 'source', 'guidance_helps', 'guidance_knowledge',
  'clear_purpose', 'min_plan_use', 'min_plan_overview', 'resources_included', 'professionals_cooperate', 'meeting_channel', 'comment',
];
const ROWS_PER_INSERT = 500;

/**
 * Raw multi-row INSERTs rather than submitResponse, which makes an invitation per answer:
 * a million rows must load in seconds. Days ascend with the id, as they do when answers
 * arrive one by one.
 */
function loadResponses(db: Db, count: number) {
  const next = seededRandom(count);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const likert = () => {
    const r = next();
    return r < 0.03 ? null : r < 0.08 ? 0 : pick([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]);
  };
  const days = daysOf2023And2024();
  const row = (i: number): unknown[] => {
    const r = next();
    const use = r < 0.03 ? null : r < 0.58 ? 'yes' : r < 0.85 ? 'no' : 'unknown';
    return [
      '2023.1', next() < 0.9 ? 'da' : 'en', pick(GROUP_KEYS), next() < 0.1 ? null : pick(TEAMS),
      days[Math.floor((i * days.length) / count)]!, 'survey', likert(), likert(), likert(), use,
      use === 'yes' ? likert() : null, likert(), likert(),
      next() < 0.03 ? null : pick(['in_person', 'in_person', 'phone', 'video', 'dk']),
      next() < 0.06 ? pick(COMMENTS) : null,
    ];
  };
  const client = db.$client;
  const values = (rows: number) => Array(rows).fill(`(${COLUMNS.map(() => '?').join(',')})`).join(',');
  const insert = (rows: number) => client.prepare(`INSERT INTO responses (${COLUMNS.join(',')}) VALUES ${values(rows)}`);
  const full = insert(ROWS_PER_INSERT);
  client.pragma('synchronous = OFF');
  client.transaction(() => {
    client.prepare('INSERT INTO teams (key, name) VALUES (?, ?)').run('nord', 'Nord');
    client.prepare('INSERT INTO teams (key, name) VALUES (?, ?)').run('syd', 'Syd');
    client.prepare('INSERT INTO teams (key, name) VALUES (?, ?)').run('unge', 'Unge');
    for (let start = 0; start < count; start += ROWS_PER_INSERT) {
      const rows = Math.min(ROWS_PER_INSERT, count - start);
      const params: unknown[] = [];
      for (let i = start; i < start + rows; i++) params.push(...row(i));
      (rows === ROWS_PER_INSERT ? full : insert(rows)).run(params);
    }
  })();
  client.pragma('synchronous = FULL');
}

type Timing = { size: number; query: string; times: number[] };

function time(runs: number, work: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i++) work();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | null = null;

/** The whole process group: `next start` forks the server that actually listens. */
function killServer(signal: NodeJS.Signals) {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
}

async function stopServer(url: string) {
  killServer('SIGTERM');
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/api/health`);
    } catch {
      server = null;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  killServer('SIGKILL');
  server = null;
}

async function startServer(file: string): Promise<string> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let stderr = '';
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', 'localhost', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: file, NODE_ENV: 'production', BETTER_AUTH_URL: url },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return url;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${url} within 60 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function benchSize(size: number, dir: string): Promise<Timing[]> {
  const file = path.join(dir, `bench-${size}.db`);
  const db = openDatabase(file);
  const timings: Timing[] = [];
  try {
    migrateDatabase(db);
    if (args.sql) db.$client.exec(args.sql);
    const loadStart = performance.now();
    loadResponses(db, size);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    if (args.analyze) db.$client.exec('ANALYZE');
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const sizes = db.$client
      .prepare(`SELECT name, SUM(pgsize) AS bytes FROM dbstat WHERE name = 'responses' OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'responses' AND type = 'index') GROUP BY name`)
      .all() as { name: string; bytes: number }[];
    console.log(
      `${size.toLocaleString('en')} responses: loaded in ${loadSeconds.toFixed(1)} s; database file ${megabytes(fs.statSync(file).size)} (${sizes.map((s) => `${s.name} ${megabytes(s.bytes)}`).join(', ')})`,
    );
    for (const line of queryPlans(db)) console.log(`  plan ${line}`);

    const sql = (query: string, work: () => unknown) => timings.push({ size, query: `sql ${query}`, times: time(RUNS, work) });
    sql('countGoals', () => countGoals(db, QUARTER));
    sql('countGoals by target_group', () => countGoals(db, QUARTER, 'target_group'));
    sql('countGoals by team', () => countGoals(db, QUARTER, 'team'));
    sql('countDistribution', () => countDistribution(db, QUARTER));
    sql('buildResults by target_group', () => buildResults(db, QUARTER, 'target_group'));

    const { token } = createApiToken(db, 'bench', null);
    const expected = countGoals(db, QUARTER)[0]!.responses;
    const url = await startServer(file);
    try {
      for (const by of ['', 'target_group', 'team']) {
        const query = `?quarter=${QUARTER.label}${by ? `&by=${by}` : ''}`;
        const request = async () => {
          const response = await fetch(`${url}/api/v1/results${query}`, { headers: { Authorization: `Bearer ${token}` } });
          const body = (await response.json()) as { responses?: number };
          if (!response.ok || body.responses !== expected) throw new Error(`${query}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
        };
        timings.push({ size, query: `http ${query}`, times: await timeAsync(RUNS, request) });
      }
    } finally {
      await stopServer(url);
    }
  } finally {
    db.$client.close();
    fs.rmSync(file, { force: true });
  }
  return timings;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

function printTable(timings: Timing[]) {
  const rows = timings.map(({ size, query, times }) => {
    const sorted = [...times].sort((a, b) => a - b);
    return [size.toLocaleString('en'), query, ...[0.5, 0.95, 1].map((p) => percentile(sorted, p).toFixed(1))];
  });
  const header = ['size', 'query', 'p50 ms', 'p95 ms', 'max ms'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaerdig-bench-'));
  const cleanUp = () => {
    killServer('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => (cleanUp(), process.exit(130)));
  process.on('SIGTERM', () => (cleanUp(), process.exit(143)));
  process.on('exit', () => killServer('SIGKILL'));
  const memory = openDatabase(':memory:');
  const version = (memory.$client.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  memory.$client.close();
  const cpus = os.cpus();
  console.log(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${megabytes(os.totalmem())} RAM; node ${process.version}; SQLite ${version}`);
  console.log(`Period ${QUARTER.label}; ${RUNS} timed runs after ${WARM_UP} warm-up each; ANALYZE ${args.analyze ? 'run' : 'not run'} after the load${args.sql ? `; extra SQL: ${args.sql}` : ''}\n`);
  const timings: Timing[] = [];
  try {
    for (const size of SIZES) timings.push(...(await benchSize(size, dir)));
    printTable(timings);
  } finally {
    cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
