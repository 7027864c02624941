import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { SCRIPTED_CITIZEN_PATHS, STATIC_CITIZEN_PATHS } from '../../lib/citizen-pages';
import { logEvent } from '../../lib/log';
import { inlineScripts, pageCsp, withoutScripts } from '../../lib/security-headers';
import {
  allEncodings,
  chosenEncoding,
  fillOnce,
  hashOf,
  isPlainPageRequest,
  keepablePage,
  sendPage,
  type Encoding,
} from './kept-response';

/**
 * The citizen pages that are the same for everyone (lib/citizen-pages.ts), kept once per
 * language and settings: the first visit is rendered by Next.js as any page is (with a fresh
 * nonce), and its bytes are kept; later visits get those bytes at the cost of a file. A page that
 * works without JavaScript (all but the thank-you page) is kept without Next's scripts, under a
 * policy that lets no script run; the thank-you page keeps them, under a policy that allows
 * exactly its own inline scripts by their SHA-256 hashes instead of the first visit's nonce. An admin's change empties the cache
 * (server/citizen-pages.ts), and so does `maxAgeMs` passing.
 */

type Kept = { headers: OutgoingHttpHeaders; bodies: Record<Encoding, Buffer>; keptAt: number };

/** The page's path when this request may be answered from, or fill, the cache. */
function cacheablePath(request: IncomingMessage): string | null {
  if (request.method !== 'GET' || !request.url) return null;
  // Every request passes here: the set lookup first (a query, `/s?code=…`, is not in it).
  if (!STATIC_CITIZEN_PATHS.has(request.url)) return null;
  return isPlainPageRequest(request) ? request.url : null;
}

export type PageCache = {
  /** Answers from the cache and returns true, or arranges to keep Next's answer and returns false. */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean;
  forget: () => void;
};

export function createPageCache(maxAgeMs: number): PageCache {
  const kept = new Map<string, Kept>();
  const filling = new Set<string>();
  // A page rendered before an admin's change must not be kept after it.
  let generation = 0;
  return {
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
        sendPage(response, page.headers, page.bodies[encoding], encoding);
        logEvent('request', { method: 'GET', path, cached: true });
        return true;
      }
      // One render of a path is kept at a time; others meanwhile are served as Next renders them.
      const renderedIn = generation;
      fillOnce(filling, path, response, async (body) => {
        const page = keepablePage(response, body);
        if (page === null) return;
        const bare = SCRIPTED_CITIZEN_PATHS.has(path) ? null : withoutScripts(page.html);
        const html = bare ?? page.html;
        const scripts = bare === null ? { hashes: [...new Set(inlineScripts(html).map(hashOf))] } : ('none' as const);
        const headers = { ...page.headers, 'content-security-policy': pageCsp(scripts) };
        const bodies = await allEncodings(Buffer.from(html, 'utf8'));
        if (renderedIn === generation) kept.set(path, { headers, bodies, keptAt: Date.now() });
      });
      return false;
    },
  };
}
