'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { getAuth } from '@/server/auth';
import { getStaffUser } from '@/server/auth/session';
import { redirect } from '@/i18n/navigation';

/** Ends the session in the database, not only the cookie. Open to anyone: signing out needs no role. */
export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  const user = await getStaffUser();
  if (user) {
    await getAuth().api.signOut({ headers: requestHeaders });
    audit(getDb(), { id: user.id, email: user.email }, 'sign_out');
  }
  redirect({ href: '/log-ind?ud=1', locale: await getLocale() });
}
