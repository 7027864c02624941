import { describe, expect, it } from 'vitest';
import { SCRIPTED_CITIZEN_PATHS, STATIC_CITIZEN_PATHS } from '@/lib/citizen-pages';
import { inlineScripts, isSameSitePost, pageCsp, pageHeaders, withoutScripts } from '@/lib/security-headers';

describe('the pages’ Content Security Policy', () => {
  it('allows inline scripts by a nonce or by their hashes, never unsafe-inline', () => {
    expect(pageCsp({ nonce: 'abc=' })).toContain("script-src 'self' 'nonce-abc=' 'strict-dynamic';");
    expect(pageCsp({ hashes: ['sha256-x=', 'sha256-y='] })).toContain("script-src 'self' 'sha256-x=' 'sha256-y=';");
    expect(pageCsp({ hashes: [] })).toContain("script-src 'self';");
    expect(pageCsp('none')).toContain("script-src 'none';");
    for (const csp of [pageCsp({ nonce: 'n' }), pageCsp({ hashes: ['sha256-x='] })]) {
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toContain("frame-ancestors 'none'");
    }
    expect(pageCsp({ nonce: 'n' }, { development: true })).toContain("'unsafe-eval'");
    // A kept page's inline styles by their hashes, and nothing else inline.
    expect(pageCsp('none', { styles: ['sha256-s='] })).toContain("style-src 'self' 'sha256-s=';");
    expect(pageCsp('none')).toContain("style-src 'self';");
  });

  it('gives every page answer its policy and never lets it be stored', () => {
    const headers = pageHeaders(pageCsp('none'));
    expect(headers['Content-Security-Policy']).toContain("script-src 'none';");
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('takes a post as from this site by its Origin, or by the browser’s Sec-Fetch-Site when the Origin is null', () => {
    expect(isSameSitePost('http://localhost:3000', null, 'localhost:3000')).toBe(true);
    expect(isSameSitePost('null', 'same-origin', 'localhost:3000')).toBe(true);
    expect(isSameSitePost('null', 'cross-site', 'localhost:3000')).toBe(false);
    expect(isSameSitePost('null', undefined, 'localhost:3000')).toBe(false);
    expect(isSameSitePost('https://evil.example', 'cross-site', 'localhost:3000')).toBe(false);
    expect(isSameSitePost('http://localhost:3001', 'same-site', 'localhost:3000')).toBe(false);
    expect(isSameSitePost('not an address', 'same-origin', 'localhost:3000')).toBe(false);
  });

  it('reads the text of the inline scripts only, as the browser hashes it', () => {
    const html = [
      '<head><script src="/_next/static/a.js" async=""></script>',
      '<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script></head>',
      '<body><p>Hej</p><script>self.__next_f.push([1,"a\\u003cb"])</script>',
      '<script id="x" async src="/b.js"></script><script>\n</script></body>',
    ].join('');
    expect(inlineScripts(html)).toEqual([
      '(self.__next_f=self.__next_f||[]).push([0])',
      'self.__next_f.push([1,"a\\u003cb"])',
      '\n',
    ]);
  });

  it('takes every script out of a page, and the hints that preload them, unless only a script makes the page', () => {
    const page = [
      '<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/b.js"/>',
      '<link rel="modulepreload" href="/m.js"><script src="/c.js" async=""></script>',
      '<script nonce="n">self.__next_f.push([0])</script><title>Side</title></head>',
      '<body><p>Hej</p><script>\n</script><SCRIPT type="module">x()</SCRIPT></body>',
    ].join('');
    expect(withoutScripts(page)).toBe(
      '<head><link rel="stylesheet" href="/a.css"/><title>Side</title></head><body><p>Hej</p></body>',
    );
    expect(withoutScripts('<body><template id="B:0"></template><div hidden id="S:0">x</div></body>')).toBeNull();
    expect(
      withoutScripts('<html id="__next_error__"><head></head><body><div hidden=""></div></body></html>'),
    ).toBeNull();
  });

  it('keeps the citizen pages that are the same for everyone, in every language, and not the survey itself', () => {
    expect(STATIC_CITIZEN_PATHS).toContain('/');
    expect(STATIC_CITIZEN_PATHS).toContain('/en');
    expect(STATIC_CITIZEN_PATHS).toContain('/ar/privatliv');
    expect(STATIC_CITIZEN_PATHS).toContain('/let/s/tak');
    expect(STATIC_CITIZEN_PATHS.size).toBe(25);
    // Only the thank-you page keeps its scripts (it clears the answers the survey kept).
    expect([...SCRIPTED_CITIZEN_PATHS].sort()).toEqual(['/ar/s/tak', '/en/s/tak', '/let/s/tak', '/s/tak', '/uk/s/tak']);
    for (const path of SCRIPTED_CITIZEN_PATHS) expect(STATIC_CITIZEN_PATHS).toContain(path);
    expect([...STATIC_CITIZEN_PATHS].filter((path) => /\/s\/(?!tak$)/.test(path))).toEqual([]);
    expect([...STATIC_CITIZEN_PATHS].filter((path) => /admin|log-ind|resultater/.test(path))).toEqual([]);
  });
});
