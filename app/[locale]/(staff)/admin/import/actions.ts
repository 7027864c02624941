'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import type { ActionState } from '@/lib/action-state';
import { describeImportFailure } from '@/lib/import-messages';
import { requireRole } from '@/server/auth/session';
import { problems } from '@/server/form-results';
import { importFile } from '@/server/import';

/** The proxy and Next hold staff posts to 1 MB; larger files go through `npm run import`. */
const MAX_FILE_BYTES = 1_000_000;

/** Imports a CSV or XLSX file of earlier responses: all rows or none, every bad row named. */
export async function importResponsesFile(_state: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requireRole('admin');
  const t = await getTranslations('AdminImport');
  const locale = (await getLocale()) === 'en' ? 'en' : 'da';
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return problems([t('noFile')]);
  if (file.size > MAX_FILE_BYTES) return problems([t('tooLarge')]);

  const db = getDb();
  const result = await importFile(db, new Uint8Array(await file.arrayBuffer()), file.name);
  if (!result.ok) return problems(describeImportFailure(result, locale));
  audit(db, { id: admin.id, email: admin.email }, 'import', null, { rows: result.imported });
  return { status: 'done', message: t('imported', { count: result.imported }), data: undefined };
}
