import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
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
      <div className="alert alert-success" role="status">
        <div className="alert-body">
          <h1 className="alert-heading">{t('heading')}</h1>
          <p className="alert-text">{t('text')}</p>
        </div>
      </div>
      <p>{t('next')}</p>
    </>
  );
}
