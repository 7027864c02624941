'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { addTargetGroup, DuplicateKeyError, renameTargetGroup, setTargetGroupRetired } from '@/db/queries/reference';
import type { FormState } from '@/lib/form-state';
import { requireRole } from '@/server/auth/session';
import { errorState, fieldError, formError } from '@/server/forms';
import { formValues, referenceKey, trimmed } from '@/lib/validation/forms';
import { refreshAdmin } from '../refresh';

const names = z.object({ nameDa: trimmed(120), nameEn: trimmed(120) });

export async function createTargetGroup(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = names.extend({ key: referenceKey }).safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values);
  const db = getDb();
  try {
    addTargetGroup(db, parsed.data);
  } catch (error) {
    if (error instanceof DuplicateKeyError) return fieldError('key', 'keyExists', values);
    throw error;
  }
  audit(db, { id: admin.id, email: admin.email }, 'target_group_created', parsed.data.key, {
    nameDa: parsed.data.nameDa,
    nameEn: parsed.data.nameEn,
  });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function renameGroup(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = names.safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values);
  const db = getDb();
  if (!renameTargetGroup(db, values.key ?? '', parsed.data)) return formError('invalidRequest', values);
  audit(db, { id: admin.id, email: admin.email }, 'target_group_renamed', values.key, parsed.data);
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function setGroupRetired(formData: FormData): Promise<void> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const retired = values.retired === 'true';
  const db = getDb();
  if (setTargetGroupRetired(db, values.key ?? '', retired)) {
    audit(
      db,
      { id: admin.id, email: admin.email },
      retired ? 'target_group_retired' : 'target_group_restored',
      values.key,
    );
  }
  refreshAdmin();
}
