import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { verifyBackupCode, verifySignInCode } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('TwoFactorVerify');

export default async function TwoFactorVerifyPage({ params }: LocalePageProps) {
  await pageLocale(params);
  const t = await getTranslations('TwoFactorVerify');
  return (
    <>
      <h1>{t('heading')}</h1>
      <ActionForm
        id="totp"
        action={verifySignInCode}
        submitLabel={t('submit')}
        fields={[
          {
            name: 'code',
            label: t('code'),
            hint: t('codeHint'),
            type: 'text',
            inputMode: 'numeric',
            autoComplete: 'one-time-code',
            width: 's',
          },
        ]}
      />
      <h2>{t('backupHeading')}</h2>
      <p>{t('backupLead')}</p>
      <ActionForm
        id="backup-code"
        action={verifyBackupCode}
        submitLabel={t('backupSubmit')}
        secondary
        fields={[
          {
            name: 'backupCode',
            label: t('backupCode'),
            hint: t('backupCodeHint'),
            type: 'text',
            autoComplete: 'off',
            width: 'm',
          },
        ]}
      />
    </>
  );
}
