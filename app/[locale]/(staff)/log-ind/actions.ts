'use server';

import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { clearAccountFailures, isThrottled, recordFailure } from '@/db/queries/throttle';
import type { FormState } from '@/components/forms/form-state';
import { getAuth } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { homeFor } from '@/lib/auth/home';
import { isRole } from '@/lib/auth/roles';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { formValues } from '@/lib/validation/forms';

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
});

/**
 * The sign-in form's action: public, so it throttles itself, per account and
 * per address, with one message for every failure so that nobody learns
 * whether an account exists. better-auth's own limiter covers only its HTTP
 * endpoints, which this app does not expose.
 */
export async function signIn(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations('SignIn');
  const values = formValues(formData);
  const keep = { email: values.email ?? '' };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', fieldErrors: {}, formError: t('invalidCredentials'), values: keep };

  const db = getDb();
  const requestHeaders = await headers();
  const keys = { account: parsed.data.email, address: clientAddress(requestHeaders) };
  const actor = { id: null, email: parsed.data.email };
  if (isThrottled(db, keys)) {
    audit(db, actor, 'sign_in_throttled');
    return { status: 'error', fieldErrors: {}, formError: t('throttled'), values: keep };
  }

  let result;
  try {
    result = await getAuth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch {
    recordFailure(db, keys);
    audit(db, actor, 'sign_in_failed');
    return { status: 'error', fieldErrors: {}, formError: t('invalidCredentials'), values: keep };
  }
  const locale = (await getLocale()) as Locale;
  if ('twoFactorRedirect' in result && result.twoFactorRedirect) {
    // The password was right; the session starts only after the one-time code.
    return redirect({ href: '/log-ind/to-faktor', locale });
  }
  clearAccountFailures(db, parsed.data.email);
  const user = 'user' in result ? (result.user as { id: string; email: string; role?: string }) : null;
  audit(db, { id: user?.id ?? null, email: parsed.data.email }, 'sign_in');
  return redirect({ href: homeFor(isRole(user?.role) ? user.role : 'caseworker'), locale });
}
