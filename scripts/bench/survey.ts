import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../db/client';
import { hiddenFields } from '../lib/html';
import { databaseWithCodes } from '../lib/invitations';
import { serverProcess } from '../lib/processes';
import { startServer } from '../lib/server';
import { STATIC_CITIZEN_PATHS } from '../../lib/citizen-pages';
import { closedLoop, countError, pingOne, text, type Send, type Tally } from './load';
import { BROWSER, pageWeight } from './weight';
import { lighthouseScores } from './lighthouse';
import { wireWeights } from './wire';

/** Survey submissions without JavaScript, against a trivial route on the same server. */

export const WARM_UP_SECONDS = 3;
export type SurveySettings = { clients: number; seconds: number; codes: number };

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

async function postAnswers(send: Send, url: string, code: string, fields: [string, string][], tally: Tally) {
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
  else countError(tally, `post_${reply.status}${reply.status === 303 ? `_to_${reply.headers.location}` : ''}`);
}

/**
 * One citizen without JavaScript: the survey page (untimed, as the browser has it before the
 * citizen starts), then the timed POST of its form. Only a 303 to /s/tak counts.
 */
async function visitOne(send: Send, url: string, codes: string[], tally: Tally): Promise<void> {
  const code = codes.pop();
  if (!code) return void countError(tally, 'out_of_codes');
  const pageStart = performance.now();
  const page = await send(`${url}/s/${code}`, { headers: BROWSER });
  tally.pageTimes.push(performance.now() - pageStart);
  const fields = page.status === 200 ? hiddenFields(text(page)) : [];
  if (!fields.some(([name]) => name === 'token')) return void countError(tally, `page_${page.status}`);
  await postAnswers(send, url, code, fields, tally);
}

/**
 * The submit path alone: the hidden fields of one page read before the run, with each
 * code's token in place of that page's. Next's action fields are the same on every page.
 */
