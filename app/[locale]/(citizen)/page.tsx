import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { citizenTitleFrom } from '@/server/page-title';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = citizenTitleFrom('Home');

export default async function HomePage({ params }: LocalePageProps) {
  await pageLocale(params);
  const t = await getTranslations('Home');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>
      <Link className="button button-primary" href="/s" prefetch={false}>
        {t('start')}
      </Link>
    </>
  );
}
