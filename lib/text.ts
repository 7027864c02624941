/**
 * Control characters but tab and newline (C0, DEL, C1), and the bidirectional embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069), which can make a text read differently
 * from what it says. The marks LRM and RLM stay: Arabic and Hebrew text uses them.
 */
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Free text as it is stored, however it was typed, pasted, posted or imported: every line
 * break a newline (browsers send a textarea's as CRLF; a lone CR, from old Mac files, counts
 * as one too), no unwanted characters (above), and Unicode NFC, so that "é" typed as "e" plus
 * a combining accent and as one character are the same text, in the database and in every
 * export. Spaces are left alone: callers trim.
 */
export function normaliseText(text: string): string {
  // NFC last: removing a character can bring a letter and its accent together.
  return text.replace(/\r\n?/g, '\n').replace(UNWANTED, '').normalize('NFC');
}

/** A SQL `LIKE … ESCAPE '\'` pattern that finds `text` anywhere, its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}
