import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Forbidden');

export default async function ForbiddenPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Forbidden');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
    </>
  );
}
