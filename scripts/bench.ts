import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createApiToken } from '../db/queries/api-tokens';
import { createInvitations } from '../db/queries/invitations';
import { countGoals } from '../db/queries/results';
import { formatCode } from '../lib/tokens';
import { readArgs } from './args';
import {
  QUARTER,
  WARM_UP,
  benchTempDir,
  describeMachine,
  fetchResults,
  formatTable,
  loadResponses,
  percentile,
  processGroup,
  machineBusySeconds,
  serverProcess,
  startServer,
  timeAsync,
  type BenchServer,
} from './bench-support';

/**
 * The whole benchmark on the built app: survey submissions against a trivial route on one
 * server, the results API at 10k/100k/1M responses, the survey page's weight and the
 * server's memory. Prints one table and writes it, with the machine, to docs/benchmarks.md.
 */
const usage = 'npm run bench -- [--seconds 20] [--clients 50] [--sizes 10000,100000,1000000] [--runs 50]';
const args = readArgs(
  { seconds: { type: 'string' }, clients: { type: 'string' }, sizes: { type: 'string' }, runs: { type: 'string' } },
  usage,
);
const SECONDS = Number(args.seconds ?? 20);
const CLIENTS = Number(args.clients ?? 50);
const SIZES = (args.sizes ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(args.runs ?? 50);
if ([SECONDS, CLIENTS, RUNS, ...SIZES].some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--seconds, --clients, --sizes and --runs take positive whole numbers\n\nUsage: ${usage}`);
  process.exit(2);
}
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
const WARM_UP_SECONDS = 3;
/** Far more than the fastest run can spend: a client that finds none left stops and counts an error. */
const CODES = Math.max(60_000, SECONDS * 3_000);
const TARGETS = { ratio: 0.5, p99Ms: 250, resultsMs: 100, ownJsBytes: 40 * 1024 };
/** Public pages whose common chunks count as shared by every page, not as the survey's own. */
const OTHER_PAGES = ['/s', '/s/tak', '/privatliv', '/tilgaengelighed', '/log-ind'];
const ANSWERS: [string, string][] = [
  ['guidance_helps', '4'],
  ['guidance_knowledge', '5'],
  ['clear_purpose', 'dk'],
  ['min_plan_use', 'yes'],
  ['min_plan_overview', '3'],
  ['resources_included', '4'],
  ['professionals_cooperate', '2'],
  ['meeting_channel', 'phone'],
  ['comment', 'Benchmark: tak for en god samtale.'],
];
const BROWSER = { Accept: 'text/html,application/xhtml+xml', 'Accept-Encoding': 'gzip', 'Accept-Language': 'da' };

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 8 });
type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** node:http with keep-alive: cheaper per request than fetch, so the client takes less of the shared CPU. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const text = (reply: Reply) =>
  (reply.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(reply.body) : reply.body).toString('utf8');
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The form's hidden inputs (token, locale and Next's action fields), as a browser would send them. */
const hiddenFields = (html: string): [string, string][] =>
  [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((m) => [
    decode(m[1]!),
    decode(m[2] ?? ''),
  ]);

function multipart(fields: [string, string][]): { body: Buffer; type: string } {
  const boundary = `----VaerdigBench${randomBytes(8).toString('hex')}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

type Tally = { ok: number; times: number[]; pageTimes: number[]; errors: Map<string, number> };
const newTally = (): Tally => ({ ok: 0, times: [], pageTimes: [], errors: new Map() });
const fail = (tally: Tally, kind: string) => tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);
const errorCount = (tally: Tally) => [...tally.errors.values()].reduce((a, b) => a + b, 0);

/**
 * One citizen without JavaScript: the survey page (untimed, as the browser has it before the
 * citizen starts), then the timed POST of its form. Only a 303 to /s/tak counts.
 */
async function visitOne(url: string, codes: string[], tally: Tally): Promise<void> {
  const code = codes.pop();
  if (!code) return void fail(tally, 'out_of_codes');
  const pageStart = performance.now();
  const page = await send(`${url}/s/${code}`, { headers: BROWSER });
  tally.pageTimes.push(performance.now() - pageStart);
  const fields = page.status === 200 ? hiddenFields(text(page)) : [];
  if (!fields.some(([name]) => name === 'token')) return void fail(tally, `page_${page.status}`);
  await postAnswers(url, code, fields, tally);
}

/**
 * The submit path alone: the hidden fields of one page read before the run, with each
 * code's token in place of that page's. Next's action fields are the same on every page.
 */
async function postOnlyOne(url: string, codes: string[], template: [string, string][], tally: Tally): Promise<void> {
  const code = codes.pop();
  if (!code) return void fail(tally, 'out_of_codes');
  const token = code.replace(/-/g, '');
  await postAnswers(
    url,
    code,
    template.map(([name, value]) => [name, name === 'token' ? token : value]),
    tally,
  );
}

async function postAnswers(url: string, code: string, fields: [string, string][], tally: Tally): Promise<void> {
  const form = multipart([...fields, ...ANSWERS]);
  const start = performance.now();
  const reply = await send(`${url}/s/${code}`, {
    method: 'POST',
    body: form.body,
    // What a browser sends for a plain form post under `Referrer-Policy: no-referrer`.
    headers: {
      ...BROWSER,
      'Content-Type': form.type,
      'Content-Length': form.body.length,
      Origin: 'null',
      'Sec-Fetch-Site': 'same-origin',
      'Sec-Fetch-Mode': 'navigate',
    },
  });
  tally.times.push(performance.now() - start);
  if (reply.status === 303 && String(reply.headers.location).endsWith('/s/tak')) tally.ok++;
  else fail(tally, `post_${reply.status}${reply.status === 303 ? `_to_${reply.headers.location}` : ''}`);
}

async function pingOne(url: string, tally: Tally): Promise<void> {
  const start = performance.now();
  const reply = await send(`${url}/api/ping`, { headers: { 'Accept-Encoding': 'gzip' } });
  tally.times.push(performance.now() - start);
  if (reply.status === 200 && text(reply) === 'ok') tally.ok++;
  else fail(tally, `ping_${reply.status}`);
}

type Phase = { tally: Tally; seconds: number; clientCpu: number; serverCpu: number; otherCpu: number };

/** `CLIENTS` closed loops for `seconds`; CPU shares are of one core, measured over the same window. */
async function closedLoop(
  server: BenchServer,
  seconds: number,
  iteration: (tally: Tally) => Promise<void>,
): Promise<Phase> {
  const tally = newTally();
  const serverCpu = () => processGroup(server.pid).reduce((sum, p) => sum + p.cpuSeconds, 0);
  const [clientStart, serverStart, machineStart, start] = [
    process.cpuUsage(),
    serverCpu(),
    machineBusySeconds(),
    performance.now(),
  ];
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        await iteration(tally).catch(async (error: NodeJS.ErrnoException) => {
          fail(tally, error.code ?? 'client_error');
          await new Promise((resolve) => setTimeout(resolve, 10));
        });
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(clientStart);
  const clientSeconds = (user + system) / 1e6;
  const serverSeconds = serverCpu() - serverStart;
  // Anything else on the machine (other people's builds and tests) competes for the same cores.
  const otherSeconds = Math.max(0, machineBusySeconds() - machineStart - serverSeconds - clientSeconds);
  return {
    tally,
    seconds: elapsed,
    clientCpu: clientSeconds / elapsed,
    serverCpu: serverSeconds / elapsed,
    otherCpu: otherSeconds / elapsed,
  };
}

type Weight = { label: string; files: number; raw: number; gzip9: number; sent: number };

/** Raw bytes, zlib level 9, and what the server sends when the browser accepts gzip. */
async function weigh(url: string, paths: string[], label: string): Promise<Weight> {
  const weight: Weight = { label, files: paths.length, raw: 0, gzip9: 0, sent: 0 };
  for (const file of paths) {
    const raw = await send(`${url}${file}`);
    const sent = await send(`${url}${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    if (raw.status !== 200) throw new Error(`${file}: ${raw.status}`);
    weight.raw += raw.body.length;
    weight.gzip9 += zlib.gzipSync(raw.body, { level: 9 }).length;
    weight.sent += sent.body.length;
  }
  return weight;
}

/** The JavaScript a page loads: its script tags and the chunks its RSC payload names for hydration. */
const chunksOf = (html: string) =>
  new Set([
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => decode(m[1]!)),
    ...[...html.matchAll(/static\/chunks\/[\w.~-]+\.js/g)].map((m) => `/_next/${m[0]}`),
  ]);

async function pageWeight(url: string, code: string): Promise<Weight[]> {
  const page = await send(`${url}/s/${code}`);
  const html = page.body.toString('utf8');
  const sentHtml = await send(`${url}/s/${code}`, { headers: BROWSER });
  if (page.status !== 200 || !html.includes('name="token"')) throw new Error(`survey page: ${page.status}`);
  const manifest = JSON.parse(fs.readFileSync('.next/build-manifest.json', 'utf8')) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const asUrl = (file: string) => `/_next/${file}`;
  const polyfills = new Set(manifest.polyfillFiles.map(asUrl));
  const runtime = new Set(manifest.rootMainFiles.map(asUrl));
  const survey = chunksOf(html);
  let shared = new Set([...survey].filter((file) => !runtime.has(file) && !polyfills.has(file)));
  for (const other of OTHER_PAGES) {
    const reply = await send(`${url}${other}`);
    if (reply.status === 200)
      shared = new Set([...chunksOf(reply.body.toString('utf8'))].filter((file) => shared.has(file)));
  }
  const own = [...survey].filter((file) => !runtime.has(file) && !polyfills.has(file) && !shared.has(file));
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => decode(m[1]!));
  return [
    {
      label: 'Survey page HTML (GET /s/<code>)',
      files: 1,
      raw: page.body.length,
      gzip9: zlib.gzipSync(page.body, { level: 9 }).length,
      sent: sentHtml.body.length,
    },
    await weigh(
      url,
      [...survey].filter((file) => runtime.has(file)),
      'JS: Next/React runtime (rootMainFiles)',
    ),
    await weigh(
      url,
      [...survey].filter((file) => polyfills.has(file)),
      'JS: polyfills (noModule, skipped by modern browsers)',
    ),
    await weigh(url, [...shared], `JS: shared by every public page (${OTHER_PAGES.length + 1} pages: layouts)`),
    await weigh(url, own, "JS: the survey page's own"),
    await weigh(url, css, 'CSS'),
  ];
}

/** A database with `count` open invitations; returns the file and their printed codes. */
function databaseWithCodes(dir: string, count: number): { file: string; codes: string[] } {
  const file = path.join(dir, 'survey.db');
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const codes: string[] = [];
    for (let made = 0; made < count; made += 10_000) {
      const batch = createInvitations(db, {
        targetGroup: 'dagpenge',
        channel: 'cli',
        count: Math.min(10_000, count - made),
      });
      for (const { token } of batch) codes.push(formatCode(token));
    }
    return { file, codes };
  } finally {
    db.$client.close();
  }
}

function countRows(file: string) {
  const db = openDatabase(file);
  try {
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    return {
      responses: count('SELECT COUNT(*) AS n FROM responses'),
      spent: count('SELECT COUNT(*) AS n FROM invitations WHERE answered = 1'),
    };
  } finally {
    db.$client.close();
  }
}

async function surveyBench(dir: string) {
  const seedStart = performance.now();
  const { file, codes } = databaseWithCodes(dir, CODES);
  console.log(`${CODES.toLocaleString('en')} invitations in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const server = await startServer(file);
  try {
    const rssStart = serverProcess(server.pid);
    const weights = await pageWeight(server.url, codes.pop()!);
    const template = hiddenFields(text(await send(`${server.url}/s/${codes.pop()!}`)));
    console.log(
      `Warming up ${WARM_UP_SECONDS} s, then ${CLIENTS} clients submit for ${SECONDS} s, then POST only for ${SECONDS} s`,
    );
    const warmSubmit = await closedLoop(server, WARM_UP_SECONDS, (tally) => visitOne(server.url, codes, tally));
    const submit = await closedLoop(server, SECONDS, (tally) => visitOne(server.url, codes, tally));
    const postOnly = await closedLoop(server, SECONDS, (tally) => postOnlyOne(server.url, codes, template, tally));
    console.log(`Warming up ${WARM_UP_SECONDS} s, then ${CLIENTS} clients GET /api/ping for ${SECONDS} s`);
    await closedLoop(server, WARM_UP_SECONDS, (tally) => pingOne(server.url, tally));
    const ping = await closedLoop(server, SECONDS, (tally) => pingOne(server.url, tally));
    const rssEnd = serverProcess(server.pid);
    const rows = countRows(file);
    const acknowledged = warmSubmit.tally.ok + submit.tally.ok + postOnly.tally.ok;
    return {
      weights,
      warmSubmit,
      submit,
      postOnly,
      ping,
      rssStart,
      rssEnd,
      rows,
      acknowledged,
      serverLog: server.stderr(),
    };
  } finally {
    await server.stop();
  }
}

async function resultsBench(dir: string, size: number) {
  const file = path.join(dir, `results-${size}.db`);
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const loadStart = performance.now();
    loadResponses(db, size);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `${size.toLocaleString('en')} responses loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
    );
    const { token } = createApiToken(db, 'bench', null);
    const expected = countGoals(db, QUARTER)[0]!.responses;
    const server = await startServer(file);
    try {
      const timings: { size: number; query: string; times: number[] }[] = [];
      for (const query of [`?quarter=${QUARTER.label}`, `?quarter=${QUARTER.label}&by=target_group`]) {
        timings.push({
          size,
          query,
          times: await timeAsync(RUNS, () => fetchResults(server.url, token, query, expected)),
        });
      }
      return timings;
    } finally {
      await server.stop();
    }
  } finally {
    db.$client.close();
    fs.rmSync(file, { force: true });
  }
}

type SurveyRun = Awaited<ReturnType<typeof surveyBench>> & { cores: number; fileSystem: string };
type Timing = Awaited<ReturnType<typeof resultsBench>>[number];

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const share = (fraction: number) => `${Math.round(fraction * 100)} %`;
const count = (n: number) => n.toLocaleString('en');
const rate = (phase: Phase) => phase.tally.ok / phase.seconds;

function quantiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

/** "met" with the margin, or by how much it is missed. */
function atMost(value: number, limit: number, format: (n: number) => string): string {
  return value < limit
    ? `met (${format(limit - value)} to spare)`
    : `missed by ${format(value - limit)} (${((value / limit - 1) * 100).toFixed(0)} % over)`;
}

function tableRows(survey: SurveyRun, results: Timing[]): string[][] {
  const { submit, postOnly, ping } = survey;
  const post = quantiles(submit.tally.times);
  const alone = quantiles(postOnly.tally.times);
  const page = quantiles(submit.tally.pageTimes);
  const trivial = quantiles(ping.tally.times);
  const ratio = rate(submit) / rate(ping);
  const equal = survey.rows.responses === survey.acknowledged && survey.rows.spent === survey.acknowledged;
  const busiestClient = Math.max(submit.clientCpu, postOnly.clientCpu, ping.clientCpu);
  const rows = [
    [
      `Survey submission, no JS: POST /s/<code> → 303 /s/tak (${CLIENTS} clients, ${Math.round(submit.seconds)} s)`,
      `${rate(submit).toFixed(1)} /s · p50 ${ms(post.p50)} · p99 ${ms(post.p99)} · ${count(errorCount(submit.tally))} errors / ${count(submit.tally.times.length)} POSTs`,
      `p99 < ${TARGETS.p99Ms} ms`,
      atMost(post.p99, TARGETS.p99Ms, ms),
    ],
    [
      `Submit path alone: POST only, no page GET per code (${CLIENTS} clients, ${Math.round(postOnly.seconds)} s)`,
      `${rate(postOnly).toFixed(1)} /s · p50 ${ms(alone.p50)} · p99 ${ms(alone.p99)} · ${count(errorCount(postOnly.tally))} errors / ${count(postOnly.tally.times.length)} POSTs`,
      `p99 < ${TARGETS.p99Ms} ms`,
      atMost(alone.p99, TARGETS.p99Ms, ms),
    ],
    [
      `Trivial route: GET /api/ping (${CLIENTS} clients, ${Math.round(ping.seconds)} s)`,
      `${rate(ping).toFixed(0)} /s · p50 ${ms(trivial.p50)} · p99 ${ms(trivial.p99)} · ${count(errorCount(ping.tally))} errors`,
      'baseline',
      '',
    ],
    [
      'Submissions/s ÷ ping req/s (POST only in brackets)',
      `${ratio.toFixed(3)} (${(rate(postOnly) / rate(ping)).toFixed(3)})`,
      `≥ ${TARGETS.ratio.toFixed(2)}`,
      ratio >= TARGETS.ratio
        ? 'met'
        : `missed: ${(ratio / TARGETS.ratio).toFixed(2)}× the target (needs ${(TARGETS.ratio * rate(ping)).toFixed(0)} /s)`,
    ],
    [
      'Survey page GET before each POST (outside the POST latency, inside the rate window)',
      `p50 ${ms(page.p50)} · p99 ${ms(page.p99)} · ${count(submit.tally.pageTimes.length)} GETs`,
      '',
      '',
    ],
    [
      `CPU during submissions / POST only / ping (share of one core; ${survey.cores} cores)`,
      (
        [
          ['server', 'serverCpu'],
          ['client', 'clientCpu'],
          ['other processes', 'otherCpu'],
        ] as const
      )
        .map(([who, key]) => `${who} ${[submit, postOnly, ping].map((phase) => share(phase[key])).join(' / ')}`)
        .join(' · '),
      'client not the bottleneck',
      busiestClient < 0.9 ? 'ok' : 'the client may limit the rate',
    ],
    [
      'Database after the run (warm-up included)',
      `responses ${count(survey.rows.responses)} · acknowledged ${count(survey.acknowledged)} · spent invitations ${count(survey.rows.spent)}`,
      'all equal',
      equal ? 'ok' : 'MISMATCH',
    ],
    ...results.map(({ size, query, times }) => {
      const q = quantiles(times);
      return [
        `Results API, ${count(size)} responses, ${query}`,
        `p50 ${ms(q.p50)} · p95 ${ms(q.p95)} (${times.length} runs)`,
        `p95 < ${TARGETS.resultsMs} ms`,
        atMost(q.p95, TARGETS.resultsMs, ms),
      ];
    }),
    ...survey.weights.map((w) => {
      const own = w.label.includes("page's own");
      return [
        `${w.label}${w.label.startsWith('JS') || w.label === 'CSS' ? `, ${w.files} file${w.files === 1 ? '' : 's'}` : ''}`,
        `${kb(w.raw)} raw · ${kb(w.gzip9)} gzip -9 · ${kb(w.sent)} as sent`,
        own ? `< ${kb(TARGETS.ownJsBytes)} gzip` : '',
        own ? atMost(w.gzip9, TARGETS.ownJsBytes, kb) : '',
      ];
    }),
    [
      'next-server RSS',
      `${mb(survey.rssStart?.rssBytes)} after start · ${mb(survey.rssEnd?.rssBytes)} after the load (peak ${mb(survey.rssEnd?.peakRssBytes)})`,
      '',
      '',
    ],
  ];
  return rows;
}

function notes(survey: SurveyRun): string[] {
  const errors = [survey.warmSubmit.tally, survey.submit.tally, survey.postOnly.tally, survey.ping.tally].flatMap(
    (tally) => [...tally.errors],
  );
  return [
    `Submissions: each client takes a fresh code, GETs \`/s/<code>\` as a browser (Accept-Encoding: gzip), copies the form's hidden inputs (token, locale, Next's action fields) and POSTs \`multipart/form-data\` with eight answers and a comment, with the headers a browser without JavaScript sends (\`Origin: null\`, \`Sec-Fetch-Site: same-origin\`). The latency is the POST alone, up to the 303 to \`/s/tak\`. The page GET is outside it but inside the rate window: submissions/s counts POSTs answered with that 303 per second of wall time, so it is the rate of whole visits (page + submit) and the ratio compares a visit with one ping. The thank-you page a browser would load next is not fetched. "Submit path alone" then posts the same form for fresh codes without fetching a page per code (the hidden fields come from one page read before, with each code's token), to show what the submit itself costs.`,
    `Both loads ran on the same server, after ${WARM_UP_SECONDS} s of warm-up each (warm-up submissions are in the database check). \`/api/ping\` does not pass through \`proxy.ts\` (its matcher skips \`/api\`); survey pages and posts do, and each page request logs one JSON line (to /dev/null here).`,
    `The database is a fresh file with ${count(CODES)} open invitations, in WAL mode with \`synchronous = FULL\`: each submission waits for an fsync of the WAL (${survey.fileSystem}).`,
    `The client is \`node:http\` with a keep-alive agent (${CLIENTS + 8} sockets), on the same machine: it shares the cores with the server, and its CPU share is in the table. The server's CPU is read from /proc for the whole process group.`,
    `Results API: a fresh database per size loaded with the generator of \`npm run bench:results\`, a fresh server, ${WARM_UP} warm-up and ${RUNS} sequential requests per query, each checked for the right total. Each request also writes an audit row.`,
    `Page weight: KB = 1,024 bytes; "gzip -9" is zlib level 9 of the raw file, "as sent" what the server sends when the browser accepts gzip. "Shared by every public page" = the chunks on the survey page that are on every one of ${OTHER_PAGES.join(', ')} too; "the survey page's own" = the rest. The survey works with none of this JavaScript: \`tests/e2e/survey.spec.ts\` answers it with JavaScript disabled.`,
    'Memory: VmRSS of the next-server process, after its first health check and after both loads; peak is VmHWM.',
    ...(errors.length > 0 ? [`Errors by kind: ${errors.map(([kind, n]) => `${kind} ${count(n)}`).join(', ')}.`] : []),
  ];
}

async function main() {
  const started = performance.now();
  const dir = benchTempDir();
  const machine = describeMachine(dir);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram} RAM, ${machine.os}; node ${machine.node}; SQLite ${machine.sqlite}`,
  );
  const survey = { ...(await surveyBench(dir)), cores: machine.cores, fileSystem: machine.tempFiles };
  const results: Timing[] = [];
  for (const size of SIZES) results.push(...(await resultsBench(dir, size)));
  const table = formatTable(['Measure', 'Result', 'Target', 'Verdict'], tableRows(survey, results));
  const total = (performance.now() - started) / 1000;
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  console.log(`\n${table}\n\nTotal run time ${total.toFixed(0)} s.`);
  if (survey.acknowledged !== survey.rows.responses || notes(survey).some((note) => note.startsWith('Errors'))) {
    console.log(`\nThe survey server's stderr (last 4,000 characters):\n${survey.serverLog}`);
  }
  const document = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${date} UTC; the run took ${total.toFixed(0)} s. Run \`npm run build\` first: it measures the built app under \`next start\`.`,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ram}`,
    `- OS: ${machine.os}`,
    `- Node ${machine.node}, SQLite ${machine.sqlite} (better-sqlite3)`,
    `- Temporary databases: ${machine.tempFiles}`,
    '',
    '## Command',
    '',
    '```sh',
    'npm run build',
    COMMAND,
    '```',
    '',
    '## Results',
    '',
    table,
    '',
    '## Notes',
    '',
    ...notes(survey).map((note) => `- ${note}`),
    '',
  ].join('\n');
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync('docs/benchmarks.md', document);
  console.log('Wrote docs/benchmarks.md');
  agent.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
