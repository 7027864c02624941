'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { claimTotpCode } from '@/db/queries/totp';
import { getAuth } from '@/server/auth';
import { homeFor } from '@/lib/auth/home';
import { requireRole } from '@/server/auth/session';
import { formValues } from '@/lib/validation/forms';
import type { SetupState, TotpSetup } from './state';

/** Two steps through one action: the password creates the secret, then a code from the app confirms it. */
export async function setUpTwoFactor(state: SetupState, formData: FormData): Promise<SetupState> {
  if (state.status !== 'done') return startTwoFactor(formData);
  // Already on: a second post (a double click) changes nothing.
  return state.data.home ? state : confirmTwoFactor(state.data, formData);
}

/** Step 1: with the password, create the TOTP secret; it is shown once as a QR code and as text. */
async function startTwoFactor(formData: FormData): Promise<SetupState> {
  await requireRole('caseworker');
  // Without a password of their own (SSO only), better-auth's allowPasswordless asks for none.
  const password = formValues(formData).password || undefined;
  const t = await getTranslations('Forms.errors');
  try {
    const enabled = await getAuth().api.enableTwoFactor({ body: { password }, headers: await headers() });
    if (enabled.method !== 'totp') throw new Error('expected a TOTP secret');
    const { totpURI, backupCodes } = enabled;
    const secret = new URL(totpURI).searchParams.get('secret') ?? '';
    const qrSvg = await QRCode.toString(totpURI, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return { status: 'done', message: '', data: { qrSvg, secret, totpURI, backupCodes } };
  } catch {
    return { status: 'error', fieldErrors: { password: t('wrongPassword') }, formErrors: [], values: {} };
  }
}

/** Step 2: a code from the app proves the secret was stored; two-factor is then on. */
async function confirmTwoFactor(setup: TotpSetup, formData: FormData): Promise<SetupState> {
  const user = await requireRole('caseworker');
  const code = (formValues(formData).code ?? '').replace(/\s/g, '');
  const t = await getTranslations('TwoFactorVerify');
  const retry = (codeError: string): SetupState => ({ status: 'done', message: '', data: { ...setup, codeError } });
  if (!/^\d{6}$/.test(code)) return retry(t('invalidCode'));
  try {
    await getAuth().api.verifyTOTP({ body: { code }, headers: await headers() });
  } catch {
    return retry(t('invalidCode'));
  }
  const db = getDb();
  claimTotpCode(db, user.id, code);
  audit(db, { id: user.id, email: user.email }, 'two_factor_enabled');
  // The confirmation with the backup codes, which work from now on, before going on.
  return { status: 'done', message: '', data: { ...setup, codeError: undefined, home: homeFor(user.role) } };
}
