import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { Alert } from '@/components/Alert';
import { signIn } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('SignIn');

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ud?: string; udlobet?: string }>;
}) {
  await pageLocale(params);
  const { ud, udlobet } = await searchParams;
  const t = await getTranslations('SignIn');
  return (
    <>
      {ud === '1' && <Alert variant="success" heading={t('signedOut')} role="status" />}
      {udlobet === '1' && <Alert variant="info" heading={t('sessionEnded')} role="status" />}
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>
      <ActionForm
        id="sign-in"
        action={signIn}
        submitLabel={t('submit')}
        fields={[
          { name: 'email', label: t('email'), type: 'email', autoComplete: 'username', width: 'l' },
          { name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password', width: 'l' },
        ]}
      />
    </>
  );
}
