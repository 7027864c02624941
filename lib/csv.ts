/** Quotes a CSV field when it needs it (RFC 4180). */
function field(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((row) => row.map((value) => field(value, separator)).join(separator)).join('\r\n') + '\r\n';
}

/**
 * Reads CSV text (RFC 4180 quoting, CRLF or LF, an optional UTF-8 BOM) into rows of fields.
 * Stops after `limit` rows (empty lines count), so a caller can refuse a longer file without holding all of it.
 */
export function parseCsv(text: string, separator: ',' | ';', limit = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      if (rows.length >= limit) return rows;
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The separator a header line uses: `;` (Danish Excel) or `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}
