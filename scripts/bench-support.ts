import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../db/client';
import { DEFAULT_TARGET_GROUPS } from '../db/reference-data';
import { seededRandom } from './lib/random';
import { quarterPeriod } from '../lib/results/period';

/** What `npm run bench` and `npm run bench:results` share: seeding, the built server, statistics, the machine. */

export const QUARTER = quarterPeriod({ year: 2024, quarter: 2 });
export const WARM_UP = 3;
const TEAMS = ['nord', 'syd', 'unge'];
const GROUP_KEYS = DEFAULT_TARGET_GROUPS.map((group) => group.key);
const COMMENTS = [
  'Min rådgiver lyttede til mig.',
  'Det er svært at finde rundt i Min Plan på telefonen.',
  'Tak for hjælpen.',
];

function daysOf2023And2024(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const COLUMNS = [
  'survey_version',
  'language',
  'target_group',
  'team',
  'submitted_on',
  'source',
  'guidance_helps',
  'guidance_knowledge',
  'clear_purpose',
  'min_plan_use',
  'min_plan_overview',
  'resources_included',
  'professionals_cooperate',
  'meeting_channel',
  'comment',
];
const ROWS_PER_INSERT = 500;

/**
 * Raw multi-row INSERTs rather than submitResponse, which makes an invitation per answer:
 * a million rows must load in seconds. Days ascend with the id, as they do when answers
 * arrive one by one.
 */
export function loadResponses(db: Db, count: number) {
  const next = seededRandom(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const likert = () => {
    const r = next();
    return r < 0.03 ? null : r < 0.08 ? 0 : pick([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]);
  };
  const days = daysOf2023And2024();
  const row = (i: number): unknown[] => {
    const r = next();
    const use = r < 0.03 ? null : r < 0.58 ? 'yes' : r < 0.85 ? 'no' : 'unknown';
    return [
      '2023.1',
      next() < 0.9 ? 'da' : 'en',
      pick(GROUP_KEYS),
      next() < 0.1 ? null : pick(TEAMS),
      days[Math.floor((i * days.length) / count)]!,
      'survey',
      likert(),
      likert(),
      likert(),
      use,
      use === 'yes' ? likert() : null,
      likert(),
      likert(),
      next() < 0.03 ? null : pick(['in_person', 'in_person', 'phone', 'video', 'dk']),
      next() < 0.06 ? pick(COMMENTS) : null,
    ];
  };
  const client = db.$client;
  const values = (rows: number) =>
    Array(rows)
      .fill(`(${COLUMNS.map(() => '?').join(',')})`)
      .join(',');
  const insert = (rows: number) =>
    client.prepare(`INSERT INTO responses (${COLUMNS.join(',')}) VALUES ${values(rows)}`);
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

export async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

/** One results API request, checked: the right total, or it throws. */
export async function fetchResults(url: string, token: string, query: string, expected: number): Promise<void> {
  const response = await fetch(`${url}/api/v1/results${query}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { responses?: number };
  if (!response.ok || body.responses !== expected)
    throw new Error(`${query}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type BenchServer = { url: string; pid: number; stderr: () => string; stop: () => Promise<void> };

const running = new Set<ChildProcess>();

/** The whole process group: `next start` may fork the server that actually listens. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** For exit handlers: nothing this process started may outlive it. */
export function killServers() {
  for (const child of running) signalGroup(child, 'SIGKILL');
  running.clear();
}

/** Starts the built app on `file` in its own process group and waits for its health check. */
export async function startServer(file: string): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let stderr = '';
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', 'localhost', '-p', String(port)],
    {
      env: { ...process.env, DATABASE_URL: file, NODE_ENV: 'production', BETTER_AUTH_URL: url, NODE_OPTIONS: '' },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  running.add(child);
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const stop = async () => {
    signalGroup(child, 'SIGTERM');
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${url}/api/health`);
      } catch {
        running.delete(child);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    signalGroup(child, 'SIGKILL');
    running.delete(child);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, pid: child.pid!, stderr: () => stderr, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${url} within 60 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type GroupProcess = { pid: number; name: string; rssBytes: number; peakRssBytes: number; cpuSeconds: number };

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** Every process in a process group, read from /proc (Linux only; empty elsewhere). */
export function processGroup(pgid: number): GroupProcess[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: GroupProcess[] = [];
  for (const pid of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The name may hold spaces and parentheses: the fields after it start at the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kilobytes = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
      found.push({
        pid: Number(pid),
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        rssBytes: kilobytes('VmRSS'),
        peakRssBytes: kilobytes('VmHWM'),
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
      });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** CPU seconds the whole machine has spent busy (all processes), from /proc/stat; 0 elsewhere. */
export function machineBusySeconds(): number {
  try {
    const [user, nice, system, , , irq, softirq] = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user! + nice! + system! + irq! + softirq!) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** The process that serves requests: the one named next-server, else the largest in the group. */
export function serverProcess(pgid: number): GroupProcess | undefined {
  const group = processGroup(pgid);
  return group.find((p) => p.name.startsWith('next-server')) ?? group.sort((a, b) => b.rssBytes - a.rssBytes)[0];
}

export function percentile(sorted: number[], p: number) {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A Markdown table, padded so that it reads the same in a terminal; `right` marks numeric columns. */
export function formatTable(header: string[], rows: string[][], right: boolean[] = []): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function sqliteVersion(): string {
  const memory = openDatabase(':memory:');
  try {
    return (memory.$client.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    memory.$client.close();
  }
}

/** The file system a path lives on, from /proc/mounts: the longest mount point that contains it. */
function fileSystemOf(dir: string): string {
  try {
    const mounts = fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' '));
    const real = fs.realpathSync(dir);
    const [device, mountPoint, type] =
      mounts
        .filter(([, point]) => point && (real === point || real.startsWith(point.endsWith('/') ? point : `${point}/`)))
        .sort((a, b) => b[1]!.length - a[1]!.length)[0] ?? [];
    return device ? `${type} on ${device} (${mountPoint})` : 'unknown';
  } catch {
    return 'unknown';
  }
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? os.type()} (${os.type()} ${os.release()})`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export function describeMachine(tempDir: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    ram: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: osName(),
    node: process.version,
    sqlite: sqliteVersion(),
    tempFiles: `${tempDir}: ${fileSystemOf(tempDir)}`,
  };
}

/** A temporary folder removed, with every server still running, however the process ends. */
export function benchTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaerdig-bench-'));
  const cleanUp = () => {
    killServers();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => (cleanUp(), process.exit(130)));
  process.on('SIGTERM', () => (cleanUp(), process.exit(143)));
  process.on('exit', cleanUp);
  return dir;
}
