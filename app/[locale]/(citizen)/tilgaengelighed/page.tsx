import { getTranslations } from 'next-intl/server';
import { citizenTitleFrom } from '@/server/page-title';
import { pageLocale } from '@/i18n/page-locale';
import { setting } from '@/lib/env';
import { shownOrganisation } from '@/server/organisation';

export const generateMetadata = citizenTitleFrom('Accessibility');

export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('Accessibility');
  // The official statement (on was.digst.dk): the admin's setting, else the installation's.
  const officialUrl = shownOrganisation().accessibilityUrl || setting('ACCESSIBILITY_STATEMENT_URL');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('intro')}</p>
      <p>{t('standard')}</p>
      {officialUrl && (
        <p>
          <a href={officialUrl}>{t('official')}</a>
        </p>
      )}
      <p>{t('contact')}</p>
    </>
  );
}
