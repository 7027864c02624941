import path from 'node:path';
import Beasties from 'beasties';
import { logError, logEvent } from '../../lib/log';
import { inlineScripts } from '../../lib/security-headers';
import { hashOf } from './kept-response';

/**
 * A kept citizen page with the style rules it uses in the page itself, so that the browser can
 * show it without waiting for the stylesheet: Beasties (the maintained fork of Google's Critters)
 * finds every rule whose selector matches an element of the page, the fonts those rules name
 * included, and inlines them in a `<style>` in `<head>`; the stylesheet itself moves to the end of
 * `<body>`, where it blocks nothing before it and brings the rules for what a script or an answer
 * adds later (an error summary, a hover). No script is needed for any of it, so it holds on the
 * pages kept under `script-src 'none'`. The policy allows the inline styles by their hashes.
 *
 * Done once per kept page (about 100 ms, on the event loop), never per visit. A page Beasties
 * cannot read, or whose inline scripts it would change, is kept as it was, and the log says so.
 */

const beasties = new Beasties({
  // Next's own build: `/_next/static/…` is `.next/static/…`.
  path: path.resolve('.next'),
  publicPath: '/_next/',
  preload: 'body',
  inlineFonts: true,
  preloadFonts: false,
  pruneSource: false,
  reduceInlineStyles: false,
  mergeStylesheets: false,
  compress: true,
  // Its own messages (a stylesheet it cannot read, a selector it cannot parse) go to our log.
  logger: {
    warn: (message) => logEvent('critical_css_warning', { message }),
    error: (message) => logEvent('critical_css_warning', { message }),
  },
  // Beasties matches selectors inside `<html>`, never on it: the rules for the page's own
  // language and direction (`html[lang='ar']`, the Arabic font) are kept as they are.
  allowRules: [/^html[[:]/],
});

/** Beasties marks the element it searched; the page goes out as it came. */
const MARK = /(<html\b[^>]*?) data-beasties-container(?:="")?/;

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

export type StyledPage = { html: string; styleHashes: string[] };

export async function withCriticalCss(html: string): Promise<StyledPage> {
  const unchanged = { html, styleHashes: [] };
  let styled: string;
  try {
    styled = (await beasties.process(html)).replace(MARK, '$1');
  } catch (error) {
    logError('critical_css_failed', error);
    return unchanged;
  }
  const styles = [...styled.matchAll(INLINE_STYLE)].map((match) => match[1]!);
  const scriptsKept = JSON.stringify(inlineScripts(styled)) === JSON.stringify(inlineScripts(html));
  if (styles.length === 0 || !scriptsKept) {
    logEvent('critical_css_failed', { reason: styles.length === 0 ? 'no stylesheet read' : 'inline scripts changed' });
    return unchanged;
  }
  return { html: styled, styleHashes: [...new Set(styles.map(hashOf))] };
}
