import { getLocale, getTranslations } from 'next-intl/server';
import { ReferenceList } from '@/components/admin/ReferenceList';
import { getDb } from '@/db/client';
import { listTargetGroups } from '@/db/queries/reference';
import { titleFrom } from '@/i18n/metadata';
import { filterReferences, referenceFilter } from '@/lib/admin-lists';
import { queryOf } from '@/lib/search-params';
import { pageOf } from '@/lib/paging';
import { staffPage } from '@/server/auth/session';
import { AdminBreadcrumbs } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminTargetGroups');

export default async function TargetGroupsPage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminTargetGroups');
  const a = await getTranslations('Admin');
  const english = (await getLocale()) === 'en';
  const asked = await queryOf(searchParams);
  const filter = referenceFilter(asked);
  // The page's language names the row; the other language's name is the second column.
  const found = filterReferences(
    listTargetGroups(getDb()).map((group) => ({
      key: group.key,
      names: english ? [group.nameEn, group.nameDa] : [group.nameDa, group.nameEn],
      retired: Boolean(group.retiredAt),
    })),
    filter,
  );
  const paging = pageOf(asked.side, found.length);
  return (
    <>
      <AdminBreadcrumbs current={t('heading')} />
      <h1>{t('heading')}</h1>
      <p>{t('lead')}</p>
      <ReferenceList
        label={t('heading')}
        path="/admin/maalgrupper"
        rows={found.slice(paging.offset, paging.offset + paging.size)}
        count={t('count', { count: found.length })}
        filter={filter}
        paging={paging}
        nameHeaders={english ? [a('nameEn'), a('nameDa')] : [a('nameDa'), a('nameEn')]}
        create={{ href: '/admin/maalgrupper/ny-maalgruppe', label: t('createHeading') }}
      />
    </>
  );
}
