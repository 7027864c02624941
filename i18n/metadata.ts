import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

type Namespace =
  | 'Home'
  | 'CodeEntry'
  | 'Privacy'
  | 'Accessibility'
  | 'Thanks'
  | 'SignIn'
  | 'TwoFactorVerify'
  | 'Account'
  | 'ChangeOneTimePassword'
  | 'TwoFactorSetup'
  | 'Forbidden'
  | 'Admin'
  | 'AdminPeople'
  | 'AdminTargetGroups'
  | 'AdminTeams'
  | 'AdminThresholds'
  | 'AdminSettings'
  | 'AdminApiTokens'
  | 'AdminAudit'
  | 'Invitations'
  | 'MailJob'
  | 'Results'
  | 'Report'
  | 'AdminImport';

/** A page's generateMetadata that sets its title from `<namespace>.title` in the page's language. */
export function titleFrom(namespace: Namespace) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t('title') };
  };
}
