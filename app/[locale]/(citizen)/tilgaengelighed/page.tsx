import { getFormatter, getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/ContactCard';
import { LegalSections } from '@/components/legal/LegalSection';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { setting } from '@/lib/env';
import { DIGST_WAS_URL, accessibilityStatementDay } from '@/lib/legal';
import { LANGUAGE_TAGS } from '@/lib/locales';
import { citizenTitleFrom } from '@/server/page-title';
import { shownOrganisation } from '@/server/organisation';

export const generateMetadata = citizenTitleFrom('Accessibility');

const GAPS = ['translations', 'card'] as const;
const TESTS = ['axe', 'width', 'keyboard', 'noScript'] as const;

/**
 * The accessibility statement in the parts Digitaliseringsstyrelsen's model asks for: status,
 * content that is not accessible, how it was assessed and when, feedback, and enforcement. The
 * tests named are the ones tests/e2e runs; change the text and the date when they change.
 */
export default async function AccessibilityPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Accessibility');
  // Easy-read Danish has Danish dates: `let` is only our path, not a language Intl knows.
  const format = await getFormatter({ locale: LANGUAGE_TAGS[locale] });
  const organisation = shownOrganisation();
  // The official statement (on was.digst.dk): the admin's setting, else the installation's.
  const officialUrl = organisation.accessibilityUrl || setting('ACCESSIBILITY_STATEMENT_URL');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead', { organisation: organisation.name })}</p>
      <p>{t('scope')}</p>
      {officialUrl && (
        <p>
          <a href={officialUrl}>{t('official')}</a>
        </p>
      )}

      <LegalSections
        sections={[
          { heading: t('status.heading'), blocks: [t('status.text')] },
          { heading: t('gaps.heading'), blocks: [t('gaps.intro'), GAPS.map((gap) => t(`gaps.items.${gap}`))] },
          {
            heading: t('method.heading'),
            blocks: [
              t('method.intro'),
              TESTS.map((test) => t(`method.items.${test}`)),
              t('method.limit'),
              t('method.date', { date: format.dateTime(accessibilityStatementDay(), { dateStyle: 'long' }) }),
            ],
          },
          {
            heading: t('feedback.heading'),
            blocks: [
              t('feedback.text'),
              <ContactCard
                key="contact"
                name={`${organisation.name}, ${organisation.unit}`}
                address={organisation.address}
                phone={organisation.phone}
                email={organisation.email}
              />,
              t('feedback.personal'),
            ],
          },
          {
            heading: t('enforcement.heading'),
            blocks: [
              t('enforcement.text'),
              <p key="link">
                {t.rich('enforcement.link', { link: (chunks) => <a href={DIGST_WAS_URL}>{chunks}</a> })}
              </p>,
            ],
          },
        ]}
      />
    </>
  );
}
