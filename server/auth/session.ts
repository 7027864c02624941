import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { deleteSession, touchSession } from '@/db/queries/sessions';
import { getSettings } from '@/db/queries/settings';
import { redirect } from '@/i18n/navigation';
import { staffPageLocale, type LocaleParams } from '@/i18n/page-locale';
import { getAuth } from '.';
import { hasRole, isRole, type Role } from '@/lib/auth/roles';

export type StaffUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  team: string | null;
  twoFactorEnabled: boolean;
  /** This session has a second factor: TOTP is on, or the SSO provider reported multi-factor. */
  multiFactor: boolean;
  /** Signed in with a one-time password: nothing but choosing a new one is open. */
  mustChangePassword: boolean;
};

/** Whether this request's session was ended here for its age or idleness (sign-in then says so). */
const endedThisRequest = cache(() => ({ ended: false }));

/** Activity is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * Whether a session has ended: idle longer than the admin's idle limit, or older than the
 * absolute limit (ASVS 5 level 2: 30 minutes and 12 hours at most, both admin settings).
 */
export function sessionEnded(
  session: { createdAt: Date; lastActiveAt?: Date | null },
  limits: { sessionIdleMinutes: number; sessionMaxHours: number },
  now = new Date(),
): boolean {
  const lastActive = session.lastActiveAt ?? session.createdAt;
  return (
    now.getTime() - lastActive.getTime() > limits.sessionIdleMinutes * 60 * 1000 ||
    now.getTime() - session.createdAt.getTime() > limits.sessionMaxHours * 60 * 60 * 1000
  );
}

/**
 * The signed-in staff member, read from the session in the database once per
 * request (the staff layout and the page both ask); null if none. A session
 * past its idle or absolute limit is deleted here, so it ends on the server
 * whatever the browser keeps.
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  // The cookies as Next has them now: after an action replaced the session (two-factor turned
  // on), the page renders with the new cookie, which cookies() has and headers() does not.
  const requestHeaders = new Headers(await headers());
  requestHeaders.set('cookie', (await cookies()).toString());
  const found = await getAuth().api.getSession({ headers: requestHeaders });
  if (!found) return null;
  const db = getDb();
  const session = found.session as typeof found.session & { lastActiveAt?: Date | null; providerMfa?: boolean | null };
  const now = new Date();
  if (sessionEnded(session, getSettings(db), now)) {
    deleteSession(db, session.token);
    endedThisRequest().ended = true;
    return null;
  }
  if (now.getTime() - (session.lastActiveAt ?? session.createdAt).getTime() > TOUCH_EVERY_MS)
    touchSession(db, session.id, now);
  const user = found.user as typeof found.user & {
    role?: string | null;
    team?: string | null;
    banned?: boolean | null;
    oneTimePasswordExpiresAt?: Date | null;
  };
  if (user.banned || !isRole(user.role)) return null;
  if (user.oneTimePasswordExpiresAt && user.oneTimePasswordExpiresAt.getTime() <= now.getTime()) {
    // An unused one-time password past its 72 hours opens nothing, not even an old session.
    deleteSession(db, session.token);
    return null;
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    team: user.team ?? null,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
    multiFactor: Boolean(user.twoFactorEnabled || session.providerMfa),
    mustChangePassword: Boolean(user.oneTimePasswordExpiresAt),
  };
});

/** The path a staff page or action was asked for, as the proxy passes it on (for the audit log). */
async function requestedPath(): Promise<string | null> {
  return (await headers()).get('x-vaerdig-path');
}

/**
 * The one check every staff page and server action makes itself: signed in,
 * a role that includes `required`, a password of one's own, and two-factor set
 * (or multi-factor at the SSO provider) for admin work. Otherwise it redirects (to sign-in, to choose a password,
 * to set up two-factor, or to "no access", which is written to the audit log).
 * The page and action that replace a one-time password pass `passwordChange`.
 */
export async function requireRole(required: Role, options: { passwordChange?: boolean } = {}): Promise<StaffUser> {
  const user = await getStaffUser();
  const locale = await getLocale();
  if (!user) return redirect({ href: endedThisRequest().ended ? '/log-ind?udlobet=1' : '/log-ind', locale });
  if (user.mustChangePassword && !options.passwordChange) return redirect({ href: '/konto/ny-adgangskode', locale });
  if (!hasRole(user.role, required)) {
    audit(getDb(), { id: user.id, email: user.email }, 'access_denied', await requestedPath(), {
      role: user.role,
      required,
    });
    return redirect({ href: '/ingen-adgang', locale });
  }
  if (required === 'admin' && !user.multiFactor) return redirect({ href: '/konto/to-faktor', locale });
  return user;
}

/** A staff page's start: its language from the route (Danish or English, else a 404), then `requireRole`. */
export async function staffPage(params: LocaleParams, required: Role, options: { passwordChange?: boolean } = {}) {
  await staffPageLocale(params);
  return requireRole(required, options);
}
