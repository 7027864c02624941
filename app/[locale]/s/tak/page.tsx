import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { ForgetAnswers } from './ForgetAnswers';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Thanks' });
  return { title: t('title') };
}

export default async function ThanksPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
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
