'use server';

import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { isThrottled, recordFailure } from '@/db/queries/throttle';
import { deleteSession } from '@/db/queries/sessions';
import { claimTotpCode } from '@/db/queries/totp';
import type { FormState } from '@/components/forms/form-state';
import { getAuth } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { homeFor } from '@/lib/auth/home';
import { isRole } from '@/lib/auth/roles';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { formValues } from '@/lib/validation/forms';

/**
 * Second step of signing in. Public (the session does not exist yet): the
 * pending sign-in lives in better-auth's two-factor cookie. Throttled per
 * address, and a code is accepted only once.
 */
export async function verifySignInCode(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations('TwoFactorVerify');
  const code = (formValues(formData).code ?? '').replace(/\s/g, '');
  const fail = (message: string): FormState => ({ status: 'error', fieldErrors: { code: message }, values: {} });
  if (!/^\d{6}$/.test(code)) return fail(t('invalidCode'));

  const db = getDb();
  const requestHeaders = await headers();
  const keys = { account: 'two-factor', address: clientAddress(requestHeaders) };
  if (isThrottled(db, keys)) return fail(t('invalidCode'));

  const auth = getAuth();
  let result;
  try {
    result = await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
  } catch {
    recordFailure(db, keys);
    audit(db, { id: null, email: null }, 'two_factor_failed');
    return fail(t('invalidCode'));
  }
  const user = result.user as { id: string; email: string; role?: string };
  if (!claimTotpCode(db, user.id, code)) {
    // A replayed code: undo the session it just opened.
    deleteSession(db, result.token);
    audit(db, { id: user.id, email: user.email }, 'two_factor_failed', null, { reason: 'code reused' });
    return fail(t('codeReused'));
  }
  audit(db, { id: user.id, email: user.email }, 'sign_in', null, { twoFactor: true });
  return redirect({ href: homeFor(isRole(user.role) ? user.role : 'caseworker'), locale: (await getLocale()) as Locale });
}
