'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import { audit } from '@/db/queries/audit';
import type { FormState } from '@/lib/form-state';
import { requireRole } from '@/server/auth/session';
import { errorState } from '@/server/forms';
import { formValues, trimmed } from '@/lib/validation/forms';
import { refreshAdmin } from '../refresh';

export async function createToken(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = z.object({ name: trimmed(120) }).safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values);
  const db = getDb();
  const { id, token } = createApiToken(db, parsed.data.name, admin.email);
  audit(db, { id: admin.id, email: admin.email }, 'api_token_created', String(id), { name: parsed.data.name });
  refreshAdmin();
  const t = await getTranslations('AdminApiTokens');
  return { status: 'success', message: t('created', { name: parsed.data.name }), secret: token };
}

export async function revokeToken(formData: FormData): Promise<void> {
  const admin = await requireRole('admin');
  const id = Number(formValues(formData).id);
  const db = getDb();
  if (Number.isInteger(id) && revokeApiToken(db, id)) {
    audit(db, { id: admin.id, email: admin.email }, 'api_token_revoked', String(id));
  }
  refreshAdmin();
}
