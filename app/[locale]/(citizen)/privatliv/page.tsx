import { getTranslations } from 'next-intl/server';
import { citizenTitleFrom } from '@/server/page-title';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = citizenTitleFrom('Privacy');

const SECTIONS = ['stored', 'notStored', 'email', 'retention', 'contact'] as const;

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
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
