'use server';

import { z } from 'zod';
import { getPasswordPolicy, getSettings, setPasswordPolicy, updateSettings } from '@/db/queries/settings';
import { SETTING_KEYS, SETTINGS, emailList, type SettingKey } from '@/lib/settings';
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

const passwordPolicySchema = z
  .object({
    breakGlassOnly: z.enum(['on', 'off'], { error: 'invalidRequest' }).transform((value) => value === 'on'),
    breakGlassAccounts: z
      .string()
      .max(4000, { error: 'tooLong' })
      .transform(emailList)
      .pipe(z.array(z.email({ error: 'invalidEmail' }))),
  })
  .refine((policy) => !policy.breakGlassOnly || policy.breakGlassAccounts.length > 0, {
    error: 'breakGlassAccountsRequired',
    path: ['breakGlassAccounts'],
  });

/** "Passwords only for break-glass accounts" (shown only while single sign-on is set up). */
export const savePasswordPolicy = adminAction(passwordPolicySchema, (policy, { admin, db }) => {
  const before = getPasswordPolicy(db);
  setPasswordPolicy(db, policy, admin.email);
  return { audit: { action: 'password_policy_changed', details: { from: before, to: policy } } };
});
