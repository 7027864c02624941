import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/DataTable';
import { ListCount, ListSearch, SearchSelect, SearchText } from '@/components/ListSearch';
import { Pager } from '@/components/Pager';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { countStaff, searchStaff } from '@/db/queries/users';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';
import { NO_TEAM, peopleFilter, peopleQuery } from '@/lib/admin-lists';
import { queryOf } from '@/lib/search-params';
import { pageOf } from '@/lib/paging';
import { isRole, ROLES } from '@/lib/auth/roles';
import { staffPage } from '@/server/auth/session';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminPeople');

export default async function PeoplePage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminPeople');
  const a = await getTranslations('Admin');
  const s = await getTranslations('Staff');
  const asked = await queryOf(searchParams);
  const db = getDb();
  const filter = peopleFilter(asked);
  const query = peopleQuery(filter);
  const total = countStaff(db, filter);
  const paging = pageOf(asked.side, total);
  const rows = searchStaff(db, filter, { limit: paging.size, offset: paging.offset });
  const teams = listTeams(db);
  const teamName = new Map(teams.map((team) => [team.key, team.name]));
  return (
    <>
      <AdminHeader heading={t('heading')} />
      <p>
        <Link className="button button-secondary" href="/admin/personer/ny">
          {t('createHeading')}
        </Link>
      </p>
      <ListSearch resetHref="/admin/personer">
        <SearchText name="q" label={t('search')} hint={t('searchHint')} value={filter.text} />
        <SearchSelect
          name="rolle"
          label={t('role')}
          value={query.rolle ?? ''}
          options={ROLES.map((role) => ({ value: role, label: s(`roles.${role}`) }))}
        />
        <SearchSelect
          name="team"
          label={t('team')}
          value={query.team ?? ''}
          options={[
            { value: NO_TEAM, label: t('noTeam') },
            ...teams.map((team) => ({ value: team.key, label: team.name })),
          ]}
        />
        <SearchSelect
          name="status"
          label={a('status')}
          value={query.status ?? ''}
          options={[
            { value: 'aktiv', label: a('active') },
            { value: 'deaktiveret', label: a('disabled') },
          ]}
        />
        <SearchSelect
          name="tofaktor"
          label={t('twoFactor')}
          value={query.tofaktor ?? ''}
          options={[
            { value: 'ja', label: t('twoFactorOn') },
            { value: 'nej', label: t('twoFactorOff') },
          ]}
        />
      </ListSearch>
      <ListCount>{t('count', { count: total })}</ListCount>
      <DataTable
        label={t('heading')}
        rows={rows}
        compact
        rowKey={(person) => person.id}
        empty={t('noneFound')}
        columns={[
          {
            header: t('name'),
            cell: (person) => <Link href={`/admin/personer/${person.id}`}>{person.name}</Link>,
            rowHeader: true,
          },
          { header: t('email'), cell: (person) => person.email },
          { header: t('role'), cell: (person) => (isRole(person.role) ? s(`roles.${person.role}`) : '') },
          { header: t('team'), cell: (person) => (person.team ? (teamName.get(person.team) ?? person.team) : '') },
          { header: t('twoFactor'), cell: (person) => (person.twoFactorEnabled ? t('yes') : t('no')) },
          { header: a('status'), cell: (person) => (person.banned ? a('disabled') : a('active')) },
        ]}
      />
      <Pager pathname="/admin/personer" query={query} page={paging.page} pages={paging.pages} />
    </>
  );
}
