import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { IMPORT_COLUMNS } from '@/lib/import';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
};

const columnLetter = (index: number) => String.fromCharCode(65 + index);
const inlineRow = (r: number, values: readonly string[]) =>
  `<row r="${r}">${values.map((value, i) => `<c r="${columnLetter(i)}${r}" t="inlineStr"><is><t>${value}</t></is></c>`).join('')}</row>`;

type Repeated = { before?: string; piece: string; times: number; after?: string };

/** The sheet's XML in pieces: the header, one good response, then `times` copies of `piece` between `before` and `after`. */
async function* sheetXml({ before = '', piece, times, after = '' }: Repeated): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
  yield inlineRow(1, IMPORT_COLUMNS);
  yield inlineRow(2, ['2022-03-14', 'dagpenge', '', '', '4']);
  yield before;
  const batch = Math.max(1, Math.floor(1_000_000 / piece.length));
  const chunk = piece.repeat(batch);
  for (let written = 0; written < times; written += batch)
    yield written + batch <= times ? chunk : piece.repeat(times - written);
  yield after;
  yield '</sheetData></worksheet>';
}

/**
 * Writes an XLSX file whose first sheet holds a header and one response, then `piece`
 * `times` over. The sheet is streamed through the zip writer, so it never sits in memory
 * however large it is; a repeated piece packs several hundred times smaller.
 */
async function writeRepeatedWorkbook(file: string, repeated: Repeated): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, xml] of Object.entries(PARTS)) zip.addBuffer(Buffer.from(xml), name);
  zip.addReadStream(Readable.from(sheetXml(repeated)), 'xl/worksheets/sheet1.xml', { compressionLevel: 9 });
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file));
}

/**
 * A workbook with `rows` empty rows below its data, as a spreadsheet writes rows that were
 * formatted and never filled in: 14 million take 84 MB unpacked and about 120 KB packed.
 * The rows carry no number, which the format allows (each follows the one before).
 */
export const writeEmptyRowsWorkbook = (file: string, rows: number) =>
  writeRepeatedWorkbook(file, { piece: '<row/>', times: rows });

/** A workbook whose third row holds one cell of `length` characters. */
export const writeLongCellWorkbook = (file: string, length: number) =>
  writeRepeatedWorkbook(file, {
    before: '<row r="3"><c r="L3" t="inlineStr"><is><t>',
    piece: 'x',
    times: length,
    after: '</t></is></c></row>',
  });

/**
 * Rewrites the uncompressed size that the zip's central directory declares for `entry`, as a
 * forged archive would, so that a reader trusting the directory inflates far more than it expects.
 */
export function forgeDeclaredSize(file: string, entry: string, size: number): void {
  const bytes = fs.readFileSync(file);
  const name = Buffer.from(entry);
  for (let offset = bytes.indexOf('PK\x01\x02'); offset !== -1; offset = bytes.indexOf('PK\x01\x02', offset + 4)) {
    const nameLength = bytes.readUInt16LE(offset + 28);
    if (nameLength === name.length && bytes.subarray(offset + 46, offset + 46 + nameLength).equals(name)) {
      bytes.writeUInt32LE(size, offset + 24);
      fs.writeFileSync(file, bytes);
      return;
    }
  }
  throw new Error(`${entry} is not in ${file}`);
}
