'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { releaseAttempt, reserveAttempt } from '@/db/queries/throttle';
import { clearOneTimePassword } from '@/db/queries/users';
import type { ActionState } from '@/lib/action-state';
import { getAuth } from '@/server/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { passwordProblem } from '@/lib/auth/passwords';
import { requireRole } from '@/server/auth/session';
import { invalid, fieldError, formError } from '@/server/form-results';
import { redirect } from '@/i18n/navigation';
import { formValues } from '@/lib/validation/forms';

const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }),
    newPassword: z.string({ error: 'required' }).min(1, { error: 'required' }),
    confirmPassword: z.string({ error: 'required' }).min(1, { error: 'required' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: 'passwordsDiffer' });

/**
 * Changes the password and ends every session, this one replaced by a fresh one. Throttled
 * like signing in (the current password is checked), and audited either way. It is also how
 * a one-time password is replaced, so it stays open to a person who must do that.
 */
export async function changePassword(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireRole('caseworker', { passwordChange: true });
  const values = formValues(formData);
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, {});
  if (parsed.data.newPassword === parsed.data.currentPassword) return fieldError('newPassword', 'samePassword', {});
  const problem = passwordProblem(parsed.data.newPassword, [user.email, user.name]);
  if (problem) return fieldError('newPassword', problem, {});
  const db = getDb();
  const actor = { id: user.id, email: user.email };
  const requestHeaders = await headers();
  const reservation = reserveAttempt(db, { account: user.email, address: clientAddress(requestHeaders) });
  if (!reservation) {
    audit(db, actor, 'password_change_failed', null, { reason: 'throttled' });
    return formError('throttled');
  }
  try {
    await getAuth().api.changePassword({
      body: {
        currentPassword: parsed.data.currentPassword,
        newPassword: parsed.data.newPassword,
        revokeOtherSessions: true,
      },
      headers: requestHeaders,
    });
  } catch {
    audit(db, actor, 'password_change_failed', null, { reason: 'wrong current password' });
    return fieldError('currentPassword', 'wrongPassword', {});
  }
  releaseAttempt(db, reservation);
  clearOneTimePassword(db, user.id);
  audit(db, actor, 'password_changed');
  // A fresh request, so that the page is read with the new session cookie.
  return redirect({ href: '/konto?adgangskode=skiftet', locale: await getLocale() });
}

/** Turns two-factor off (not for admins, who must keep it). */
export async function disableTwoFactor(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireRole('caseworker');
  if (user.role === 'admin') return fieldError('password', 'invalidRequest', {});
  const password = formValues(formData).password ?? '';
  try {
    await getAuth().api.disableTwoFactor({ body: { password }, headers: await headers() });
  } catch {
    return fieldError('password', 'wrongPassword', {});
  }
  audit(getDb(), { id: user.id, email: user.email }, 'two_factor_disabled');
  revalidatePath('/[locale]/konto', 'page');
  const t = await getTranslations('Account');
  return { status: 'done', message: t('twoFactorDisabled'), data: undefined };
}
