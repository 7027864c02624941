import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { requireRole } from '@/lib/auth/session';
import { SETTING_KEYS } from '@/lib/settings';
import { saveSettings } from './actions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminSettings' });
  return { title: t('title') };
}

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole('admin');
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
