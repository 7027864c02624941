import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { requireRole } from '@/server/auth/session';
import { titleFrom } from '@/i18n/metadata';
import { redirect } from '@/i18n/navigation';
import { changePassword } from '../actions';
import { passwordFields } from '../password-fields';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('ChangeOneTimePassword');

/** Where every staff page leads while the password is a one-time password. */
export default async function ChangeOneTimePasswordPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const user = await requireRole('caseworker', { passwordChange: true });
  if (!user.mustChangePassword) return redirect({ href: '/konto', locale });
  const t = await getTranslations('ChangeOneTimePassword');
  const account = await getTranslations('Account');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>
      <ActionForm
        id="password"
        action={changePassword}
        submitLabel={t('submit')}
        fields={passwordFields({
          current: t('currentPassword'),
          new: account('newPassword'),
          newHint: account('newPasswordHint'),
          confirm: account('confirmPassword'),
        })}
      />
    </>
  );
}
