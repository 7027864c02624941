import { IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Db } from '../../db/client';
import { getTokenState, markOpened, type TokenState } from '../../db/queries/invitations';
import { submitResponse } from '../../db/queries/responses';
import { LOCALE_PREFIX_PATTERN, localeOfPath, localePrefix, type Locale } from '../../lib/locales';
import { logError, logEvent, redactPath } from '../../lib/log';
import { inlineScripts, isSameSitePost, pageCsp, pageHeaders } from '../../lib/security-headers';
import { KEPT_ANSWERS_PREFIX } from '../../lib/survey/kept-answers';
import { MAX_SURVEY_BYTES } from '../../lib/survey/definition';
import { readSurveySubmission } from '../../lib/survey/submission';
import { formatCode, normalizeCode } from '../../lib/tokens';
import { withCriticalCss } from './critical-css';
import { scriptsOnFirstUse } from './first-use';
import { formHtml, hiddenFields } from './html';
import {
  chosenEncoding,
  gzipAfter,
  hashOf,
  isPlainPageRequest,
  keepablePage,
  keptEntries,
  keptStart,
  oneEncoding,
  sendPage,
  type KeptStart,
} from './kept-response';

/**
 * The survey page (`/s/<code>` in every language) and its submit without JavaScript, answered by
 * the server itself for the price of a token lookup:
 *
 * - The page depends on its code only as a string. The first visit in a language and state
 *   (open, answered, unavailable) is rendered by Next.js; its HTML is kept with the code taken
 *   out. Later visits in that state get it with their own code put in, and a policy with the
 *   hashes of its inline scripts (one of them holds the code), gzipped for them from the first
 *   code on (the start is compressed once: kept-response.ts `gzipAfter`). An open
 *   invitation is marked opened, as the page does. Next's scripts load on the page's first use
 *   (scripts/lib/first-use.ts): the form works before they run, as without JavaScript.
 * - A form posted without JavaScript whose Next.js action fields are the survey's, from this
 *   site, and whose answers are valid is stored here, in the same transaction as the action
 *   stores it (db/queries/responses.ts), and answered with the action's redirect. Anything else
 *   (invalid answers, a spent code is not: that is a redirect too, a database error, another
 *   origin) is handed to Next.js with its body, to answer as it always has.
 *
 * Anything unusual (a code typed in lower case, a query, a router request, a robot) goes to Next.
 */

const SURVEY_PATH = new RegExp(`^${LOCALE_PREFIX_PATTERN}/s/([0-9A-Z-]{1,64})$`);
const CODE = '\u{E000}code\u{E000}';
const TOKEN = '\u{E000}token\u{E000}';
/** Next's fields that say which action a no-JS form posts to (the bound state, `$ACTION_1:1`, varies). */
const ACTION_FIELD = /^\$ACTION_(REF_\d+|\d+:0|KEY)$/;

type Template = {
  /**
   * The page up to its first CODE or TOKEN (the head, the inline styles and the top of the
   * header, up to the language links), the same for every visit, gzipped once.
   */
  start: KeptStart;
  /** The rest, with CODE and TOKEN for its code. */
  rest: string;
  headers: OutgoingHttpHeaders;
  /** The hashes of the scripts without the code, and the scripts with it. */
  fixedHashes: string[];
  codeScripts: string[];
  /** The hashes of its inline styles (scripts/lib/critical-css.ts). */
  styleHashes: string[];
};

type Visit = { locale: Locale; code: string; token: string; path: string };

/** A survey page asked for by its printed code (`ABCD-EFGH-…`), the way a card or link gives it. */
function surveyVisit(request: IncomingMessage): Visit | null {
  const path = request.url ?? '';
  const code = SURVEY_PATH.exec(path)?.[1];
  if (!code) return null;
  const token = normalizeCode(code);
  if (token === null || formatCode(token) !== code) return null;
  return { locale: localeOfPath(path), code, token, path };
}

const withCode = (text: string, { code, token }: Visit) => text.replaceAll(CODE, code).replaceAll(TOKEN, token);

/** `text` as a whole word of code characters: not a run inside a longer one (a chunk's hash, say). */
const asWord = (text: string) => new RegExp(`(?<![0-9A-Za-z-])${text}(?![0-9A-Za-z-])`, 'g');

/**
 * The page with its code taken out, or null when a kept header would still carry it (the kept
 * ones do not: scripts/lib/kept-response.ts leaves out `link` and `x-middleware-rewrite`).
 */
function templateOf(html: string, headers: OutgoingHttpHeaders, visit: Visit, styleHashes: string[]): Template | null {
  const headerText = JSON.stringify(headers);
  if (headerText.includes(visit.code) || headerText.includes(visit.token)) return null;
  const page = html.replace(asWord(visit.code), CODE).replace(asWord(visit.token), TOKEN);
  const scripts = inlineScripts(page);
  const hasCode = (script: string) => script.includes(CODE) || script.includes(TOKEN);
  const slots = [page.indexOf(CODE), page.indexOf(TOKEN)].filter((at) => at >= 0);
  const cut = slots.length > 0 ? Math.min(...slots) : page.length;
  return {
    start: keptStart(Buffer.from(page.slice(0, cut), 'utf8')),
    rest: page.slice(cut),
    headers,
    fixedHashes: [...new Set(scripts.filter((script) => !hasCode(script)).map(hashOf))],
    codeScripts: scripts.filter(hasCode),
    styleHashes,
  };
}

/** A form post from a page of this site, as proxy.ts decides it. */
function isSameOrigin(request: IncomingMessage): boolean {
  const { origin, host, 'sec-fetch-site': fetchSite, 'x-forwarded-host': forwardedHost } = request.headers;
  const ownHost = String(forwardedHost ?? host ?? '');
  return origin !== undefined && isSameSitePost(origin, String(fetchSite), ownHost);
}

