'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { setThresholds, thresholdsForYear } from '@/db/queries/settings';
import type { FormState } from '@/lib/form-state';
import { requireRole } from '@/server/auth/session';
import { GOALS } from '@/lib/goals';
import { errorState } from '@/server/forms';
import { formValues, wholeNumber } from '@/lib/validation/forms';
import { refreshAdmin } from '../refresh';

const schema = z.object({
  year: z.coerce
    .number({ error: 'invalidYear' })
    .int({ error: 'invalidYear' })
    .min(2020, { error: 'invalidYear' })
    .max(2100, { error: 'invalidYear' }),
  ...Object.fromEntries(GOALS.map((goal) => [goal.key, wholeNumber(0, 100)])),
});

const percentRange = Object.fromEntries(GOALS.map((goal) => [goal.key, { min: 0, max: 100 }]));

export async function saveThresholds(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values, percentRange);
  const { year, ...thresholds } = parsed.data as { year: number } & Record<(typeof GOALS)[number]['key'], number>;
  const db = getDb();
  const before = thresholdsForYear(db, year);
  setThresholds(db, year, thresholds, admin.email);
  audit(db, { id: admin.id, email: admin.email }, 'thresholds_changed', String(year), { from: before, to: thresholds });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}
