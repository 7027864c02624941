import 'server-only';
import { Resvg } from '@resvg/resvg-js';
import {
  LOGO_HEIGHT_PX,
  LOGO_MAX_BYTES,
  logoKind,
  pngProblem,
  svgProblem,
  type LogoKind,
  type LogoProblem,
} from '@/lib/logo';

export type PreparedLogo = { ok: true; kind: LogoKind; png: Buffer } | { ok: false; problem: LogoProblem };

/** Wider than this (eight times the height) and the header cannot show it. */
const MAX_WIDTH_PX = LOGO_HEIGHT_PX * 8;

/**
 * Draws a checked SVG as a PNG. resvg runs no script and fetches nothing from the network; the
 * checks in lib/logo.ts have already refused references to files, so only the shapes remain.
 */
function rasterise(svg: string): Buffer | null {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'height', value: LOGO_HEIGHT_PX },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
      logLevel: 'off',
    });
    const image = resvg.render();
    if (image.width < 1 || image.width > MAX_WIDTH_PX) return null;
    return image.asPng();
  } catch {
    return null;
  }
}

/**
 * An uploaded logo made safe to serve, or why it is refused: a PNG is kept once it proves to be
 * one (by its bytes, not its name); an SVG is refused if it holds anything but drawing, and what
 * passes is drawn as a PNG. The uploaded SVG itself is never stored or served.
 */
export function prepareLogo(bytes: Uint8Array): PreparedLogo {
  if (bytes.length === 0) return { ok: false, problem: 'logoMissing' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'logoTooLarge' };
  const kind = logoKind(bytes);
  if (kind === 'png') {
    const problem = pngProblem(bytes);
    return problem ? { ok: false, problem } : { ok: true, kind, png: Buffer.from(bytes) };
  }
  if (kind !== 'svg') return { ok: false, problem: 'logoType' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const problem = svgProblem(text);
  if (problem) return { ok: false, problem };
  const png = rasterise(text);
  return png ? { ok: true, kind, png } : { ok: false, problem: 'logoBroken' };
}
