import http from 'node:http';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { processGroup, machineBusySeconds } from '../lib/processes';
import type { Server } from '../lib/server';

/** Load generation: an HTTP client cheap enough to share the machine, closed loops of clients, CPU shares. */

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
export type Send = (
  url: string,
  options?: { method?: string; headers?: Record<string, string | number>; body?: Buffer },
) => Promise<Reply>;

/** node:http with keep-alive: cheaper per request than fetch, so the client takes less of the shared CPU. */
export function httpClient(sockets: number): { send: Send; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const send: Send = (url, options = {}) =>
    new Promise((resolve, reject) => {
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
  return { send, close: () => agent.destroy() };
}

export const text = (reply: Reply) =>
  (reply.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(reply.body) : reply.body).toString('utf8');

export type Tally = { ok: number; times: number[]; pageTimes: number[]; errors: Map<string, number> };
const newTally = (): Tally => ({ ok: 0, times: [], pageTimes: [], errors: new Map() });
export const countError = (tally: Tally, kind: string) => tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);
export const errorCount = (tally: Tally) => [...tally.errors.values()].reduce((a, b) => a + b, 0);

export type Phase = { tally: Tally; seconds: number; clientCpu: number; serverCpu: number; otherCpu: number };

/** `clients` closed loops for `seconds`; CPU shares are of one core, measured over the same window. */
export async function closedLoop(
  server: Server,
  clients: number,
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
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        await iteration(tally).catch(async (error: NodeJS.ErrnoException) => {
          countError(tally, error.code ?? 'client_error');
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

/** The baseline: one GET of a trivial route. */
export async function pingOne(send: Send, url: string, tally: Tally): Promise<void> {
  const start = performance.now();
  const reply = await send(`${url}/api/ping`, { headers: { 'Accept-Encoding': 'gzip' } });
  tally.times.push(performance.now() - start);
  if (reply.status === 200 && text(reply) === 'ok') tally.ok++;
  else countError(tally, `ping_${reply.status}`);
}
