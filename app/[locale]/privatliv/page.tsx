import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Privacy');

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
