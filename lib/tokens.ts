import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a printed code cannot be misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN_BYTES = 10; // 80 random bits
export const TOKEN_LENGTH = 16; // 80 bits / 5 bits per character

/** A new token in its canonical form: 16 characters of Crockford base32. */
export function generateToken(): string {
  const bytes = randomBytes(TOKEN_BYTES);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/**
 * Cyrillic capitals that look like Latin ones, as a Ukrainian keyboard types them, and the
 * digits of an Arabic keyboard (Arabic-Indic and Eastern Arabic-Indic): read as the Latin
 * letter or digit the card shows.
 */
const LOOK_ALIKES: Record<string, string> = {
  ...Object.fromEntries([...'АВЕКМНОРСТХІ'].map((char, index) => [char, 'ABEKMHOPCTXI'[index]!])),
  ...Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩'].map((char, index) => [char, String(index)])),
  ...Object.fromEntries([...'۰۱۲۳۴۵۶۷۸۹'].map((char, index) => [char, String(index)])),
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/**
 * Reads a code as a person typed it: any case, spaces and dashes anywhere, O for 0 and I or
 * L for 1, Cyrillic look-alikes and Arabic digits as the card's characters. Returns the
 * canonical token, or null when it cannot be one.
 */
export function normalizeCode(input: string): string | null {
  if (input.length > 64) return null;
  const cleaned = input
    .toUpperCase()
    .replace(LOOK_ALIKE, (char) => LOOK_ALIKES[char]!)
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== TOKEN_LENGTH) return null;
  for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
  return cleaned;
}

/** The printed form: groups of four, `ABCD-EFGH-JKMN-PQRS`. */
export function formatCode(token: string): string {
  return token.match(/.{1,4}/g)?.join('-') ?? token;
}

/** Only this hash is stored; the token itself never reaches the database or a log. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
