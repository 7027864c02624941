import { detectSeparator, parseCsv } from './csv';
import type { FileRecord, ImportErrorReason, ImportLimits } from './import';

/** A file's rows, or why it cannot be read. `strictCount`: every row must have the header's number of fields. */
export type Read = { records: FileRecord[]; strictCount: boolean } | { reason: ImportErrorReason; line?: number };

/** A CSV file's rows (UTF-8, `;` or `,`), stopped one row past the limit. */
export function readCsv(bytes: Uint8Array, limits: ImportLimits): Read {
  let text: string;
  try {
    // Danish Excel's plain "CSV" is Windows-1252; guessing would garble æ, ø and å in comments.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'not_utf8' };
  }
  const separator = detectSeparator(text);
  const unclosed = unclosedQuoteLine(text, separator);
  if (unclosed !== null) return { reason: 'unclosed_quote', line: unclosed };
  // One row past the header and the limit is enough to refuse the file; empty lines count.
  const fieldRows = parseCsv(text, separator, limits.maxRows + 2);
  if (fieldRows.length > limits.maxRows + 1) return { reason: 'too_many_rows' };
  let line = 1;
  const records = fieldRows.map((fields) => {
    const record = { line, fields };
    // A quoted comment may span lines; count them so that reported lines match an editor's.
    line += 1 + fields.reduce((sum, field) => sum + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return record;
  });
  return { records, strictCount: true };
}

/**
 * The line where a quoted field opens and never closes. parseCsv would read the rest of
 * the file into that one field, and the rows in it would vanish into a comment.
 */
function unclosedQuoteLine(text: string, separator: string): number | null {
  let line = 1;
  let openedOn: number | null = null;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
    if (openedOn !== null) {
      if (char === '"' && text[i + 1] === '"') i++;
      else if (char === '"') {
        openedOn = null;
        fieldStart = false;
      }
    } else if (char === '"' && fieldStart) {
      openedOn = line;
    } else {
      fieldStart = char === separator || char === '\n' || char === '\r' || (char === '\uFEFF' && i === 0);
    }
  }
  return openedOn;
}
