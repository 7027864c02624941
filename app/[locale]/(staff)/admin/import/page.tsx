import { getTranslations } from 'next-intl/server';
import { staffPage } from '@/server/auth/session';
import { titleFrom } from '@/i18n/metadata';
import { IMPORT_COLUMNS } from '@/lib/import';
import { importResponsesFile } from './actions';
import { ImportForm } from './ImportForm';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminImport');

export default async function ImportPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminImport');
  return (
    <>
      <AdminHeader heading={t('heading')} lead={t('lead')} />
      <h2>{t('formatHeading')}</h2>
      <p>{t('formatText')}</p>
      <pre className="import-header" tabIndex={0} aria-label={t('headerLabel')}>
        <code>{IMPORT_COLUMNS.join(';')}</code>
      </pre>
      <ul>
        <li>{t('rules.date')}</li>
        <li>{t('rules.keys')}</li>
        <li>{t('rules.likert')}</li>
        <li>{t('rules.minPlan')}</li>
        <li>{t('rules.channel')}</li>
        <li>{t('rules.allOrNone')}</li>
      </ul>
      <ImportForm action={importResponsesFile} />
    </>
  );
}