async function postOnlyOne(send: Send, url: string, codes: string[], template: [string, string][], tally: Tally) {
  const code = codes.pop();
  if (!code) return void countError(tally, 'out_of_codes');
  const token = code.replace(/-/g, '');
  await postAnswers(
    send,
    url,
    code,
    template.map(([name, value]) => [name, name === 'token' ? token : value]),
    tally,
  );
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

/** The pages whose server CPU per request is measured, against the health check's (which reads the database). */
const CPU_PAGES = ['/api/health', '/', '/s', '/s/tak', '/privatliv', '/tilgaengelighed', '/ar/privatliv'];
/** `kept`: a page the server answers from its cache (the static citizen pages, the not-found page). */
export type PageCpu = { path: string; kept: boolean; msPerRequest: number; perSecond: number };

/** GETs of one path in closed loops: the server's CPU time per answered request. */
async function pageCpu(
  loop: Loop,
  send: Send,
  url: string,
  path: string,
  label = path,
  status = 200,
): Promise<PageCpu> {
  const get = async (tally: Tally) => {
    const start = performance.now();
    const reply = await send(`${url}${path}`, { headers: BROWSER });
    tally.times.push(performance.now() - start);
    if (reply.status === status) tally.ok++;
    else countError(tally, `get_${reply.status}`);
  };
  await loop(1, get);
  const phase = await loop(CPU_SECONDS, get);
  return {
    path: label,
    kept: STATIC_CITIZEN_PATHS.has(path) || status === 404,
    msPerRequest: ((phase.serverCpu * phase.seconds) / Math.max(1, phase.tally.ok)) * 1000,
    perSecond: phase.tally.ok / phase.seconds,
  };
}
const CPU_SECONDS = 4;
type Loop = (seconds: number, iteration: (tally: Tally) => Promise<void>) => ReturnType<typeof closedLoop>;

/** Page weight, then submissions (page and POST), POST only, ping and CPU per page, each phase after a warm-up. */
export async function surveyBench(send: Send, dir: string, { clients, seconds, codes: count }: SurveySettings) {
  const seedStart = performance.now();
  const { file, codes } = await databaseWithCodes(dir, count, 'survey.db');
  console.log(`${count.toLocaleString('en')} invitations in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const server = await startServer(file);
  const loop = (phaseSeconds: number, iteration: (tally: Tally) => Promise<void>) =>
    closedLoop(server, clients, phaseSeconds, iteration);
  try {
    const rssStart = serverProcess(server.pid);
    const weights = await pageWeight(send, server.url, codes.pop()!);
    // The first survey page in a language is rendered by Next and kept: the pages measured are kept ones.
    for (const prefix of ['/uk', '/ar']) await send(`${server.url}${prefix}/s/${codes.pop()!}`);
    const wire = await wireWeights(server.url, [
      { label: '/s/<code> in Danish', path: `/s/${codes.pop()!}` },
      { label: '/s/<code> in Danish, then a Tab', path: `/s/${codes.pop()!}`, firstUse: true },
      { label: '/uk/s/<code> in Ukrainian', path: `/uk/s/${codes.pop()!}` },
      { label: '/uk/s/<code> in Ukrainian, then a Tab', path: `/uk/s/${codes.pop()!}`, firstUse: true },
      { label: '/ar/s/<code> in Arabic', path: `/ar/s/${codes.pop()!}` },
      { label: '/ar/s/<code> in Arabic, then a Tab', path: `/ar/s/${codes.pop()!}`, firstUse: true },
      { label: '/s (type a code)', path: '/s' },
      { label: '/privatliv', path: '/privatliv' },
    ]);
    console.log('Lighthouse (mobile, simulated slow 4G) on /s/<code>, /s and /privatliv');
    const lighthouse = await lighthouseScores([
      { label: '/s/<code> (as loaded: its scripts come on first use)', url: `${server.url}/s/${codes.pop()!}` },
      { label: '/s', url: `${server.url}/s` },
      { label: '/privatliv', url: `${server.url}/privatliv` },
    ]);
    const template = hiddenFields(text(await send(`${server.url}/s/${codes.pop()!}`)));
    console.log(
      `Warming up ${WARM_UP_SECONDS} s, then ${clients} clients submit for ${seconds} s, then POST only for ${seconds} s`,
    );
    const visit = (tally: Tally) => visitOne(send, server.url, codes, tally);
    const warmSubmit = await loop(WARM_UP_SECONDS, visit);
    const submit = await loop(seconds, visit);
    const postOnly = await loop(seconds, (tally) => postOnlyOne(send, server.url, codes, template, tally));
    console.log(`Warming up ${WARM_UP_SECONDS} s, then ${clients} clients GET /api/ping for ${seconds} s`);
    const ping = (tally: Tally) => pingOne(send, server.url, tally);
    await loop(WARM_UP_SECONDS, ping);
    const pingPhase = await loop(seconds, ping);
    console.log(`Server CPU per GET of ${CPU_PAGES.length + 2} pages, ${CPU_SECONDS} s each`);
    const cpu: PageCpu[] = [];
    for (const path of CPU_PAGES) cpu.push(await pageCpu(loop, send, server.url, path));
    cpu.push(await pageCpu(loop, send, server.url, '/findes-ikke', '/findes-ikke (not found, 404)', 404));
    cpu.push(await pageCpu(loop, send, server.url, `/s/${codes.pop()!}`, '/s/<code>'));
    const rssEnd = serverProcess(server.pid);
    const rows = countRows(file);
    const acknowledged = warmSubmit.tally.ok + submit.tally.ok + postOnly.tally.ok;
    return {
      weights,
      wire,
      lighthouse,
      warmSubmit,
      submit,
      postOnly,
      ping: pingPhase,
      cpu,
      rssStart,
      rssEnd,
      rows,
      acknowledged,
      serverLog: server.stderr(),
    };
  } finally {
    await server.kill('SIGTERM');
  }
}
