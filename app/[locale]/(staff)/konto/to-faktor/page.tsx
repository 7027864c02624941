import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasPassword } from '@/db/queries/users';
import { requireRole } from '@/server/auth/session';
import { redirect } from '@/i18n/navigation';
import { setUpTwoFactor } from './actions';
import { TwoFactorSetup } from './TwoFactorSetup';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('TwoFactorSetup');

export default async function TwoFactorSetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole('caseworker');
  if (user.twoFactorEnabled) return redirect({ href: '/konto', locale });
  const t = await getTranslations('TwoFactorSetup');
  return (
    <>
      <h1>{t('heading')}</h1>
      {user.role === 'admin' && <p className="font-lead">{t('requiredNotice')}</p>}
      <TwoFactorSetup action={setUpTwoFactor} needsPassword={hasPassword(getDb(), user.id)} />
    </>
  );
}
