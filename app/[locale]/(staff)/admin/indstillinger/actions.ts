'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import {
  getOrganisation,
  getPasswordPolicy,
  getSettings,
  setLogo,
  setOrganisation,
  setPasswordPolicy,
  updateSettings,
} from '@/db/queries/settings';
import { DomainError } from '@/lib/errors';
import {
  ORGANISATION_FIELDS,
  ORGANISATION_KEYS,
  type OrganisationKey,
  type OrganisationText,
} from '@/lib/organisation';
import { SETTING_KEYS, SETTINGS, emailList, type SettingKey } from '@/lib/settings';
import { cleanText, trimmed, wholeNumber } from '@/lib/validation/forms';
import { adminAction } from '@/server/admin-action';
import { prepareLogo } from '@/server/logo';

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

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ''))
    .pipe(z.string().max(max, { error: 'tooLong' }));

const organisationSchema = z.object({
  ...(Object.fromEntries(
    ORGANISATION_FIELDS.map(({ key, max, required }) => [key, required ? trimmed(max) : optionalText(max)]),
  ) as Record<OrganisationKey, ReturnType<typeof optionalText>>),
  email: optionalText(200).pipe(z.union([z.literal(''), z.email({ error: 'invalidEmail' })])),
  accessibilityUrl: optionalText(500).pipe(
    z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'invalidUrl' })]),
  ),
});

/** The municipality's name, unit, contact, data controller, DPO and accessibility statement. */
export const saveOrganisation = adminAction(organisationSchema, (values, { admin, db }) => {
  const before = getOrganisation(db);
  const changed = ORGANISATION_KEYS.filter((key) => before[key] !== values[key]);
  setOrganisation(db, values, admin.email);
  const pick = (source: OrganisationText) => Object.fromEntries(changed.map((key) => [key, source[key]]));
  return { audit: { action: 'organisation_changed', details: { from: pick(before), to: pick(values) } } };
});

/** A new logo: checked, an SVG drawn as a PNG (server/logo.ts); a refusal is the file field's error. */
export const saveLogo = adminAction(z.object({}), async (_values, { admin, db, formData }) => {
  const file = formData.get('logo');
  if (!(file instanceof File)) throw new DomainError('logoMissing', 'no file', 'logo');
  const prepared = prepareLogo(new Uint8Array(await file.arrayBuffer()));
  if (!prepared.ok) throw new DomainError(prepared.problem, prepared.problem, 'logo');
  setLogo(db, prepared.png, admin.email);
  return { audit: { action: 'logo_uploaded', details: { format: prepared.kind } } };
});

export const removeLogo = adminAction(z.object({}), async (_values, { admin, db }) => {
  setLogo(db, null, admin.email);
  const t = await getTranslations('Identity');
  return { audit: { action: 'logo_removed' }, message: t('logoRemoved') };
});
