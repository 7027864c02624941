import { getTranslations } from 'next-intl/server';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('Forbidden');

export default async function ForbiddenPage({ params }: LocalePageProps) {
  await pageLocale(params);
  const t = await getTranslations('Forbidden');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
    </>
  );
}
