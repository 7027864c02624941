import { getLocale, getTranslations } from 'next-intl/server';
import { ReferenceList } from '@/components/admin/ReferenceList';
import { getDb } from '@/db/client';
import { listTargetGroups } from '@/db/queries/reference';
import { titleFrom } from '@/i18n/metadata';
import { queryOf } from '@/lib/search-params';
import { staffPage } from '@/server/auth/session';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminTargetGroups');

export default async function TargetGroupsPage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminTargetGroups');
  const a = await getTranslations('Admin');
  const english = (await getLocale()) === 'en';
  const asked = await queryOf(searchParams);
  // The page's language names the row; the other language's name is the second column.
  const all = listTargetGroups(getDb()).map((group) => ({
    key: group.key,
    names: english ? [group.nameEn, group.nameDa] : [group.nameDa, group.nameEn],
    retired: Boolean(group.retiredAt),
  }));
  return (
    <>
      <AdminHeader heading={t('heading')} lead={t('lead')} />
      <ReferenceList
        label={t('heading')}
        path="/admin/maalgrupper"
        all={all}
        query={asked}
        count={(found) => t('count', { count: found })}
        nameHeaders={english ? [a('nameEn'), a('nameDa')] : [a('nameDa'), a('nameEn')]}
        create={{ href: '/admin/maalgrupper/ny-maalgruppe', label: t('createHeading') }}
      />
    </>
  );
}
