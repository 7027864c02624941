import { getTranslations } from 'next-intl/server';
import { ReferenceList } from '@/components/admin/ReferenceList';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { staffPerTeam } from '@/db/queries/users';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';
import { filterReferences, referenceFilter } from '@/lib/admin-lists';
import { queryOf } from '@/lib/search-params';
import { pageOf } from '@/lib/paging';
import { staffPage } from '@/server/auth/session';
import { AdminBreadcrumbs } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminTeams');

export default async function TeamsPage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminTeams');
  const asked = await queryOf(searchParams);
  const db = getDb();
  const people = staffPerTeam(db);
  const filter = referenceFilter(asked);
  const found = filterReferences(
    listTeams(db).map((team) => ({ key: team.key, names: [team.name], retired: Boolean(team.retiredAt) })),
    filter,
  );
  const paging = pageOf(asked.side, found.length);
  return (
    <>
      <AdminBreadcrumbs current={t('heading')} />
      <h1>{t('heading')}</h1>
      <ReferenceList
        label={t('heading')}
        path="/admin/teams"
        rows={found.slice(paging.offset, paging.offset + paging.size)}
        count={t('count', { count: found.length })}
        filter={filter}
        paging={paging}
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
