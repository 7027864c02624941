import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ReferenceEditor } from '@/components/admin/ReferenceEditor';
import { getDb } from '@/db/client';
import { getTeam } from '@/db/queries/reference';
import { countStaff } from '@/db/queries/users';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { renameTeamAction, setTeamRetiredAction } from '../actions';
import { AdminHeader } from '@/components/staff/Breadcrumbs';

export const generateMetadata = titleFrom('AdminTeam');

export default async function TeamPage({ params }: { params: Promise<{ locale: string; key: string }> }) {
  await staffPage(params, 'admin');
  const { key } = await params;
  const db = getDb();
  const team = getTeam(db, key);
  if (!team) notFound();
  const t = await getTranslations('AdminTeam');
  const section = await getTranslations('AdminTeams');
  const a = await getTranslations('Admin');
  const people = countStaff(db, { text: '', team: team.key });
  return (
    <>
      <AdminHeader section={{ href: '/admin/teams', label: section('heading') }} heading={team.name} />
      <ReferenceEditor
        item={{ key: team.key, names: { name: team.name }, retired: Boolean(team.retiredAt) }}
        nameFields={[{ name: 'name', label: a('name') }]}
        rename={renameTeamAction}
        retire={setTeamRetiredAction}
        retireLead={t('retireLead')}
      />
      <p>
        <Link href={{ pathname: '/admin/personer', query: { team: team.key } }}>{t('people', { count: people })}</Link>
      </p>
    </>
  );
}
