'use server';

import { headers } from 'next/headers';
import { redirect as redirectAway } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { deleteSession } from '@/db/queries/sessions';
import { releaseAttempt, reserveAttempt } from '@/db/queries/throttle';
import { oneTimePasswordExpired } from '@/db/queries/users';
import type { ActionState } from '@/lib/action-state';
import { getAuth } from '@/server/auth';
import { passwordPolicy, ssoName, ssoStartUrl } from '@/server/auth/sso-flow';
import { clientAddress } from '@/lib/auth/client-address';
import { homeFor } from '@/lib/auth/home';
import { isRole } from '@/lib/auth/roles';
import { staffLocaleOf } from '@/lib/locales';
import { passwordSignInAllowed } from '@/lib/settings';
import { redirect } from '@/i18n/navigation';
import { formValues } from '@/lib/validation/forms';

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
});

/**
 * The sign-in form's action: public, so it throttles itself, per account and
 * per address, with one message for every failure so that nobody learns
 * whether an account exists, or which accounts are break-glass accounts. The
 * attempt is reserved before anything is checked, so attempts sent at the same
 * moment cannot slip past the limit. better-auth's own limiter covers only its
 * HTTP endpoints, which this app does not expose.
 */
export async function signIn(_state: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations('SignIn');
  const values = formValues(formData);
  const keep = { email: values.email ?? '' };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', fieldErrors: {}, formErrors: [t('invalidCredentials')], values: keep };

  const db = getDb();
  const requestHeaders = await headers();
  const actor = { id: null, email: parsed.data.email };
  const reservation = reserveAttempt(db, { account: parsed.data.email, address: clientAddress(requestHeaders) });
  if (!reservation) {
    audit(db, actor, 'sign_in_throttled');
    return { status: 'error', fieldErrors: {}, formErrors: [t('throttled')], values: keep };
  }
  if (!passwordSignInAllowed(passwordPolicy(db), parsed.data.email)) {
    // A failed attempt like a wrong password, answered alike and after as long (a password is
    // hashed, as better-auth does for an unknown address): only the audit log has the reason.
    await (await getAuth().$context).password.hash(parsed.data.password);
    audit(db, actor, 'sign_in_failed', null, { reason: 'passwords only for break-glass accounts' });
    return { status: 'error', fieldErrors: {}, formErrors: [t('invalidCredentials')], values: keep };
  }

  let result;
  try {
    result = await getAuth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch {
    audit(db, actor, 'sign_in_failed');
    return { status: 'error', fieldErrors: {}, formErrors: [t('invalidCredentials')], values: keep };
  }
  releaseAttempt(db, reservation);
  const locale = await getLocale();
  if ('twoFactorRedirect' in result && result.twoFactorRedirect) {
    // The password was right; the session starts only after the one-time code.
    return redirect({ href: '/log-ind/to-faktor', locale });
  }
  const user = 'user' in result ? (result.user as { id: string; email: string; role?: string }) : null;
  if (user && oneTimePasswordExpired(db, user.id)) {
    // Right, but a one-time password past its 72 hours: no session comes of it.
    if ('token' in result && result.token) deleteSession(db, result.token);
    audit(db, { id: user.id, email: parsed.data.email }, 'sign_in_failed', null, {
      reason: 'one-time password expired',
    });
    return { status: 'error', fieldErrors: {}, formErrors: [t('oneTimePasswordExpired')], values: keep };
  }
  audit(db, { id: user?.id ?? null, email: parsed.data.email }, 'sign_in');
  return redirect({ href: homeFor(isRole(user?.role) ? user.role : 'caseworker'), locale });
}

/**
 * "Log ind med …": off to the identity provider. Public, like the password form; it does
 * nothing while single sign-on is not set up, and sends to the error page if the provider
 * cannot be reached.
 */
export async function signInWithSso(): Promise<void> {
  if (!ssoName()) return;
  const locale = await getLocale();
  const url = await ssoStartUrl(staffLocaleOf(locale));
  if (!url) return redirect({ href: '/log-ind/sso-fejl?error=unavailable', locale });
  redirectAway(url);
}
