import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { getDb } from '@/db/client';
import { getPasswordPolicy, getSettings } from '@/db/queries/settings';
import { staffPage } from '@/server/auth/session';
import { ssoName } from '@/server/auth/sso-flow';
import { SETTING_KEYS } from '@/lib/settings';
import { savePasswordPolicy, saveSettings } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { AdminBreadcrumbs } from '@/components/staff/Breadcrumbs';

export const generateMetadata = titleFrom('AdminSettings');

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminSettings');
  const settings = getSettings(getDb());
  const provider = ssoName();
  const policy = getPasswordPolicy(getDb());
  return (
    <>
      <AdminBreadcrumbs current={t('heading')} />
      <h1>{t('heading')}</h1>
      <ActionForm
        id="settings"
        action={saveSettings}
        submitLabel={t('save')}
        fields={SETTING_KEYS.map((key) => ({
          name: key,
          label: t(key),
          hint: key === 'minCellSize' ? t('minCellSizeHint') : undefined,
          type: 'number' as const,
          defaultValue: String(settings[key]),
          width: 'xs' as const,
        }))}
      />
      {provider && (
        <>
          <h2>{t('passwordsHeading')}</h2>
          <ActionForm
            id="password-policy"
            action={savePasswordPolicy}
            submitLabel={t('savePasswords')}
            fields={[
              {
                name: 'breakGlassOnly',
                label: t('breakGlassOnly'),
                hint: t('breakGlassOnlyHint', { name: provider }),
                type: 'select',
                options: [
                  { value: 'off', label: t('off') },
                  { value: 'on', label: t('on') },
                ],
                defaultValue: policy.breakGlassOnly ? 'on' : 'off',
                width: 's',
              },
              {
                name: 'breakGlassAccounts',
                label: t('breakGlassAccounts'),
                hint: t('breakGlassAccountsHint'),
                type: 'text',
                defaultValue: policy.breakGlassAccounts.join(', '),
                width: 'l',
              },
            ]}
          />
        </>
      )}
    </>
  );
}
