import 'server-only';
import type { Db } from '@/db/client';
import { importResponses, knownKeys, type ImportResult } from '@/db/queries/import';
import { copenhagenDate } from '@/lib/dates';
import { parseImportFile } from '@/lib/import';

/** Reads a CSV or XLSX file and imports it; one report lists bad values and unknown keys together. */
export async function importFile(db: Db, bytes: Uint8Array, fileName: string, now = new Date()): Promise<ImportResult> {
  const parsed = await parseImportFile(bytes, fileName, { today: copenhagenDate(now), ...knownKeys(db) });
  if (!parsed.ok) return parsed;
  return importResponses(db, parsed.rows, now);
}
