import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { getDb } from '@/db/client';
import { getOrganisation, getPasswordPolicy, getSettings } from '@/db/queries/settings';
import { staffPage } from '@/server/auth/session';
import { ssoName } from '@/server/auth/sso-flow';
import { SETTING_KEYS } from '@/lib/settings';
import { removeLogo, saveLogo, saveOrganisation, savePasswordPolicy, saveSettings } from './actions';
import { ORGANISATION_FIELDS, logoPath } from '@/lib/organisation';
import { LOGO_MAX_BYTES } from '@/lib/logo';
import { titleFrom } from '@/i18n/metadata';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminSettings');

/** The identity fields that have a hint under their label. */
const HINTS = new Set(['name', 'unit', 'address', 'controllerName', 'dpoContact', 'accessibilityUrl']);

export default async function SettingsPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminSettings');
  const settings = getSettings(getDb());
  const provider = ssoName();
  const policy = getPasswordPolicy(getDb());
  const organisation = getOrganisation(getDb());
  const identity = await getTranslations('Identity');
  const logo = logoPath(organisation);
  return (
    <>
      <AdminHeader heading={t('heading')} />
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
      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading">{identity('heading')}</h2>
        <p>{identity('lead')}</p>
        <ActionForm
          id="organisation"
          action={saveOrganisation}
          submitLabel={identity('save')}
          fields={ORGANISATION_FIELDS.map(({ key }) => ({
            name: key,
            label: identity(key),
            hint: HINTS.has(key) ? identity(`${key}Hint` as Parameters<typeof identity>[0]) : undefined,
            type: key === 'email' ? ('email' as const) : ('text' as const),
            defaultValue: organisation[key],
            width: key === 'phone' ? ('s' as const) : ('l' as const),
          }))}
        />
        <h3>{identity('logoHeading')}</h3>
        {logo ? (
          <>
            <p>{identity('logoCurrent')}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a small logo from our own route, sized by CSS */}
            <img className="identity-logo-preview" src={logo} alt={organisation.name} data-testid="logo-preview" />
          </>
        ) : (
          <p>{identity('logoNone')}</p>
        )}
        <ActionForm
          id="logo"
          action={saveLogo}
          submitLabel={identity('saveLogo')}
          fields={[
            {
              name: 'logo',
              label: identity('logo'),
              hint: identity('logoHint', { size: Math.round(LOGO_MAX_BYTES / 1024) }),
              type: 'file',
              accept: '.png,.svg,image/png,image/svg+xml',
            },
          ]}
        />
        {logo && (
          <ActionForm id="logo-remove" action={removeLogo} submitLabel={identity('removeLogo')} fields={[]} secondary />
        )}
      </section>
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
                hint: t('breakGlassAccountsHint', { name: provider }),
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
