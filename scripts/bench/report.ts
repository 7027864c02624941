import type { Machine } from './machine';
import { errorCount, type Phase } from './load';
import { DASHBOARD, WARM_UP, type Timing } from './results';
import { WARM_UP_SECONDS, type surveyBench, type SurveySettings } from './survey';
import { OTHER_PAGES } from './weight';

/** Tables and the Markdown report of the benchmarks. */

type SurveyRun = Awaited<ReturnType<typeof surveyBench>> & { cores: number; fileSystem: string };
export type BenchSettings = SurveySettings & { runs: number };

const TARGETS = {
  /** A whole visit (page and submit) against one ping, and the submit alone (issue 15). */
  visitRatio: 0.25,
  postRatio: 0.5,
  p99Ms: 250,
  resultsMs: 50,
  dashboardMs: 300,
  ownJsBytes: 40 * 1024,
  firstLoadBytes: 250 * 1024,
  staticCpuRatio: 1.5,
};

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

/** A submission phase's row: rate, latency and errors against the p99 target. */
function postRow(title: string, phase: Phase) {
  const q = quantiles(phase.tally.times);
  return [
    title,
    `${rate(phase).toFixed(1)} /s · p50 ${ms(q.p50)} · p99 ${ms(q.p99)} · ${count(errorCount(phase.tally))} errors / ${count(phase.tally.times.length)} POSTs`,
    `p99 < ${TARGETS.p99Ms} ms`,
    atMost(q.p99, TARGETS.p99Ms, ms),
  ];
}

/** Server CPU per request of each page against the health check's; the kept citizen pages have a target. */
function cpuRows({ cpu }: SurveyRun): string[][] {
  const health = cpu.find((page) => page.path === '/api/health')!;
  return cpu.map(({ path, kept, msPerRequest, perSecond }) => {
    const ratio = msPerRequest / health.msPerRequest;
    return [
      `Server CPU per GET ${path}${kept ? ' (kept citizen page)' : ''}`,
      `${ms(msPerRequest)} · ${ratio.toFixed(2)}× /api/health · ${perSecond.toFixed(0)} /s`,
      kept ? `≤ ${TARGETS.staticCpuRatio}× /api/health` : path === '/api/health' ? 'baseline' : '',
      kept ? (ratio <= TARGETS.staticCpuRatio ? 'met' : `missed (${ratio.toFixed(2)}×)`) : '',
    ];
  });
}

/** Lighthouse's three scores per page against the issue's targets (performance ≥ 98, the others 100). */
function lighthouseRows({ lighthouse }: SurveyRun): string[][] {
  if (!lighthouse) return [['Lighthouse (mobile)', 'not measured (no Chromium or Lighthouse here)', '', '']];
  return lighthouse.map(({ label, performance, accessibility, bestPractices }) => {
    const met = performance >= 98 && accessibility === 100 && bestPractices === 100;
    return [
      `Lighthouse, mobile (simulated slow 4G): ${label}`,
      `performance ${performance} · accessibility ${accessibility} · best practices ${bestPractices}`,
      '≥ 98 · 100 · 100',
      met ? 'met' : 'missed',
    ];
  });
}

const ratioRow = (label: string, ratio: number, target: number, pingRate: number) => [
  label,
  ratio.toFixed(3),
  `≥ ${target.toFixed(2)}`,
  ratio >= target
    ? 'met'
    : `missed: ${(ratio / target).toFixed(2)}× the target (needs ${(target * pingRate).toFixed(0)} /s)`,
];

