import { describe, expect, it } from 'vitest';
import { inlineScripts } from '@/lib/security-headers';
import { FIRST_USE_EVENTS, scriptsOnFirstUse } from '@/scripts/lib/first-use';

const page = [
  '<!DOCTYPE html><html lang="da"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" href="/_next/static/media/plex.woff2" as="font" type="font/woff2"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/runtime.js" async="" nonce="n"></script>',
  '<script src="/_next/static/chunks/main.js?v=1&amp;x=2" async="" nonce="n"></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
  '</head><body><form><input type="hidden" name="token" value="ABCD"/></form>',
  '<script nonce="n" id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
  '<script src="/_next/static/chunks/late.js" nonce="n" async=""></script>',
  '<script nonce="n">self.__next_f.push([1,"data"])</script>',
  '</body></html>',
].join('');

/** Runs a loader in a stand-in for the browser's window: what it adds, and what it listens to. */
function runLoader(
  script: string,
  path: string,
  kept: Record<string, string> | 'refused' = {},
  { modules = true } = {},
) {
  const added: string[] = [];
  const listeners = new Map<string, () => void>();
  const window = {
    document: {
      // A browser that knows `noModule` runs modules: the chunks are for it.
      createElement: () => (modules ? { src: '', async: false, noModule: false } : { src: '', async: false }),
      body: { appendChild: (element: { src: string; async: boolean }) => added.push(element.src) },
    },
    location: { pathname: path },
    sessionStorage: {
      getItem: (key: string) => {
        if (kept === 'refused') throw new Error('SecurityError');
        return kept[key] ?? null;
      },
    },
    addEventListener: (name: string, listener: () => void, capture: boolean) => {
      expect(capture).toBe(true);
      listeners.set(name, listener);
    },
    removeEventListener: (name: string) => listeners.delete(name),
  };
  new Function(...Object.keys(window), script)(...Object.values(window));
  return { added, listeners };
}

const loaderOf = (html: string) => inlineScripts(html).at(-1)!;

describe('scripts on first use', () => {
  it('sends the page without the scripts it loads by address, with one loader for them', () => {
    const html = scriptsOnFirstUse(page, 'vaerdig:survey:')!;
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html).not.toContain('as="script"');
    // Styles, fonts and the inline data stay, in their places.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain('as="font"');
    expect(inlineScripts(html).slice(0, 2)).toEqual(inlineScripts(page));
    expect(html).toMatch(/<script>\(function\(\)\{[^<]*\}\)\(\)<\/script><\/body><\/html>$/);
  });

  it('loads them, in order and once, at the first sign of use, and not before', () => {
    const { added, listeners } = runLoader(loaderOf(scriptsOnFirstUse(page, 'vaerdig:survey:')!), '/s/ABCD-EFGH');
    expect(added).toEqual([]);
    expect([...listeners.keys()]).toEqual([...FIRST_USE_EVENTS]);
    listeners.get('focusin')!();
    // The old browsers' polyfills are left out; the addresses are as the browser reads them.
    expect(added).toEqual([
      '/_next/static/chunks/runtime.js',
      '/_next/static/chunks/main.js?v=1&x=2',
      '/_next/static/chunks/late.js',
    ]);
    expect(listeners.size).toBe(0);
  });

  it('loads them at once when this tab keeps answers to this page to bring back', () => {
    const script = loaderOf(scriptsOnFirstUse(page, 'vaerdig:survey:')!);
    expect(runLoader(script, '/en/s/ABCD-EFGH', { 'vaerdig:survey:ABCDEFGH': '{}' }).added).toHaveLength(3);
    expect(runLoader(script, '/en/s/ABCD-EFGH', { 'vaerdig:survey:OTHER': '{}' }).added).toHaveLength(0);
    // Storage refused (a privacy setting): the page waits for its first use, as without answers.
    const refused = runLoader(script, '/s/ABCD-EFGH', 'refused');
    expect(refused.added).toHaveLength(0);
    expect(refused.listeners.size).toBe(FIRST_USE_EVENTS.length);
  });

  it('loads nothing in a browser too old for the chunks, which gets the page as without JavaScript', () => {
    const script = loaderOf(scriptsOnFirstUse(page, 'vaerdig:survey:')!);
    const old = runLoader(script, '/s/ABCD-EFGH', { 'vaerdig:survey:ABCDEFGH': '{}' }, { modules: false });
    expect(old.added).toEqual([]);
    expect(old.listeners.size).toBe(0);
  });

  it('leaves a page that needs its scripts at once, or has none, as it is (null)', () => {
    expect(scriptsOnFirstUse('<html id="__next_error__"><body><script src="/a.js"></script></body></html>', 'k')).toBe(
      null,
    );
    expect(scriptsOnFirstUse('<html><body><p>Hej</p></body></html>', 'k')).toBe(null);
    expect(scriptsOnFirstUse('<html><body><script src="/a.js"></script>', 'k')).toBe(null);
  });
});
