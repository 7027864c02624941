import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { SCRIPTED_CITIZEN_PATHS, STATIC_CITIZEN_PATHS } from '../../lib/citizen-pages';
import { localeOfPath } from '../../lib/locales';
import { logEvent, redactPath } from '../../lib/log';
import { inlineScripts, pageCsp, withoutScripts } from '../../lib/security-headers';
import {
  allEncodings,
  chosenEncoding,
  hashOf,
  isPlainPageRequest,
  keepablePage,
  keptEntries,
  sendPage,
  type Encoding,
} from './kept-response';
import { withCriticalCss } from './critical-css';

/**
 * The citizen pages that are the same for everyone (lib/citizen-pages.ts), kept once per
 * language and settings: the first visit is rendered by Next.js as any page is (with a fresh
 * nonce), and its bytes are kept; later visits get those bytes at the cost of a file. A page that
 * works without JavaScript (all but the thank-you page) is kept without Next's scripts, under a
 * policy that lets no script run; the thank-you page keeps them, under a policy that allows
 * exactly its own inline scripts by their SHA-256 hashes instead of the first visit's nonce. Each
 * carries the style rules it uses inline, its stylesheet at the end (scripts/lib/critical-css.ts). The
 * not-found page is kept the same way, once per language, for every path no page answers. An admin's change empties the cache
 * (server/citizen-pages.ts), and so does `maxAgeMs` passing.
 */

type Kept = { status: number; headers: OutgoingHttpHeaders; bodies: Record<Encoding, Buffer> };

/** What a GET may be answered with from the cache: a page by its path, or the not-found page in a language. */
type Wanted = { key: string; path: string; status: 200 | 404 };

function wanted(request: IncomingMessage, isMissing: ((path: string) => boolean) | null): Wanted | null {
  const path = request.url;
  if (request.method !== 'GET' || !path) return null;
  // Every request passes here: the set lookup first (a query, `/s?code=…`, is not in it).
  if (STATIC_CITIZEN_PATHS.has(path)) return isPlainPageRequest(request) ? { key: path, path, status: 200 } : null;
  if (!isMissing?.(path) || !isPlainPageRequest(request)) return null;
  return { key: `not found ${localeOfPath(path)}`, path, status: 404 };
}

export type PageCache = {
  /** Answers from the cache and returns true, or arranges to keep Next's answer and returns false. */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean;
  forget: () => void;
};

/** `isMissing` tells a path no page answers (scripts/lib/not-found.ts); without it, every not-found page is Next's. */
export function createPageCache(maxAgeMs: number, isMissing: ((path: string) => boolean) | null = null): PageCache {
  const kept = keptEntries<Kept>(maxAgeMs);
  return {
    forget: kept.forget,
    serve(request, response) {
      const want = maxAgeMs > 0 ? wanted(request, isMissing) : null;
      if (want === null) return false;
      const page = kept.get(want.key);
      if (page) {
        const encoding = chosenEncoding(request);
        sendPage(response, page.headers, page.bodies[encoding], encoding, page.status);
        logEvent('request', {
          method: 'GET',
          path: redactPath(want.path),
          ...(page.status === 200 ? {} : { status: page.status }),
          cached: true,
        });
        return true;
      }
      // One render of a path is kept at a time; others meanwhile are served as Next renders them.
      kept.fill(want.key, response, async (body) => {
        const page = keepablePage(response, body, want.status);
        if (page === null) return null;
        const bare = SCRIPTED_CITIZEN_PATHS.has(want.path) ? null : withoutScripts(page.html);
        // The not-found page is kept for every missing path: only without scripts (they name
        // the path it was rendered for) and only when nothing else in it does.
        if (want.status === 404 && (bare === null || bare.includes(want.path))) return null;
        const { html, styleHashes } = await withCriticalCss(bare ?? page.html);
        const scripts = bare === null ? { hashes: [...new Set(inlineScripts(html).map(hashOf))] } : ('none' as const);
        const headers = { ...page.headers, 'content-security-policy': pageCsp(scripts, { styles: styleHashes }) };
        return { status: want.status, headers, bodies: await allEncodings(Buffer.from(html, 'utf8')) };
      });
      return false;
    },
  };
}
