import { getTranslations } from 'next-intl/server';
import { ReferenceCreate } from '@/components/admin/ReferenceCreate';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { createTeam } from '../actions';
import { AdminBreadcrumbs } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminNewTeam');

export default async function NewTeamPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminNewTeam');
  const section = await getTranslations('AdminTeams');
  const a = await getTranslations('Admin');
  return (
    <>
      <AdminBreadcrumbs section={{ href: '/admin/teams', label: section('heading') }} current={t('heading')} />
      <h1>{t('heading')}</h1>
      <ReferenceCreate
        id="create-team"
        action={createTeam}
        submit={t('create')}
        nameFields={[{ name: 'name', label: a('name') }]}
      />
    </>
  );
}
