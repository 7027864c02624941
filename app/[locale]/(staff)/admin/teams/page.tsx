import { getTranslations } from 'next-intl/server';
import { ReferenceList } from '@/components/admin/ReferenceList';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { staffPerTeam } from '@/db/queries/users';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';
import { queryOf } from '@/lib/search-params';
import { staffPage } from '@/server/auth/session';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminTeams');

export default async function TeamsPage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminTeams');
  const asked = await queryOf(searchParams);
  const db = getDb();
  const people = staffPerTeam(db);
  const all = listTeams(db).map((team) => ({ key: team.key, names: [team.name], retired: Boolean(team.retiredAt) }));
  return (
    <>
      <AdminHeader heading={t('heading')} />
      <ReferenceList
        label={t('heading')}
        path="/admin/teams"
        all={all}
        query={asked}
        count={(found) => t('count', { count: found })}
        nameHeaders={[t('name')]}
        more={[
          {
            header: t('people'),
            cell: (team) => (
              <Link href={{ pathname: '/admin/personer', query: { team: team.key } }}>
                {t('peopleCount', { count: people.get(team.key) ?? 0 })}
              </Link>
            ),
          },
        ]}
        create={{ href: '/admin/teams/nyt-team', label: t('createHeading') }}
      />
    </>
  );
}
