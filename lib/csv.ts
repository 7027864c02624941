/** Quotes a CSV field when it needs it (RFC 4180). */
function field(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((row) => row.map((value) => field(value, separator)).join(separator)).join('\r\n') + '\r\n';
}
