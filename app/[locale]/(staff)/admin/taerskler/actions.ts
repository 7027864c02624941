'use server';

import { z } from 'zod';
import { setThresholds, thresholdsForYear } from '@/db/queries/settings';
import { GOALS } from '@/lib/goals';
import type { GoalKey } from '@/lib/survey/definition';
import { wholeNumber } from '@/lib/validation/forms';
import { adminAction } from '@/server/admin-action';

const schema = z.object({
  year: z.coerce
    .number({ error: 'invalidYear' })
    .int({ error: 'invalidYear' })
    .min(2020, { error: 'invalidYear' })
    .max(2100, { error: 'invalidYear' }),
  ...(Object.fromEntries(GOALS.map((goal) => [goal.key, wholeNumber(0, 100)])) as Record<
    GoalKey,
    ReturnType<typeof wholeNumber>
  >),
});

export const saveThresholds = adminAction(
  schema,
  ({ year, ...thresholds }, { admin, db }) => {
    const before = thresholdsForYear(db, year);
    setThresholds(db, year, thresholds, admin.email);
    return { audit: { action: 'thresholds_changed', target: String(year), details: { from: before, to: thresholds } } };
  },
  { params: Object.fromEntries(GOALS.map((goal) => [goal.key, { min: 0, max: 100 }])) },
);
