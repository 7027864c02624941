import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Home');

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>
      <Link className="button button-primary" href="/s">
        {t('start')}
      </Link>
    </>
  );
}
