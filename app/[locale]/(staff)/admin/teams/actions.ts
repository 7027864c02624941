'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { addTeam, DuplicateKeyError, renameTeam, setTeamRetired } from '@/db/queries/reference';
import type { FormState } from '@/lib/form-state';
import { requireRole } from '@/server/auth/session';
import { errorState, fieldError, formError } from '@/server/forms';
import { formValues, referenceKey, trimmed } from '@/lib/validation/forms';
import { refreshAdmin } from '../refresh';

export async function createTeam(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = z.object({ key: referenceKey, name: trimmed(120) }).safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values);
  const db = getDb();
  try {
    addTeam(db, parsed.data);
  } catch (error) {
    if (error instanceof DuplicateKeyError) return fieldError('key', 'keyExists', values);
    throw error;
  }
  audit(db, { id: admin.id, email: admin.email }, 'team_created', parsed.data.key, { name: parsed.data.name });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function renameTeamAction(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = z.object({ name: trimmed(120) }).safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values);
  const db = getDb();
  if (!renameTeam(db, values.key ?? '', parsed.data.name)) return formError('invalidRequest', values);
  audit(db, { id: admin.id, email: admin.email }, 'team_renamed', values.key, { name: parsed.data.name });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function setTeamRetiredAction(formData: FormData): Promise<void> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const retired = values.retired === 'true';
  const db = getDb();
  if (setTeamRetired(db, values.key ?? '', retired)) {
    audit(db, { id: admin.id, email: admin.email }, retired ? 'team_retired' : 'team_restored', values.key);
  }
  refreshAdmin();
}
