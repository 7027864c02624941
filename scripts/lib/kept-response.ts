import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { HTML_LIMITED_BOT_UA_RE } from 'next/dist/shared/lib/router/utils/html-bots';
import { logError } from '../../lib/log';

/**
 * What the server's two page caches share (scripts/lib/page-cache.ts for the pages that are the
 * same for everyone, scripts/lib/survey-cache.ts for the survey page): recording the page Next.js
 * sends, keeping its headers, and sending kept bytes in the encoding the client takes.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Headers never replayed: those of one response on one connection; `link`, which next-intl
 * writes from the request's own Host or X-Forwarded-Host (a visitor could choose it for all);
 * and `x-middleware-rewrite`, the path the first visitor asked for (for the not-found page, one
 * that nobody else should see), which browsers do not use.
 */
const NOT_KEPT = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
  'link',
  'x-middleware-rewrite',
]);

/**
 * Whether Next's page for this GET may be kept or answered from the cache: not a router
 * request (RSC payload, prefetch), and not a link preview or crawler, which gets its metadata in
 * `<head>` rather than streamed.
 */
export function isPlainPageRequest(request: IncomingMessage): boolean {
  if (request.headers.rsc || request.headers['next-router-state-tree']) return false;
  return !HTML_LIMITED_BOT_UA_RE.test(String(request.headers['user-agent'] ?? ''));
}

/**
 * The encoding a client takes, the first of `preferred` it accepts (`br;q=0` and the like count as
 * refused), else none.
 */
export function chosenEncoding(
  request: IncomingMessage,
  preferred: readonly Exclude<Encoding, 'identity'>[] = ['br', 'gzip'],
): Encoding {
  const accepted = String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => !quality || Number(quality.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name!.trim().toLowerCase());
  return preferred.find((encoding) => accepted.includes(encoding)) ?? 'identity';
}

/** The page's bytes as Next sent them, decompressed; null for an encoding this does not know. */
function decoded(body: Buffer, encoding: string | undefined): Buffer | null {
  if (encoding === undefined || encoding === 'identity') return body;
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return null;
}

export const hashOf = (script: string) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/**
 * What Next.js answered, when it may be kept: a whole HTML page with the expected status and
 * without a cookie, as text, with the headers worth replaying (Vary names Accept-Encoding, as the
 * cache's answers do).
 */
export function keepablePage(
  response: ServerResponse,
  body: Buffer,
  status = 200,
): { html: string; headers: OutgoingHttpHeaders } | null {
  const type = String(response.getHeader('content-type') ?? '');
  if (response.statusCode !== status || !type.startsWith('text/html') || response.hasHeader('set-cookie')) return null;
  const html = decoded(body, response.getHeader('content-encoding') as string | undefined);
  if (html === null) return null;
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(response.getHeaders()))
    if (!NOT_KEPT.has(name) && value !== undefined) headers[name] = value;
  const vary = String(headers.vary ?? '');
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  return { html: html.toString('utf8'), headers };
}

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);

/** A page's bytes in every encoding, compressed once, off the event loop, at the highest levels. */
export async function allEncodings(html: Buffer): Promise<Record<Encoding, Buffer>> {
  const [gzip, br] = await Promise.all([
    gzipAsync(html, { level: 9 }),
    brotliAsync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
  ]);
  return { identity: html, gzip, br };
}

/** A page's bytes for one visitor, compressed now: fast levels, as Next's own compression is. */
export function oneEncoding(html: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') return zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  return encoding === 'gzip' ? zlib.gzipSync(html, { level: 6 }) : html;
}

/**
 * The start of a page, gzip-compressed once for every visit that sends it (the survey page up to
 * its first code): raw deflate blocks ended by a full flush (not final, byte-aligned), and the
 * CRC-32 and length the gzip trailer counts it in.
 */
export type KeptStart = { text: Buffer; deflated: Buffer; crc: number };

export function keptStart(text: Buffer): KeptStart {
  const deflated = zlib.deflateRawSync(text, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  return { text, deflated, crc: zlib.crc32(text) };
}

/** gzip's fixed header: deflate, no name or time, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * One gzip stream of `start` and then `rest`, compressing only `rest` now: its deflate blocks
 * follow the kept ones in the same stream, and may refer back into the start (the decoder has just
 * written it), which it is given as its dictionary. The same bytes as gzipping the whole page.
 */
export function gzipAfter(start: KeptStart, rest: Buffer): Buffer {
  const deflated = zlib.deflateRawSync(rest, { level: 6, dictionary: start.text.subarray(-32 * 1024) });
  const trailer = Buffer.alloc(8);
  // (Node 20's crc32 of an empty buffer can answer 0 instead of the value it continues.)
  trailer.writeUInt32LE(rest.length > 0 ? zlib.crc32(rest, start.crc) : start.crc, 0);
  trailer.writeUInt32LE((start.text.length + rest.length) % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, start.deflated, deflated, trailer]);
}

/** Sends a whole page in the given encoding. */
export function sendPage(
  response: ServerResponse,
  headers: OutgoingHttpHeaders,
  body: Buffer,
  encoding: Encoding,
  status = 200,
) {
  response.writeHead(status, {
    ...headers,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    'content-length': body.length,
  });
  response.end(body);
}

/** Copies what the response sends, as it goes, without changing or delaying it. */
export function recordBody(response: ServerResponse, done: (body: Buffer) => void) {
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

/**
 * Records Next's answer to a request that may fill the cache under `key`, one render of a key at
 * a time: `keep` gets the body once it has been sent whole. A visitor who leaves before the end
 * leaves nothing to keep, and must not block the key.
 */
function fillOnce(filling: Set<string>, key: string, response: ServerResponse, keep: (body: Buffer) => Promise<void>) {
  if (filling.has(key)) return;
  filling.add(key);
  let ended = false;
  response.once('close', () => {
    if (!ended) filling.delete(key);
  });
  recordBody(response, (body) => {
    ended = true;
    keep(body)
      .catch((error: unknown) => logError('page_cache_failed', error, { key }))
      .finally(() => filling.delete(key));
  });
}

/**
 * What a cache keeps: an entry per key, good for `maxAgeMs` after it was kept, each made from one
 * of Next's answers at a time. `forget` drops them all, and an answer rendered before it (before
 * an admin's change) is not kept after it.
 */
export function keptEntries<Entry>(maxAgeMs: number) {
  const kept = new Map<string, { entry: Entry; keptAt: number }>();
  const filling = new Set<string>();
  let generation = 0;
  return {
    /** The entry under `key`, while it is fresh. */
    get(key: string): Entry | undefined {
      const found = kept.get(key);
      return found && Date.now() - found.keptAt < maxAgeMs ? found.entry : undefined;
    },
    /** Records Next's answer to `response`; `make` turns its whole body into the entry, or null for none. */
    fill(key: string, response: ServerResponse, make: (body: Buffer) => Promise<Entry | null>) {
      const renderedIn = generation;
      fillOnce(filling, key, response, async (body) => {
        const entry = renderedIn === generation ? await make(body) : null;
        if (entry !== null && renderedIn === generation) kept.set(key, { entry, keptAt: Date.now() });
      });
    },
    forget() {
      generation += 1;
      kept.clear();
    },
  };
}
