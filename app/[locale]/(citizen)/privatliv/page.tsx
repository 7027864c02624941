import { getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/ContactCard';
import { LegalSection } from '@/components/legal/LegalSection';
import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { DATATILSYNET, dataController } from '@/lib/legal';
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
  const { minCellSize, tokenExpiryDays, retentionMonths } = getSettings(getDb());
  const dpo = organisation.dpoContact.trim();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>

      <LegalSection heading={t('controller.heading')}>
        <p>{t('controller.text', { controller: controller.name })}</p>
        <ContactCard
          name={controller.name}
          address={controller.address}
          phone={organisation.phone}
          email={organisation.email}
        />
      </LegalSection>

      <LegalSection heading={t('dpo.heading')}>
        {dpo ? (
          <>
            <p>{t('dpo.text')}</p>
            <ContactCard name={dpo} />
          </>
        ) : (
          <p>{t('dpo.fallback', { controller: controller.name })}</p>
        )}
      </LegalSection>

      <LegalSection heading={t('purpose.heading')}>
        <p>{t('purpose.text')}</p>
        <p>{t('purpose.email')}</p>
      </LegalSection>

      <LegalSection heading={t('legalBasis.heading')}>
        <p>{t('legalBasis.text')}</p>
        <p>{t('legalBasis.law')}</p>
      </LegalSection>

      <LegalSection heading={t('stored.heading')}>
        <p>{t('stored.intro')}</p>
        <ul>
          {STORED.map((item) => (
            <li key={item}>{t(`stored.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t('stored.month', { minimum: minCellSize })}</p>
        <p>{t('stored.invitation')}</p>
        <p>{t('stored.browser')}</p>
      </LegalSection>

      <LegalSection heading={t('notStored.heading')}>
        <p>{t('notStored.intro')}</p>
        <ul>
          {NOT_STORED.map((item) => (
            <li key={item}>{t(`notStored.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t('notStored.traced')}</p>
        <p>{t('notStored.comment')}</p>
      </LegalSection>

      <LegalSection heading={t('retention.heading')}>
        <p>{t('retention.email', { days: tokenExpiryDays })}</p>
        <p>{t('retention.comment', { months: retentionMonths })}</p>
        <p>{t('retention.answers')}</p>
      </LegalSection>

      <LegalSection heading={t('recipients.heading')}>
        <p>{t('recipients.none')}</p>
        <p>{t('recipients.processor')}</p>
      </LegalSection>

      <LegalSection heading={t('voluntary.heading')}>
        <p>{t('voluntary.text')}</p>
      </LegalSection>

      <LegalSection heading={t('rights.heading')}>
        <p>{t('rights.intro')}</p>
        <ul>
          {RIGHTS.map((right) => (
            <li key={right}>{t(`rights.items.${right}`)}</li>
          ))}
        </ul>
        <p>{t('rights.anonymous')}</p>
        <p>{t('rights.contact', { controller: controller.name })}</p>
      </LegalSection>

      <LegalSection heading={t('complaint.heading')}>
        <p>{t('complaint.text')}</p>
        <ContactCard
          name={DATATILSYNET.name}
          address={DATATILSYNET.address}
          email={DATATILSYNET.email}
          website={DATATILSYNET.website}
        />
      </LegalSection>
    </>
  );
}
