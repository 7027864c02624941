import { getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/ContactCard';
import { LegalSections } from '@/components/legal/LegalSection';
import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { DATATILSYNET, dataController } from '@/lib/legal';
import { readForCitizens } from '@/server/citizen-pages';
import { citizenTitleFrom } from '@/server/page-title';
import { shownOrganisation } from '@/server/organisation';

export const generateMetadata = citizenTitleFrom('Privacy');

const STORED = ['answers', 'comment', 'language', 'day', 'group', 'version'] as const;
const NOT_STORED = ['name', 'email', 'ip', 'link'] as const;
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection'] as const;

/**
 * The privacy notice of GDPR article 13, one section per part. The controller, the contacts and
 * the periods come from the admin's settings, so the notice says what this installation does.
 */
export default async function PrivacyPage({ params }: LocalePageProps) {
  await pageLocale(params);
  const t = await getTranslations('Privacy');
  const organisation = shownOrganisation();
  const controller = dataController(organisation);
  const { minCellSize, tokenExpiryDays, retentionMonths } = readForCitizens(() => getSettings(getDb()));
  const dpo = organisation.dpoContact.trim();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>
      <LegalSections
        sections={[
          {
            heading: t('controller.heading'),
            blocks: [
              t('controller.text', { controller: controller.name }),
              <ContactCard
                key="controller"
                name={controller.name}
                address={controller.address}
                phone={organisation.phone}
                email={organisation.email}
              />,
            ],
          },
          {
            heading: t('dpo.heading'),
            blocks: dpo
              ? [t('dpo.text'), <ContactCard key="dpo" name={dpo} />]
              : [t('dpo.fallback', { controller: controller.name })],
          },
          { heading: t('purpose.heading'), blocks: [t('purpose.text'), t('purpose.email')] },
          { heading: t('legalBasis.heading'), blocks: [t('legalBasis.text'), t('legalBasis.law')] },
          {
            heading: t('stored.heading'),
            blocks: [
              t('stored.intro'),
              STORED.map((item) => t(`stored.items.${item}`)),
              t('stored.month', { minimum: minCellSize }),
              t('stored.invitation'),
              t('stored.browser'),
            ],
          },
          {
            heading: t('notStored.heading'),
            blocks: [
              t('notStored.intro'),
              NOT_STORED.map((item) => t(`notStored.items.${item}`)),
              t('notStored.traced'),
              t('notStored.comment'),
            ],
          },
          {
            heading: t('retention.heading'),
            blocks: [
              t('retention.email', { days: tokenExpiryDays }),
              t('retention.comment', { months: retentionMonths }),
              t('retention.answers'),
            ],
          },
          { heading: t('recipients.heading'), blocks: [t('recipients.none'), t('recipients.processor')] },
          { heading: t('voluntary.heading'), blocks: [t('voluntary.text')] },
          {
            heading: t('rights.heading'),
            blocks: [
              t('rights.intro'),
              RIGHTS.map((right) => t(`rights.items.${right}`)),
              t('rights.anonymous'),
              t('rights.contact', { controller: controller.name }),
            ],
          },
          {
            heading: t('complaint.heading'),
            blocks: [t('complaint.text'), <ContactCard key="datatilsynet" {...DATATILSYNET} />],
          },
        ]}
      />
    </>
  );
}
