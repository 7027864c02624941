import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import type { ImportLimits } from './import';

/** One spreadsheet row as text: `line` is its row number, fields from column A on. */
type SheetRecord = { line: number; fields: string[] };

type XlsxRead =
  { records: SheetRecord[] } | { reason: 'unreadable' | 'empty_file' | 'archive_too_large' | 'too_many_rows' };

/**
 * The part parsers of exceljs's streaming `WorkbookReader` (exceljs 4.4,
 * lib/stream/xlsx/workbook-reader.js). Its public `read()` unzips with unzipper, which
 * inflates every part without checking it against a declared size, writes a sheet that
 * comes before the shared strings (as Excel orders them) whole to a temporary file, and
 * decodes each chunk on its own, so an æ split between two chunks becomes "��"
 * (exceljs#2063). Here yauzl hands it only the parts it needs, in the order it needs
 * them, as UTF-8 text decoded across chunk boundaries.
 */
type PartParsers = {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: ExcelJS.stream.xlsx.WorksheetReader }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
};

class TooLarge extends Error {}

/**
 * The first sheet's rows of an XLSX file, read as a stream. Refused before anything is
 * inflated when the archive's directory declares more than `maxBytes` in all; yauzl then
 * stops any part that inflates to more than it declared, so no more than `maxBytes` is
 * ever inflated. Reading stops at the row after `maxRows` below the header: every row
 * the sheet holds counts, empty or not.
 */
export async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<XlsxRead> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      validateEntrySizes: true,
    });
  } catch {
    return { reason: 'unreadable' };
  }
  const opened: Readable[] = [];
  try {
    const entries = await listEntries(zip, limits.maxBytes);
    const open = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) return null;
      const part = await zip.openReadStreamPromise(entry);
      opened.push(part);
      // The parser listens for errors itself; this keeps a late one after a stop from crashing the server.
      part.on('error', () => {});
      part.setEncoding('utf8');
      return part;
    };

    const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as unknown as string, {
      sharedStrings: 'cache',
      styles: 'cache', // a date cell is a number with a date format
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as PartParsers;
    const rels = await open('xl/_rels/workbook.xml.rels');
    const workbook = await open('xl/workbook.xml');
    if (!rels || !workbook) return { reason: 'unreadable' };
    await reader._parseRels(rels);
    await reader._parseWorkbook(workbook);

    // The first sheet in the workbook's own order, not the archive's.
    const firstSheet = reader.model?.sheets?.[0];
    const target = reader.workbookRels?.find((rel) => rel.Id === firstSheet?.rId)?.Target;
    const sheetPath = target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (sheetPath === undefined || !entries.has(sheetPath)) return { reason: 'empty_file' };

    const sharedStrings = await open('xl/sharedStrings.xml');
    if (sharedStrings) await drain(reader._parseSharedStrings(sharedStrings));
    const styles = await open('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);

    const sheet = (await open(sheetPath))!;
    const worksheet = reader._parseWorksheet(sheet, /sheet(\d+)\.xml$/.exec(sheetPath)?.[1] ?? '1').next().value!.value;
    const records: SheetRecord[] = [];
    let count = 0;
    let line = 0;
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      if (++count > limits.maxRows + 1) return { reason: 'too_many_rows' };
      // A row without a number follows the one before it (ECMA-376, 18.3.1.73).
      line = Number.isInteger(row.number) ? row.number : line + 1;
      const fields: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        fields[column - 1] = cellText(cell.value);
      });
      // Empty rows are counted above but not kept.
      if (fields.some((field) => field !== ''))
        records.push({ line, fields: Array.from(fields, (field) => field ?? '') });
    }
    return { records };
  } catch (error) {
    return { reason: error instanceof TooLarge ? 'archive_too_large' : 'unreadable' };
  } finally {
    for (const part of opened) part.destroy();
    zip.close();
  }
}

// Excel writes a few dozen parts (one a sheet, picture or comment list); the directory itself must stay small too.
const MAX_ENTRIES = 10_000;

/** The archive's entries by name, from its central directory; throws TooLarge past `maxBytes` declared. */
async function listEntries(zip: yauzl.ZipFile, maxBytes: number): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > MAX_ENTRIES) throw new TooLarge();
  const entries = new Map<string, yauzl.Entry>();
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    declared += entry.uncompressedSize;
    if (declared > maxBytes) throw new TooLarge();
    entries.set(entry.fileName, entry);
  }
  return entries;
}

/** Runs a parser that keeps what it reads (exceljs's shared strings in "cache" mode yield nothing). */
async function drain(parser: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of parser) void _;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives a day as UTC midnight: the cell's calendar date, whatever the server's zone.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return String(value.text);
    if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
