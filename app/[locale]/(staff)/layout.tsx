import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { getStaffUser } from '@/server/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { Link } from '@/i18n/navigation';
import { signOut } from './actions';

/** Navigation by role. It only shows links: every page and action checks the role itself. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getStaffUser();
  const t = await getTranslations('Staff');
  // Staff forms are client components with their own texts: these pages get every message.
  const messages = await getMessages();
  if (!user) return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
  // With a one-time password only signing out and choosing a new password are open: no links.
  const links = user.mustChangePassword
    ? []
    : [
        hasRole(user.role, 'manager') && { href: '/resultater', label: t('results') },
        hasRole(user.role, 'caseworker') && { href: '/invitationer', label: t('invitations') },
        hasRole(user.role, 'admin') && { href: '/admin', label: t('admin') },
        { href: '/konto', label: t('account') },
      ].filter((link): link is { href: string; label: string } => Boolean(link));
  return (
    <NextIntlClientProvider messages={messages}>
      <nav aria-label={t('navLabel')} className="staff-nav no-print">
        <ul className="nobullet-list staff-nav-list">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
          <li>
            <form action={signOut}>
              <button type="submit" className="button button-tertiary">
                {t('signOut')}
              </button>
            </form>
          </li>
        </ul>
        <p className="form-hint">{t('signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</p>
      </nav>
      {children}
    </NextIntlClientProvider>
  );
}
