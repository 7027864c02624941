import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { staffPage } from '@/server/auth/session';
import { SETTING_KEYS } from '@/lib/settings';
import { saveSettings } from './actions';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('AdminSettings');

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminSettings');
  const settings = getSettings(getDb());
  return (
    <>
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
    </>
  );
}
