'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { importFile } from '@/db/queries/import';
import { requireRole } from '@/server/auth/session';
import { describeImportFailure } from '@/lib/import';
import type { ImportState } from './import-state';

/** The proxy and Next hold staff posts to 1 MB; larger files go through `npm run import`. */
const MAX_FILE_BYTES = 1_000_000;

/** Imports a CSV or XLSX file of earlier responses: all rows or none, every bad row named. */
export async function importResponsesFile(_state: ImportState, formData: FormData): Promise<ImportState> {
  const admin = await requireRole('admin');
  const t = await getTranslations('AdminImport');
  const locale = (await getLocale()) === 'en' ? 'en' : 'da';
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { status: 'error', problems: [t('noFile')] };
  if (file.size > MAX_FILE_BYTES) return { status: 'error', problems: [t('tooLarge')] };

  const db = getDb();
  const result = await importFile(db, new Uint8Array(await file.arrayBuffer()), file.name);
  if (!result.ok) return { status: 'error', problems: describeImportFailure(result, locale) };
  audit(db, { id: admin.id, email: admin.email }, 'import', null, { rows: result.imported });
  return { status: 'imported', message: t('imported', { count: result.imported }) };
}
