import { cache } from 'react';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getAuth } from './index';
import { hasRole, isRole, type Role } from './roles';

export type StaffUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  team: string | null;
  twoFactorEnabled: boolean;
};

/**
 * The signed-in staff member, read from the session in the database once per
 * request (the staff layout and the page both ask); null if none.
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string | null; team?: string | null; banned?: boolean | null };
  if (user.banned || !isRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    team: user.team ?? null,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
  };
});

/**
 * The one check every staff page and server action makes itself: signed in,
 * a role that includes `required`, and two-factor set up for admin work.
 * Otherwise it redirects (to sign-in, to set up two-factor, or to "no access").
 */
export async function requireRole(required: Role): Promise<StaffUser> {
  const user = await getStaffUser();
  const locale = (await getLocale()) as Locale;
  if (!user) return redirect({ href: '/log-ind', locale });
  if (!hasRole(user.role, required)) return redirect({ href: '/ingen-adgang', locale });
  if (required === 'admin' && !user.twoFactorEnabled) return redirect({ href: '/konto/to-faktor', locale });
  return user;
}
