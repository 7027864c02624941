import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return { title: t('title') };
}

const SECTIONS = ['stored', 'notStored', 'email', 'retention', 'contact'] as const;

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Privacy');
  return (
    <>
      <h1>{t('heading')}</h1>
      {SECTIONS.map((section) => (
        <section key={section}>
          <h2>{t(`${section}Heading`)}</h2>
          <p>{t(section)}</p>
        </section>
      ))}
    </>
  );
}
