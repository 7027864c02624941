import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { createTranslator } from 'use-intl/core';
import { routing } from './i18n/routing';
import { logEvent, redactPath } from './lib/log';
import { isSameSitePost, pageCsp, pageHeaders } from './lib/security-headers';
import { LANGUAGE_TAGS, localeOfPath, LOCALE_PREFIX_PATTERN, textDirection } from './lib/locales';
import { staffPathInDanish } from './lib/staff-paths';
import { CITIZEN_MESSAGES } from './lib/citizen-messages';
import { MAX_SURVEY_BYTES } from './lib/survey/definition';

const intl = createMiddleware(routing);

/** Staff upload batch files; a survey post is a few kilobytes. Anything larger is refused before any action reads it. */
const MAX_STAFF_BYTES = 1024 * 1024;
const SURVEY_PATH = new RegExp(`^${LOCALE_PREFIX_PATTERN}/s(/|$)`);
const isSurvey = (pathname: string) => SURVEY_PATH.test(pathname);

/**
 * Whether a body is over the limit. Browsers declare a form's length, which settles it; a body
 * sent without one (`Transfer-Encoding: chunked`) is counted. Next hands the proxy a copy of
 * the body it buffers for the page anyway (up to `experimental.proxyClientMaxBodySize`, 10 MB
 * by default, cut off silently beyond: still over any limit here), so counting a clone of it
 * costs no extra read from the network, and the action still gets the whole body.
 */
async function isTooLarge(request: NextRequest, limit: number): Promise<boolean> {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const declared = request.headers.get('content-length');
  if (declared !== null) return Number(declared) > limit;
  const reader = request.clone().body?.getReader();
  if (!reader) return false;
  // A client that goes away mid-body would otherwise leave the count waiting for its end.
  const stop = () => void reader.cancel();
  request.signal.addEventListener('abort', stop, { once: true });
  try {
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      if (bytes > limit) return true;
    }
    return false;
  } finally {
    request.signal.removeEventListener('abort', stop);
    void reader.cancel();
  }
}

function tooLarge(request: NextRequest): NextResponse {
  const locale = localeOfPath(request.nextUrl.pathname);
  const t = createTranslator({ locale: LANGUAGE_TAGS[locale], messages: CITIZEN_MESSAGES[locale], namespace: 'Error' });
  const [heading, text] = [t('tooLargeHeading'), t('tooLargeText')];
  const html = `<!doctype html><html lang="${LANGUAGE_TAGS[locale]}" dir="${textDirection(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading}</title></head><body><main><h1>${heading}</h1><p>${text}</p></main></body></html>`;
  return new NextResponse(html, {
    status: 413,
    headers: { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' },
  });
}

/**
 * With `Referrer-Policy: no-referrer`, a browser sends `Origin: null` on a
 * plain form post (the survey without JavaScript), which Next's server-action
 * check would refuse. The browser's own `Sec-Fetch-Site: same-origin`, which
 * no page can forge, proves the post came from this site: give Next the real
 * origin then, and only then. Cross-site posts keep `null` and are refused.
 */
function restoreSameOrigin(request: NextRequest, headers: Headers): void {
  if (request.headers.get('origin') === 'null' && request.headers.get('sec-fetch-site') === 'same-origin') {
    headers.set('origin', `${request.nextUrl.protocol}//${ownHost(request)}`);
  }
}

const ownHost = (request: NextRequest) => request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '';

/** A post from another site (or an unproven `null` origin): refused before any action runs. */
function isCrossSite(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  // Not a browser form or fetch: Next's own check still applies.
  return origin !== null && !isSameSitePost(origin, request.headers.get('sec-fetch-site'), ownHost(request));
}

/**
 * A path whose percent-escapes do not decode (`/s/%ZZ`, `/%E0%A4%A`) makes Next's router
 * throw before any page runs, and it answers a bare 500 without our headers.
 */
function isMalformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function crossSite(): NextResponse {
  return new NextResponse('Forbidden: cross-site request', {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * What the first matcher below leaves out (API routes, Next's files, the site's icons
 * app/favicon.ico and app/icon.svg); the second brings back those paths with an escape.
 */
const OUTSIDE_PAGES = /^\/(api\/|_next\/static|_next\/image|favicon\.ico$|icon\.svg$)/;

export default async function proxy(request: NextRequest) {
  if (OUTSIDE_PAGES.test(request.nextUrl.pathname) && !isMalformed(request.nextUrl.pathname))
    return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp({ nonce }, { development: process.env.NODE_ENV === 'development' });
  let response: NextResponse;
  const limit = isSurvey(request.nextUrl.pathname) ? MAX_SURVEY_BYTES : MAX_STAFF_BYTES;
  const danish = staffPathInDanish(request.nextUrl.pathname);
  if (danish !== null) {
    // Staff pages are in Danish and English only: /uk/log-ind and the like lead to the Danish page.
    response = NextResponse.redirect(new URL(`${danish}${request.nextUrl.search}`, request.url), 307);
  } else if (await isTooLarge(request, limit)) {
    response = tooLarge(request);
  } else if (request.method === 'POST' && isCrossSite(request)) {
    response = crossSite();
  } else {
    // Next.js reads the policy from the request to put the nonce on its scripts.
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', csp);
    if (request.method === 'POST') restoreSameOrigin(request, headers);
    headers.set('x-nonce', nonce);
    // For the audit log's "access denied" entries; set here, so a client cannot supply its own.
    headers.set('x-vaerdig-path', request.nextUrl.pathname);
    if (isMalformed(request.nextUrl.pathname)) {
      // Next would match the undecodable path against any page with route parameters, so
      // the root not-found page (it has none) answers, in the path's language, set the way
      // next-intl's own middleware passes it on.
      headers.set('X-NEXT-INTL-LOCALE', localeOfPath(request.nextUrl.pathname));
      response = NextResponse.rewrite(new URL('/_not-found', request.url), { request: { headers } });
    } else {
      response = intl(new NextRequest(request, { headers }));
    }
  }
  for (const [name, value] of Object.entries(pageHeaders(csp))) response.headers.set(name, value);
  // One line per page request: the path without its survey token or query string, and
  // the status when the proxy answered itself (a redirect, 403 cross-site, 413 too large).
  logEvent('request', {
    method: request.method,
    path: redactPath(request.nextUrl.pathname),
    ...(response.status !== 200 ? { status: response.status } : {}),
  });
  return response;
}

export const config = {
  matcher: [
    // Every page, including 404s for unknown files; not API routes, Next's static files or the icons,
    '/((?!api/|_next/static|_next/image|favicon\\.ico$|icon\\.svg$).*)',
    // unless their path has an escape, which might not decode.
    '/((?:api/|_next/static|_next/image).*%.*)',
  ],
};
