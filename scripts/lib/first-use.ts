import { EMPTY_SHELL, SCRIPT_HINT } from '../../lib/security-headers';
import { decodeHtml } from './html';

/**
 * A page that works before its scripts run (the survey: a plain form, as without JavaScript),
 * sent with Next.js's scripts loading on first use instead of at once: a phone shows and lays out
 * the page without downloading, parsing and hydrating some 190 KB of JavaScript first, and pays
 * for them only when the citizen starts answering. Until then everything works as without
 * JavaScript (a form sent that early is the no-JS submit), and the answers given by then are kept
 * when React takes over (SurveyForm's `keepChoicesMade`).
 *
 * Kept: the inline scripts (Next's data for hydration, which only fill an array), the styles, the
 * font hints. Removed: each script Next loads by address and its preload hint, and the old
 * browsers' polyfills (`noModule`: such a browser gets the page as without JavaScript, and the
 * loader loads nothing there). Added: one inline script that loads the rest at the first
 * pointer, key, focus or input event, or at once when this tab keeps answers to bring back
 * (after the language switch).
 */

const LOADED_SCRIPT = /<script\b[^>]*\bsrc="([^"]*)"[^>]*><\/script>/gi;
/** The events that say someone is using the page (capture: all of them reach the window first). */
export const FIRST_USE_EVENTS = ['pointerdown', 'keydown', 'focusin', 'input', 'click'] as const;

/** The loader: plain ES5 so that it parses anywhere; its text is hashed into the page's policy. */
function loader(sources: string[], keptAnswersPrefix: string): string {
  return `(function(){if(!("noModule" in document.createElement("script")))return;var s=${JSON.stringify(sources)},e=${JSON.stringify(FIRST_USE_EVENTS)},done=false;function load(){if(done)return;done=true;e.forEach(function(n){removeEventListener(n,load,true)});s.forEach(function(a){var t=document.createElement("script");t.src=a;t.async=true;document.body.appendChild(t)})}e.forEach(function(n){addEventListener(n,load,true)});try{if(sessionStorage.getItem(${JSON.stringify(keptAnswersPrefix)}+location.pathname.split("/").pop().replace(/-/g,"")))load()}catch(x){}})()`;
}

/**
 * `html` with its scripts loading on first use, or null when it needs them at once. The key of
 * answers kept in sessionStorage is `keptAnswersPrefix` and the token: the page's last path
 * segment without its dashes.
 */
export function scriptsOnFirstUse(html: string, keptAnswersPrefix: string): string | null {
  if (EMPTY_SHELL.test(html) || !html.includes('</body>')) return null;
  const sources: string[] = [];
  const page = html
    .replace(LOADED_SCRIPT, (tag, source: string) => {
      if (!/\bnoModule\b/i.test(tag)) sources.push(decodeHtml(source));
      return '';
    })
    .replace(SCRIPT_HINT, '');
  if (sources.length === 0) return null;
  // `<` never appears in the loader's text (JSON of addresses and a key), so it cannot end the tag.
  const script = loader(sources, keptAnswersPrefix);
  if (script.includes('<')) return null;
  return page.replace('</body>', `<script>${script}</script></body>`);
}
