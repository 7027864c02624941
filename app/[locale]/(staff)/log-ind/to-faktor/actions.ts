'use server';

import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { releaseAttempt, reserveAttempt } from '@/db/queries/throttle';
import { deleteSession } from '@/db/queries/sessions';
import { claimTotpCode } from '@/db/queries/totp';
import { oneTimePasswordExpired } from '@/db/queries/users';
import type { ActionState } from '@/lib/action-state';
import { getAuth } from '@/server/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { homeFor } from '@/lib/auth/home';
import { isRole } from '@/lib/auth/roles';
import { redirect } from '@/i18n/navigation';
import { formValues } from '@/lib/validation/forms';

type Step = 'totp' | 'backup';

/** Six digits from the app, or one of the ten backup codes (letters and digits, a dash allowed). */
const CODE_SHAPES: Record<Step, RegExp> = { totp: /^\d{6}$/, backup: /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/ };

/**
 * Second step of signing in, with a code from the app or a backup code. Public
 * (the session does not exist yet): the pending sign-in lives in better-auth's
 * signed two-factor cookie. A request without a valid challenge is refused
 * before anything is counted, so nobody can lock others out; otherwise the
 * attempt is counted against the pending user and the address before the code
 * is checked. A code from the app is accepted only once.
 */
async function verifySecondStep(step: Step, formData: FormData): Promise<ActionState> {
  const t = await getTranslations('TwoFactorVerify');
  const field = step === 'totp' ? 'code' : 'backupCode';
  const typed = (formValues(formData)[field] ?? '').replace(/\s/g, '');
  // Backup codes are stored as xxxxx-xxxxx (case matters); the dash may be left out when typing.
  const code = step === 'backup' && /^[A-Za-z0-9]{10}$/.test(typed) ? `${typed.slice(0, 5)}-${typed.slice(5)}` : typed;
  const fail = (message: string): ActionState => ({
    status: 'error',
    fieldErrors: { [field]: message },
    formErrors: [],
    values: {},
  });
  const invalid = step === 'totp' ? t('invalidCode') : t('invalidBackupCode');
  if (!CODE_SHAPES[step].test(code)) return fail(invalid);

  const db = getDb();
  const auth = getAuth();
  const requestHeaders = await headers();
  const { user: pending } = await auth.api.pendingTwoFactorUser({ headers: requestHeaders });
  if (!pending) return fail(t('noChallenge'));
  const actor = { id: pending.id, email: pending.email };

  const reservation = reserveAttempt(db, {
    account: `two-factor:${pending.id}`,
    address: clientAddress(requestHeaders),
  });
  if (!reservation) {
    audit(db, actor, 'two_factor_failed', null, { reason: 'throttled' });
    return fail(t('throttled'));
  }
  let result;
  try {
    result =
      step === 'totp'
        ? await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders })
        : await auth.api.verifyBackupCode({ body: { code }, headers: requestHeaders });
  } catch {
    audit(db, actor, 'two_factor_failed', null, { step });
    return fail(invalid);
  }
  const user = result.user as { id: string; email: string; role?: string };
  const endSession = () => result.token && deleteSession(db, result.token);
  if (step === 'totp' && !claimTotpCode(db, user.id, code)) {
    // A replayed code: undo the session it just opened.
    endSession();
    audit(db, actor, 'two_factor_failed', null, { reason: 'code reused' });
    return fail(t('codeReused'));
  }
  if (oneTimePasswordExpired(db, user.id)) {
    endSession();
    audit(db, actor, 'sign_in_failed', null, { reason: 'one-time password expired' });
    return fail((await getTranslations('SignIn'))('oneTimePasswordExpired'));
  }
  releaseAttempt(db, reservation);
  audit(db, actor, 'sign_in', null, { twoFactor: step });
  return redirect({
    href: homeFor(isRole(user.role) ? user.role : 'caseworker'),
    locale: await getLocale(),
  });
}

export async function verifySignInCode(_state: ActionState, formData: FormData): Promise<ActionState> {
  return verifySecondStep('totp', formData);
}

export async function verifyBackupCode(_state: ActionState, formData: FormData): Promise<ActionState> {
  return verifySecondStep('backup', formData);
}
