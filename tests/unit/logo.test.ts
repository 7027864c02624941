import { describe, expect, it } from 'vitest';
import { isPng, LOGO_HEIGHT_PX, LOGO_MAX_BYTES, pngSize, svgProblem } from '@/lib/logo';
import { prepareLogo } from '@/server/logo';

const bytes = (text: string) => new TextEncoder().encode(text);
const svg = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="50"${attributes}>${inner}</svg>`;
const shape = '<rect width="200" height="50" fill="#004993"/>';

describe('an SVG logo', () => {
  it('is drawn as a PNG of the stored height, never kept as SVG', () => {
    const result = prepareLogo(bytes(`<?xml version="1.0"?>\n<!-- logo -->\n${svg(shape)}`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe('svg');
    expect(isPng(result.png)).toBe(true);
    expect(pngSize(result.png).height).toBe(LOGO_HEIGHT_PX);
    expect(result.png.toString('latin1')).not.toContain('<svg');
  });

  it.each([
    ['a script element', svg(`${shape}<script>alert(1)</script>`)],
    ['a script with odd spacing', svg(`${shape}< script >alert(1)</script>`)],
    ['an onload attribute', svg(shape, ' onload="alert(1)"')],
    ['an event handler on a shape', svg('<rect width="10" height="10" onclick="alert(1)"/>')],
    ['an external image', svg('<image href="https://evil.example/x.png" width="10" height="10"/>')],
    ['an xlink to another site', svg('<a xlink:href="https://evil.example/">x</a>')],
    ['a file on the server', svg('<image href="/etc/passwd" width="10" height="10"/>')],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect width="5" height="5"/></a>')],
    ['an unquoted href', svg('<use href=https://evil.example/#a />')],
    ['an external stylesheet', svg(`<style>@import url(https://evil.example/x.css);</style>${shape}`)],
    ['a url() outside the file', svg(`<rect width="5" height="5" style="fill:url(https://evil.example/#g)"/>`)],
    ['HTML inside', svg('<foreignObject><iframe src="https://evil.example"/></foreignObject>')],
    ['an entity', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`],
    ['a character reference in disguise', svg(`<a href="jav&#x61;script:alert(1)">${shape}</a>`)],
    ['an href set by animation', svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>')],
  ])('with %s is refused', (_name, text) => {
    expect(svgProblem(text)).toBe('logoUnsafe');
    expect(prepareLogo(bytes(text))).toEqual({ ok: false, problem: 'logoUnsafe' });
  });

  it('may use references inside itself and embedded PNG images', () => {
    const inner =
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs>' +
      '<rect width="200" height="50" fill="url(#g)"/><use href="#g"/>' +
      '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>';
    expect(svgProblem(svg(inner))).toBeNull();
  });

  it('that is not an SVG at all is refused by its content, not its name', () => {
    expect(prepareLogo(bytes('<html><body>Hej</body></html>'))).toEqual({ ok: false, problem: 'logoType' });
  });
});

describe('a PNG logo', () => {
  const png = prepareLogo(bytes(svg(shape)));
  const realPng = png.ok ? png.png : Buffer.alloc(0);

  it('is kept when it is a PNG', () => {
    expect(prepareLogo(realPng)).toEqual({ ok: true, kind: 'png', png: realPng });
  });

  it('that is not a PNG is refused', () => {
    expect(prepareLogo(bytes('GIF89a not a png at all, but named logo.png'))).toEqual({
      ok: false,
      problem: 'logoType',
    });
    // The signature alone is not enough: the header chunk must follow.
    const fake = Buffer.concat([realPng.subarray(0, 8), Buffer.from('<script>alert(1)</script>'.repeat(3))]);
    expect(prepareLogo(fake)).toEqual({ ok: false, problem: 'logoType' });
  });

  it('over the size limit or empty is refused', () => {
    expect(prepareLogo(new Uint8Array(LOGO_MAX_BYTES + 1))).toEqual({ ok: false, problem: 'logoTooLarge' });
    expect(prepareLogo(new Uint8Array(0))).toEqual({ ok: false, problem: 'logoMissing' });
  });
});
