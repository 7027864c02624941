import { Breadcrumbs } from '@/components/staff/Breadcrumbs';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasPassword } from '@/db/queries/users';
import { requireRole } from '@/server/auth/session';
import { setUpTwoFactor } from './actions';
import { TwoFactorSetup } from './TwoFactorSetup';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('TwoFactorSetup');

export default async function TwoFactorSetupPage({ params }: LocalePageProps) {
  await pageLocale(params);
  const user = await requireRole('caseworker');
  const t = await getTranslations('TwoFactorSetup');
  const staff = await getTranslations('Staff');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/konto', label: staff('account') }]} current={t('heading')} />
      <h1>{t('heading')}</h1>
      {user.role === 'admin' && !user.twoFactorEnabled && <p className="font-lead">{t('requiredNotice')}</p>}
      <TwoFactorSetup
        action={setUpTwoFactor}
        alreadyOn={user.twoFactorEnabled}
        needsPassword={hasPassword(getDb(), user.id)}
      />
    </>
  );
}
