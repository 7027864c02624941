import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { Alert } from '@/components/Alert';
import { getDb } from '@/db/client';
import { passwordPolicy, ssoName } from '@/server/auth/sso-flow';
import { signIn, signInWithSso } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('SignIn');

export default async function SignInPage({ params, searchParams }: LocalePageProps<{ ud?: string; udlobet?: string }>) {
  await pageLocale(params);
  const { ud, udlobet } = await searchParams;
  const t = await getTranslations('SignIn');
  const provider = ssoName();
  // With passwords only for break-glass accounts, the password form is folded away below the button.
  const breakGlassOnly = provider !== null && passwordPolicy(getDb()).breakGlassOnly;
  const passwordForm = (
    <ActionForm
      id="sign-in"
      action={signIn}
      submitLabel={t('submit')}
      fields={[
        { name: 'email', label: t('email'), type: 'email', autoComplete: 'username', width: 'l' },
        { name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password', width: 'l' },
      ]}
    />
  );
  return (
    <>
      {ud === '1' && <Alert variant="success" heading={t('signedOut')} role="status" />}
      {udlobet === '1' && <Alert variant="info" heading={t('sessionEnded')} role="status" />}
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>
      {provider && (
        <form action={signInWithSso}>
          <button type="submit" className="button button-primary">
            {t('ssoButton', { name: provider })}
          </button>
        </form>
      )}
      {breakGlassOnly ? (
        <details className="details">
          <summary className="details-summary">
            <span className="details-summary-text">{t('breakGlassSummary')}</span>
          </summary>
          <div className="details-text">
            <p>{t('breakGlassText', { name: provider })}</p>
            {passwordForm}
          </div>
        </details>
      ) : (
        <>
          {provider && <h2>{t('passwordHeading')}</h2>}
          {passwordForm}
        </>
      )}
    </>
  );
}
