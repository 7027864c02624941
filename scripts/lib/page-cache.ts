import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { HTML_LIMITED_BOT_UA_RE } from 'next/dist/shared/lib/router/utils/html-bots';
import { PAGE_CACHE_KEY, STATIC_CITIZEN_PATHS, type PageCacheHandle } from '../../lib/citizen-pages';
import { logError, logEvent } from '../../lib/log';
import { inlineScripts, pageCsp } from '../../lib/security-headers';

/**
 * The citizen pages that are the same for everyone (lib/citizen-pages.ts), kept once per
 * language and settings: the first visit is rendered by Next.js as any page is (with a fresh
 * nonce), and its bytes are kept; later visits get those bytes at the cost of a file, with a
 * Content Security Policy that allows exactly the page's own inline scripts by their SHA-256
 * hashes instead of the first visit's nonce. An admin's change empties the cache
 * (server/citizen-pages.ts), and so does `maxAgeMs` passing.
 */

type Encoding = 'br' | 'gzip' | 'identity';
type Kept = { headers: OutgoingHttpHeaders; bodies: Record<Encoding, Buffer>; keptAt: number };

/**
 * Headers never replayed: those of one response on one connection, and `link`, which next-intl
 * writes from the request's own Host or X-Forwarded-Host (a visitor could choose it for all).
 */
const NOT_KEPT = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
  'link',
]);

/** The page's path when this request may be answered from, or fill, the cache. */
function cacheablePath(request: IncomingMessage): string | null {
  if (request.method !== 'GET' || !request.url) return null;
  // A query (`/s?code=…`) or a router request (RSC payload, prefetch) is rendered for itself.
  // Every request passes here: the set lookup first (a query, `/s?code=…`, is not in it).
  if (!STATIC_CITIZEN_PATHS.has(request.url)) return null;
  // A router request (RSC payload, prefetch) is rendered for itself.
  if (request.headers.rsc || request.headers['next-router-state-tree']) return null;
  // Link previews and some crawlers get the metadata in <head> rather than streamed: not the kept page.
  return HTML_LIMITED_BOT_UA_RE.test(String(request.headers['user-agent'] ?? '')) ? null : request.url;
}

/** The encoding a client takes, best first (`br;q=0` and the like count as refused). */
function chosenEncoding(request: IncomingMessage): Encoding {
  const accepted = String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => !quality || Number(quality.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name!.trim().toLowerCase());
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : 'identity';
}

/** The page's bytes as Next sent them, decompressed; null for an encoding this does not know. */
function decoded(body: Buffer, encoding: string | undefined): Buffer | null {
  if (encoding === undefined || encoding === 'identity') return body;
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return null;
}

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);

const hashOf = (script: string) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/** What Next.js answered, as it may be kept: a whole 200 HTML page, with its policy rewritten to hashes. */
async function keepable(response: ServerResponse, body: Buffer): Promise<Kept | null> {
  const type = String(response.getHeader('content-type') ?? '');
  if (response.statusCode !== 200 || !type.startsWith('text/html') || response.hasHeader('set-cookie')) return null;
  const html = decoded(body, response.getHeader('content-encoding') as string | undefined);
  if (html === null) return null;
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(response.getHeaders()))
    if (!NOT_KEPT.has(name) && value !== undefined) headers[name] = value;
  const hashes = [...new Set(inlineScripts(html.toString('utf8')).map(hashOf))];
  headers['content-security-policy'] = pageCsp({ hashes });
  const vary = String(headers.vary ?? '');
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  // Compressed once, off the event loop, at the highest levels: every later visit gets these bytes.
  const [gzip, br] = await Promise.all([
    gzipAsync(html, { level: 9 }),
    brotliAsync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
  ]);
  return { headers, bodies: { identity: html, gzip, br }, keptAt: Date.now() };
}

/** Copies what the response sends, as it goes, without changing or delaying it. */
function recordBody(response: ServerResponse, done: (body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, (encoding as BufferEncoding) || 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    done(Buffer.concat(chunks));
    return result;
  }) as ServerResponse['end'];
}

export type PageCache = PageCacheHandle & {
  /** Answers from the cache and returns true, or arranges to keep Next's answer and returns false. */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean;
};

export function createPageCache(maxAgeMs: number): PageCache {
  const kept = new Map<string, Kept>();
  const filling = new Set<string>();
  // A page rendered before an admin's change must not be kept after it.
  let generation = 0;
  const cache: PageCache = {
    forget: () => {
      generation += 1;
      kept.clear();
    },
    serve(request, response) {
      const path = cacheablePath(request);
      if (path === null || maxAgeMs <= 0) return false;
      const page = kept.get(path);
      if (page && Date.now() - page.keptAt < maxAgeMs) {
        const encoding = chosenEncoding(request);
        const body = page.bodies[encoding];
        response.writeHead(200, {
          ...page.headers,
          ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
          'content-length': body.length,
        });
        response.end(body);
        logEvent('request', { method: 'GET', path, cached: true });
        return true;
      }
      // One render of a path is kept at a time; others meanwhile are served as Next renders them.
      if (filling.has(path)) return false;
      filling.add(path);
      const renderedIn = generation;
      let ended = false;
      // A visitor who leaves before the end leaves nothing to keep, and must not block the path.
      response.once('close', () => {
        if (!ended) filling.delete(path);
      });
      recordBody(response, (body) => {
        ended = true;
        keepable(response, body)
          .then((fresh) => {
            if (fresh && renderedIn === generation) kept.set(path, fresh);
          })
          .catch((error: unknown) => logError('page_cache_failed', error, { path }))
          .finally(() => filling.delete(path));
      });
      return false;
    },
  };
  (globalThis as { [PAGE_CACHE_KEY]?: PageCacheHandle })[PAGE_CACHE_KEY] = cache;
  return cache;
}
