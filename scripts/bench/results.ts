import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/client';
import { createApiToken } from '../../db/queries/api-tokens';
import { addTeam } from '../../db/queries/reference';
import { countDistribution, countGoals, listComments, responseSpan } from '../../db/queries/results';
import { buildAllBreakdowns, buildTrend } from '../../server/results/report';
import { DEFAULT_TARGET_GROUPS } from '../../db/reference-data';
import { RESPONSE_FILE_COLUMNS } from '../../lib/response-file';
import { quarterPeriod } from '../../lib/periods';
import { withDatabase } from '../lib/cli';
import { seededRandom } from '../lib/random';
import { startServer } from '../lib/server';

/** The results API on a database of plausible responses, shared by `npm run bench` and `npm run bench:results`. */

export const QUARTER = quarterPeriod({ year: 2024, quarter: 2 });
export const WARM_UP = 3;
export type Timing = { size: number; query: string; times: number[] };

const TEAMS = [
  { key: 'nord', name: 'Nord' },
  { key: 'syd', name: 'Syd' },
  { key: 'unge', name: 'Unge' },
];
const GROUP_KEYS = DEFAULT_TARGET_GROUPS.map((group) => group.key);
const COMMENTS = [
  'Min rådgiver lyttede til mig.',
  'Det er svært at finde rundt i Min Plan på telefonen.',
  'Tak for hjælpen.',
];
// The columns of a response file, and what only the survey itself sets.
const COLUMNS = ['survey_version', 'language', 'source', ...RESPONSE_FILE_COLUMNS];
const ROWS_PER_INSERT = 500;

function daysOf2023And2024(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Raw multi-row INSERTs rather than submitResponse, which makes an invitation per answer:
 * a million rows must load in seconds. Days ascend with the id, as they do when answers
 * arrive one by one.
 */
export function loadResponses(db: Db, count: number): void {
  const next = seededRandom(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const likert = () => {
    const r = next();
    return r < 0.03 ? null : r < 0.08 ? 0 : pick([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]);
  };
  const days = daysOf2023And2024();
  const row = (i: number): unknown[] => {
    // Drawn in a fixed order, so that each size makes the same rows every run.
    const r = next();
    const use = r < 0.03 ? null : r < 0.58 ? 'yes' : r < 0.85 ? 'no' : 'unknown';
    const language = next() < 0.9 ? 'da' : 'en';
    const targetGroup = pick(GROUP_KEYS);
    const team = next() < 0.1 ? null : pick(TEAMS).key;
    const [helps, knowledge, purpose] = [likert(), likert(), likert()];
    const overview = use === 'yes' ? likert() : null;
    const [resources, cooperate] = [likert(), likert()];
    const channel = next() < 0.03 ? null : pick(['in_person', 'in_person', 'phone', 'video', 'dk']);
    const comment = next() < 0.06 ? pick(COMMENTS) : null;
    const day = days[Math.floor((i * days.length) / count)]!;
    return [
      ...['2023.1', language, 'survey', day, targetGroup, team, channel],
      ...[helps, knowledge, purpose, use, overview, resources, cooperate, comment],
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
    for (const team of TEAMS) addTeam(db, team);
    for (let start = 0; start < count; start += ROWS_PER_INSERT) {
      const rows = Math.min(ROWS_PER_INSERT, count - start);
      const params: unknown[] = [];
      for (let i = start; i < start + rows; i++) params.push(...row(i));
      (rows === ROWS_PER_INSERT ? full : insert(rows)).run(params);
    }
  })();
  client.pragma('synchronous = FULL');
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

/** One results API request, checked: the right total, or it throws. */
async function fetchResults(url: string, token: string, query: string, expected: number): Promise<void> {
  const response = await fetch(`${url}/api/v1/results${query}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { responses?: number };
  if (!response.ok || body.responses !== expected)
    throw new Error(`${query}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
}

/** `runs` sequential requests per query (after the warm-up) on a fresh server over `file`, the database `db` holds. */
export async function timeResultsApi(db: Db, file: string, queries: string[], runs: number): Promise<number[][]> {
  const { token } = createApiToken(db, 'bench', null);
  const expected = countGoals(db, QUARTER)[0]!.responses;
  const server = await startServer(file);
  try {
    const times: number[][] = [];
    for (const query of queries)
      times.push(await timeAsync(runs, () => fetchResults(server.url, token, query, expected)));
    return times;
  } finally {
    await server.kill('SIGTERM');
  }
}

/**
 * What /resultater reads for a quarter: every breakdown, eight quarters of trend, the answers per
 * question, the comments and the span of responses (its rendering is not included).
 */
export function dashboardData(db: Db) {
  return [
    buildAllBreakdowns(db, QUARTER),
    buildTrend(db, QUARTER, 8, new Date('2025-01-15T12:00:00Z')),
    countDistribution(db, QUARTER),
    listComments(db, QUARTER, 5),
    responseSpan(db),
  ];
}

export const DASHBOARD = 'dashboard data, in-process';

/** For `npm run bench`: the results API and the dashboard's data on a fresh database of `size` responses, removed afterwards. */
export async function resultsBench(dir: string, size: number, runs: number): Promise<Timing[]> {
  const file = path.join(dir, `results-${size}.db`);
  try {
    return await withDatabase(async (db) => {
      const loadStart = performance.now();
      loadResponses(db, size);
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      console.log(
        `${size.toLocaleString('en')} responses loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
      );
      const queries = [`?quarter=${QUARTER.label}`, `?quarter=${QUARTER.label}&by=target_group`];
      const times = await timeResultsApi(db, file, queries, runs);
      const dashboard = await timeAsync(runs, async () => void dashboardData(db));
      return [
        ...queries.map((query, index) => ({ size, query, times: times[index]! })),
        { size, query: DASHBOARD, times: dashboard },
      ];
    }, file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
