import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { ForgetAnswers } from './ForgetAnswers';
import { citizenTitleFrom } from '@/server/page-title';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = citizenTitleFrom('Thanks');

export default async function ThanksPage({ params }: LocalePageProps) {
  await pageLocale(params);
  const t = await getTranslations('Thanks');
  return (
    <>
      <ForgetAnswers />
      <Alert variant="success" heading={t('heading')} headingLevel={1} role="status">
        <p className="alert-text">{t('text')}</p>
      </Alert>
      <p>{t('next')}</p>
    </>
  );
}
