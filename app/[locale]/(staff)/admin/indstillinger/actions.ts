'use server';

import { z } from 'zod';
import { getSettings, updateSettings } from '@/db/queries/settings';
import { SETTING_KEYS, SETTINGS, type SettingKey } from '@/lib/settings';
import { wholeNumber } from '@/lib/validation/forms';
import { adminAction } from '@/server/admin-action';

const schema = z.object(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, wholeNumber(SETTINGS[key].min, SETTINGS[key].max)])) as Record<
    SettingKey,
    ReturnType<typeof wholeNumber>
  >,
);

export const saveSettings = adminAction(
  schema,
  (settings, { admin, db }) => {
    const before = getSettings(db);
    updateSettings(db, settings, admin.email);
    return { audit: { action: 'settings_changed', details: { from: before, to: settings } } };
  },
  { params: Object.fromEntries(SETTING_KEYS.map((key) => [key, { min: SETTINGS[key].min, max: SETTINGS[key].max }])) },
);
