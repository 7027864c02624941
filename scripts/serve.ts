import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { getDb } from '../db/client';
import { PAGE_CACHE_KEY, type PageCacheHandle } from '../lib/citizen-pages';
import { setting } from '../lib/env';
import { logError, logEvent } from '../lib/log';
import { missingPageMatcher, readRouteTable } from './lib/not-found';
import { createPageCache } from './lib/page-cache';
import { createSurveyCache } from './lib/survey-cache';

/**
 * `npm start`: the built app as `next start` serves it, with the citizen pages' caches in front
 * (scripts/lib/page-cache.ts, scripts/lib/survey-cache.ts). Takes `next start`'s `-p PORT` (or PORT) and `-H HOST`; without
 * `-H` it listens on every interface, as `next start` does.
 */
async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const seconds = setting('CITIZEN_PAGE_CACHE_SECONDS');
  const app = next({ dev: false, hostname: values.hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();
  const routes = readRouteTable(path.join('.next', 'routes-manifest.json'));
  const pages = createPageCache(seconds * 1000, routes && missingPageMatcher(routes));
  const surveys = createSurveyCache(getDb, seconds * 1000);
  // An admin's change in Next's bundle empties both (server/citizen-pages.ts).
  (globalThis as { [PAGE_CACHE_KEY]?: PageCacheHandle })[PAGE_CACHE_KEY] = {
    forget: () => {
      pages.forget();
      surveys.forget();
    },
  };
  await app.prepare();

  // As `next start` does: an error Next itself did not answer is a bare 500, never a crash.
  const nextAnswers = (request: http.IncomingMessage, response: http.ServerResponse) =>
    handle(request, response).catch((error: unknown) => {
      logError('request_failed', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Internal Server Error');
    });
  const server = http.createServer((request, response) => {
    // The survey page first: the busiest, and it spares its GETs the not-found page's route check.
    if (surveys.serve(request, response) || pages.serve(request, response)) return;
    if (surveys.submit(request, response, (replay) => void nextAnswers(replay, response))) return;
    void nextAnswers(request, response);
  });
  server.listen(port, values.hostname, () => {
    logEvent('listening', {
      url: `http://${values.hostname ?? 'localhost'}:${port}`,
      citizenPageCacheSeconds: seconds,
    });
  });
  // Stop taking requests, let those under way finish, then go (at the latest after 10 s); a second
  // signal changes nothing.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close(() => void app.close().finally(() => process.exit(0)));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
