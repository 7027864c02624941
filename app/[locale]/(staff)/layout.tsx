import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { StaffFooter } from '@/components/staff/StaffFooter';
import { StaffHeader } from '@/components/staff/StaffHeader';
import type { NavLink } from '@/components/staff/StaffNav';
import { getStaffUser } from '@/server/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { signOut } from './actions';
import { shownOrganisation } from '@/server/organisation';
import { PageMain } from '@/components/PageMain';

/** The staff shell, with navigation by role. It only shows links: every page and action checks the role itself. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getStaffUser();
  const t = await getTranslations('Staff');
  // Staff forms are client components with their own texts: these pages get every message.
  const messages = await getMessages();
  // With a one-time password only signing out and choosing a new password are open: no links.
  const links =
    !user || user.mustChangePassword
      ? []
      : [
          hasRole(user.role, 'caseworker') && { href: '/invitationer', label: t('invitations') },
          hasRole(user.role, 'manager') && { href: '/resultater', label: t('results') },
          hasRole(user.role, 'admin') && { href: '/admin', label: t('admin') },
          { href: '/konto', label: t('account') },
        ].filter((link): link is NavLink => Boolean(link));
  const person = user ? { name: user.name, role: t(`roles.${user.role}`) } : undefined;
  const organisation = shownOrganisation();
  return (
    <NextIntlClientProvider messages={messages}>
      <StaffHeader
        person={person}
        links={links}
        home={links[0]?.href ?? '/log-ind'}
        signOut={signOut}
        organisation={organisation}
      />
      <PageMain>{children}</PageMain>
      <StaffFooter organisation={organisation} />
    </NextIntlClientProvider>
  );
}
