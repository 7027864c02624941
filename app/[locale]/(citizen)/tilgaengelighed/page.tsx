import { getTranslations } from 'next-intl/server';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { setting } from '@/lib/env';

export const generateMetadata = titleFrom('Accessibility');

export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('Accessibility');
  // The official statement (on was.digst.dk) is set per installation and read per request.
  const officialUrl = setting('ACCESSIBILITY_STATEMENT_URL');
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
