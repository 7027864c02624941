'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { getSettings, updateSettings } from '@/db/queries/settings';
import type { FormState } from '@/lib/form-state';
import { requireRole } from '@/server/auth/session';
import { errorState } from '@/server/forms';
import { SETTING_KEYS, SETTINGS, type Settings } from '@/lib/settings';
import { formValues, wholeNumber } from '@/lib/validation/forms';
import { refreshAdmin } from '../refresh';

const schema = z.object(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, wholeNumber(SETTINGS[key].min, SETTINGS[key].max)])),
);
const ranges = Object.fromEntries(SETTING_KEYS.map((key) => [key, { min: SETTINGS[key].min, max: SETTINGS[key].max }]));

export async function saveSettings(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values, ranges);
  const db = getDb();
  const before = getSettings(db);
  updateSettings(db, parsed.data as Settings, admin.email);
  audit(db, { id: admin.id, email: admin.email }, 'settings_changed', null, { from: before, to: parsed.data });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}
