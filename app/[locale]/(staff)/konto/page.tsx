import { getTranslations } from 'next-intl/server';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { Alert } from '@/components/Alert';
import { ActionForm } from '@/components/forms/ActionForm';
import { requireRole } from '@/server/auth/session';
import { Link } from '@/i18n/navigation';
import { changePassword, disableTwoFactor } from './actions';
import { passwordFields } from './password-fields';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Account');

export default async function AccountPage({ params, searchParams }: LocalePageProps<{ adgangskode?: string }>) {
  await pageLocale(params);
  const { adgangskode } = await searchParams;
  const user = await requireRole('caseworker');
  const t = await getTranslations('Account');
  const s = await getTranslations('Staff');
  return (
    <>
      {adgangskode === 'skiftet' && <Alert variant="success" heading={t('passwordChanged')} role="status" />}
      <h1>{t('heading')}</h1>
      <p>{t('details', { name: user.name, email: user.email, role: s(`roles.${user.role}`) })}</p>

      <h2>{t('passwordHeading')}</h2>
      <ActionForm
        id="password"
        action={changePassword}
        submitLabel={t('changePassword')}
        fields={passwordFields({
          current: t('currentPassword'),
          new: t('newPassword'),
          newHint: t('newPasswordHint'),
          confirm: t('confirmPassword'),
        })}
      />

      <h2>{t('twoFactorHeading')}</h2>
      <p>{user.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}</p>
      {user.role === 'admin' && <p>{t('twoFactorRequired')}</p>}
      {!user.twoFactorEnabled && (
        <p>
          <Link className="button button-secondary" href="/konto/to-faktor">
            {t('setUpTwoFactor')}
          </Link>
        </p>
      )}
      {user.twoFactorEnabled && user.role !== 'admin' && (
        <ActionForm
          id="disable-2fa"
          action={disableTwoFactor}
          submitLabel={t('disableTwoFactor')}
          secondary
          fields={[
            {
              name: 'password',
              label: t('currentPassword'),
              type: 'password',
              autoComplete: 'current-password',
              width: 'l',
            },
          ]}
        />
      )}
    </>
  );
}