function tableRows(survey: SurveyRun, results: Timing[], { clients }: BenchSettings): string[][] {
  const { submit, postOnly, ping } = survey;
  const page = quantiles(submit.tally.pageTimes);
  const trivial = quantiles(ping.tally.times);
  const ratio = rate(submit) / rate(ping);
  const postRatio = rate(postOnly) / rate(ping);
  const equal = survey.rows.responses === survey.acknowledged && survey.rows.spent === survey.acknowledged;
  const busiestClient = Math.max(submit.clientCpu, postOnly.clientCpu, ping.clientCpu);
  return [
    postRow(
      `Survey submission, no JS: POST /s/<code> → 303 /s/tak (${clients} clients, ${Math.round(submit.seconds)} s)`,
      submit,
    ),
    postRow(
      `Submit path alone: POST only, no page GET per code (${clients} clients, ${Math.round(postOnly.seconds)} s)`,
      postOnly,
    ),
    [
      `Trivial route: GET /api/ping (${clients} clients, ${Math.round(ping.seconds)} s)`,
      `${rate(ping).toFixed(0)} /s · p50 ${ms(trivial.p50)} · p99 ${ms(trivial.p99)} · ${count(errorCount(ping.tally))} errors`,
      'baseline',
      '',
    ],
    ratioRow('Whole visits/s ÷ ping req/s (page and submit)', ratio, TARGETS.visitRatio, rate(ping)),
    ratioRow('POSTs/s ÷ ping req/s (submit alone)', postRatio, TARGETS.postRatio, rate(ping)),
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
    ...cpuRows(survey),
    ...lighthouseRows(survey),
    [
      'Database after the run (warm-up included)',
      `responses ${count(survey.rows.responses)} · acknowledged ${count(survey.acknowledged)} · spent invitations ${count(survey.rows.spent)}`,
      'all equal',
      equal ? 'ok' : 'MISMATCH',
    ],
    ...results.map(({ size, query, times }) => {
      const q = quantiles(times);
      const dashboard = query === DASHBOARD;
      const limit = dashboard ? TARGETS.dashboardMs : TARGETS.resultsMs;
      return [
        dashboard
          ? `Dashboard (/resultater), ${count(size)} responses, ${query}`
          : `Results API, ${count(size)} responses, ${query}`,
        `p50 ${ms(q.p50)} · p95 ${ms(q.p95)} (${times.length} runs)`,
        `p95 < ${limit} ms`,
        atMost(q.p95, limit, ms),
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
    ...(survey.wire ?? [{ label: 'every page (no browser could start)', total: NaN }]).map((w) => {
      const used = 'readyMs' in w && w.readyMs !== undefined;
      return [
        `${used ? 'Load and first use' : 'First load'} on the wire, empty cache: ${w.label}`,
        'html' in w
          ? `${kb(w.total)} (HTML ${kb(w.html)} · JS ${kb(w.js)} · CSS ${kb(w.css)} · fonts ${kb(w.fonts)} · other ${kb(w.other)})${used ? `; form ready ${ms(w.readyMs!)} after the first key, CPU 4× slower` : ''}`
          : 'not measured',
        // The same budget once the page is used: its scripts arrive then, not never.
        `≤ ${kb(TARGETS.firstLoadBytes)}`,
        Number.isNaN(w.total) ? '' : atMost(w.total, TARGETS.firstLoadBytes, kb),
      ];
    }),
    [
      'next-server RSS',
      `${mb(survey.rssStart?.rssBytes)} after start · ${mb(survey.rssEnd?.rssBytes)} after the load (peak ${mb(survey.rssEnd?.peakRssBytes)})`,
      '',
      '',
    ],
  ];
}

/** The bench's table: measures, results, targets and verdicts. */
export const benchTable = (survey: SurveyRun, results: Timing[], settings: BenchSettings) =>
  formatTable(['Measure', 'Result', 'Target', 'Verdict'], tableRows(survey, results, settings));

/** Errors by kind over every phase, if there were any. */
export function errorNote(survey: SurveyRun): string | undefined {
  const errors = [survey.warmSubmit.tally, survey.submit.tally, survey.postOnly.tally, survey.ping.tally].flatMap(
    (tally) => [...tally.errors],
  );
  return errors.length > 0
    ? `Errors by kind: ${errors.map(([kind, n]) => `${kind} ${count(n)}`).join(', ')}.`
    : undefined;
}

function notes(survey: SurveyRun, { clients, codes, runs }: BenchSettings): string[] {
  const errors = errorNote(survey);
  return [
    `Submissions: each client takes a fresh code, GETs \`/s/<code>\` as a browser (Accept-Encoding: gzip), copies the form's hidden inputs (token, locale, Next's action fields) and POSTs \`multipart/form-data\` with eight answers and a comment, with the headers a browser without JavaScript sends (\`Origin: null\`, \`Sec-Fetch-Site: same-origin\`). The latency is the POST alone, up to the 303 to \`/s/tak\`. The page GET is outside it but inside the rate window: submissions/s counts POSTs answered with that 303 per second of wall time, so it is the rate of whole visits (page + submit) and the ratio compares a visit with one ping. The thank-you page a browser would load next is not fetched. "Submit path alone" then posts the same form for fresh codes without fetching a page per code (the hidden fields come from one page read before, with each code's token), to show what the submit itself costs.`,
    `Both loads ran on the same server, after ${WARM_UP_SECONDS} s of warm-up each (warm-up submissions are in the database check). \`/api/ping\` does not pass through \`proxy.ts\` (its matcher skips \`/api\`); survey pages and posts do, and each page request logs one JSON line (to /dev/null here).`,
    `The database is a fresh file with ${count(codes)} open invitations, in WAL mode with \`synchronous = FULL\`: each submission waits for an fsync of the WAL (${survey.fileSystem}).`,
    `The client is \`node:http\` with a keep-alive agent (${clients + 8} sockets), on the same machine: it shares the cores with the server, and its CPU share is in the table. The server's CPU is read from /proc for the whole process group.`,
    `Results API: a fresh database per size loaded with the generator of \`npm run bench:results\`, a fresh server, ${WARM_UP} warm-up and ${runs} sequential requests per query, each checked for the right total. Each request also writes an audit row.`,
    `Page weight: KB = 1,024 bytes; "gzip -9" is zlib level 9 of the raw file, "as sent" what the server sends when the browser accepts gzip. "Shared by every public page" = the chunks on the survey page that are on every one of ${OTHER_PAGES.join(', ')} too; "the survey page's own" = the rest. The survey works with none of this JavaScript: \`tests/e2e/survey.spec.ts\` answers it with JavaScript disabled.`,
    'The kept survey page loads its scripts on first use (scripts/lib/first-use.ts): a first load and Lighthouse, which never touches the page, see it without JavaScript, as a citizen sees it until the first pointer, key, focus or input (a finger starting to scroll counts). The "then a Tab" rows are that first use: all the bytes, and the time until React runs the form with the CPU slowed four times (Lighthouse\'s phone) on this machine\'s local network, where a phone on 4G also waits for the 190 KB of scripts to arrive.',
    'Memory: VmRSS of the next-server process, after its first health check and after both loads; peak is VmHWM.',
    ...(errors ? [errors] : []),
  ];
}

/** docs/benchmarks.md: when, the machine, the command, the table and how each figure was measured. */
export function benchDocument(
  run: { machine: Machine; command: string; seconds: number; table: string },
  survey: SurveyRun,
  settings: BenchSettings,
): string {
  const { machine } = run;
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${date} UTC; the run took ${run.seconds.toFixed(0)} s. Run \`npm run build\` first: it measures the built app under \`npm start\` (scripts/serve.ts).`,
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
    run.command,
    '```',
    '',
    '## Results',
    '',
    run.table,
    '',
    '## Notes',
    '',
    ...notes(survey, settings).map((note) => `- ${note}`),
    '',
  ].join('\n');
}
