/**
 * The rules for an uploaded logo, before anything is stored. An SVG is a document that can run
 * script, load other files and be served as a page; a logo needs none of that. So an SVG with
 * script, event handlers, embedded HTML, a DTD or any reference outside itself is refused here,
 * and what passes is still never served as uploaded: the server draws it as a PNG (server/logo.ts).
 */

/** The largest logo file accepted (staff posts are capped at 1 MB before any action reads them). */
export const LOGO_MAX_BYTES = 256 * 1024;

/** The height the logo is stored at: twice the header's, sharp on high-density screens and in print. */
export const LOGO_HEIGHT_PX = 160;

/** The widest and tallest PNG accepted, in pixels. */
export const LOGO_MAX_SIDE_PX = 4000;

export type LogoProblem = 'logoMissing' | 'logoTooLarge' | 'logoType' | 'logoUnsafe' | 'logoBroken';

export type LogoKind = 'png' | 'svg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether the bytes start as a PNG does: the signature, then the IHDR chunk. */
export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 33) return false;
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return false;
  return String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
}

/** A PNG's width and height from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Whether the text looks like an SVG document at all (an XML declaration and comments may come first). */
export function looksLikeSvg(text: string): boolean {
  return /^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text);
}

/**
 * What makes an SVG unsafe to keep, whatever a renderer would do with it. Any `href` must
 * point inside the document (`#id`) or be an embedded PNG or JPEG; `url(...)` likewise.
 */
const UNSAFE_SVG: RegExp[] = [
  /<!DOCTYPE|<!ENTITY/i, // entities: the "billion laughs" and external files
  /<\s*script/i,
  /<\s*foreignObject/i, // HTML inside the SVG
  /<\s*(iframe|embed|object|audio|video|canvas)/i,
  /\son[a-z]+\s*=/i, // onload=, onclick=, ...
  /<\s*(set|animate)\b[^>]*attributeName\s*=\s*["']?\s*(xlink:)?href/i, // an href swapped in later
  /javascript:/i,
  /@import/i,
  /\b(xlink:)?href\s*=\s*(["'])\s*(?!#|data:image\/(png|jpeg);base64,)/i,
  /\b(xlink:)?href\s*=\s*(?!["'])/i, // an unquoted href
  /url\(\s*(["']?)\s*(?!#)/i,
];

/** Why an SVG logo is refused, or null when it may be drawn. */
export function svgProblem(text: string): LogoProblem | null {
  // Character references could spell any of the above in disguise; a logo has no need of them.
  if (/&#|&[a-z]+;/i.test(text.replace(/&(amp|lt|gt|quot|apos);/g, ''))) return 'logoUnsafe';
  if (UNSAFE_SVG.some((pattern) => pattern.test(text))) return 'logoUnsafe';
  return looksLikeSvg(text) ? null : 'logoType';
}

/** Which kind a file is by its content, never by its name or the browser's type. */
export function logoKind(bytes: Uint8Array): LogoKind | null {
  if (isPng(bytes)) return 'png';
  // Anything with an <svg> element near its start is judged as an SVG (and refused if unsafe).
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /<svg[\s>]/i.test(head) ? 'svg' : null;
}

/** Why an uploaded PNG is refused, or null. */
export function pngProblem(bytes: Uint8Array): LogoProblem | null {
  if (!isPng(bytes)) return 'logoType';
  const { width, height } = pngSize(bytes);
  if (width < 1 || height < 1 || width > LOGO_MAX_SIDE_PX || height > LOGO_MAX_SIDE_PX) return 'logoBroken';
  return null;
}