/** The request again, with the body already read from the network, for Next.js to handle. */
function replayed(request: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(request.socket);
  copy.method = request.method;
  copy.url = request.url;
  copy.httpVersion = request.httpVersion;
  copy.httpVersionMajor = request.httpVersionMajor;
  copy.httpVersionMinor = request.httpVersionMinor;
  copy.headers = request.headers;
  copy.rawHeaders = request.rawHeaders;
  // Whole already: ending it must not count as the client going away (which closes the socket).
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', () => resolve(null));
    request.once('aborted', () => resolve(null));
  });
}

export type SurveyCache = {
  /** Answers a survey page from a kept template and returns true, or arranges to keep Next's. */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean;
  /**
   * Takes a no-JS survey post and returns true (then it answers, or hands `pass` the request
   * with its body), or returns false for Next.js to handle as it comes.
   */
  submit: (request: IncomingMessage, response: ServerResponse, pass: (request: IncomingMessage) => void) => boolean;
  forget: () => void;
};

/** `db` opens the database on first use, as the app does (a server starts on a broken one, and says so). */
export function createSurveyCache(db: () => Db, maxAgeMs: number): SurveyCache {
  const kept = keptEntries<Template>(maxAgeMs);
  /** The survey action's fields, from an open page Next rendered; until then every post goes to Next. */
  let actionFields: [string, string][] | null = null;

  function keep(key: string, state: TokenState, visit: Visit, response: ServerResponse) {
    kept.fill(key, response, async (body) => {
      const page = keepablePage(response, body);
      // A state changes only one way (open to answered or unavailable): the same state after
      // the render means the render showed it.
      if (page === null || getTokenState(db(), visit.token) !== state) return null;
      if (state === 'open')
        actionFields = hiddenFields(formHtml(page.html)).filter(([name]) => ACTION_FIELD.test(name));
      // Sent with its scripts loading on first use: the page works before they run (the no-JS form).
      // And with the style rules it uses in the page, its stylesheet at the end.
      const { html, styleHashes } = await withCriticalCss(
        scriptsOnFirstUse(page.html, KEPT_ANSWERS_PREFIX) ?? page.html,
      );
      return templateOf(html, page.headers, visit, styleHashes);
    });
  }

  async function store(request: IncomingMessage, response: ServerResponse, pass: (request: IncomingMessage) => void) {
    const body = await readBody(request);
    if (body === null) return;
    const handOver = () => pass(replayed(request, body));
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { 'content-type': request.headers['content-type']! },
      }).formData();
    } catch {
      return handOver();
    }
    if (!actionFields?.every(([name, value]) => form.get(name) === value)) return handOver();
    const submission = readSurveySubmission(form.entries());
    // Errors are shown on the page with the answers kept: Next renders it.
    if (!submission.ok) return handOver();
    let result;
    try {
      result = submitResponse(db(), submission.token, submission.answers, submission.locale);
    } catch {
      // Nothing was written and the token is unspent: the action tries again and says "try again".
      return handOver();
    }
    const prefix = localePrefix(submission.locale);
    const location = result.ok ? `${prefix}/s/tak` : `${prefix}/s/${formatCode(submission.token)}`;
    response.writeHead(303, { ...pageHeaders(pageCsp('none')), Location: location, 'Content-Length': 0 });
    response.end();
    logEvent('request', { method: 'POST', path: redactPath(request.url!), status: 303 });
    if (result.ok) logEvent('survey_submitted', { language: submission.locale });
  }

  return {
    forget: kept.forget,
    serve(request, response) {
      if (request.method !== 'GET' || maxAgeMs <= 0) return false;
      const visit = surveyVisit(request);
      if (visit === null || !isPlainPageRequest(request)) return false;
      let state: TokenState;
      try {
        state = getTokenState(db(), visit.token);
      } catch {
        return false; // Next shows the error page
      }
      const key = `${visit.locale} ${state}`;
      const template = kept.get(key);
      if (!template) {
        keep(key, state, visit, response);
        return false;
      }
      if (state === 'open') {
        try {
          markOpened(db(), visit.token);
        } catch (error) {
          // As on the page: "opened" is a follow-up nicety that must not stop the survey.
          logError('mark_opened_failed', error);
        }
      }
      const hashes = [
        ...template.fixedHashes,
        ...template.codeScripts.map((script) => hashOf(withCode(script, visit))),
      ];
      const headers = {
        ...template.headers,
        'content-security-policy': pageCsp({ hashes }, { styles: template.styleHashes }),
      };
      // gzip first (any browser that takes br takes it too): compressed now only from the first code on.
      const rest = Buffer.from(withCode(template.rest, visit), 'utf8');
      const encoding = chosenEncoding(request, ['gzip', 'br']);
      const body =
        encoding === 'gzip'
          ? gzipAfter(template.start, rest)
          : oneEncoding(Buffer.concat([template.start.text, rest]), encoding);
      sendPage(response, headers, body, encoding);
      logEvent('request', { method: 'GET', path: redactPath(visit.path), cached: true });
      return true;
    },
    submit(request, response, pass) {
      if (request.method !== 'POST' || actionFields === null || request.headers['next-action']) return false;
      if (!SURVEY_PATH.test(request.url ?? '') || !isSameOrigin(request)) return false;
      if (!String(request.headers['content-type']).startsWith('multipart/form-data')) return false;
      const length = Number(request.headers['content-length'] ?? NaN);
      if (!(length <= MAX_SURVEY_BYTES) || request.headers['transfer-encoding']) return false;
      store(request, response, pass).catch((error: unknown) => {
        logError('survey_submit_failed', error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Internal Server Error');
      });
      return true;
    },
  };
}
