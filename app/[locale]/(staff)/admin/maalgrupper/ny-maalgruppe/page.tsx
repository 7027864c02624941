import { getTranslations } from 'next-intl/server';
import { ReferenceCreate } from '@/components/admin/ReferenceCreate';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { createTargetGroup } from '../actions';
import { AdminBreadcrumbs } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminNewTargetGroup');

export default async function NewTargetGroupPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminNewTargetGroup');
  const section = await getTranslations('AdminTargetGroups');
  const a = await getTranslations('Admin');
  return (
    <>
      <AdminBreadcrumbs section={{ href: '/admin/maalgrupper', label: section('heading') }} current={t('heading')} />
      <h1>{t('heading')}</h1>
      <ReferenceCreate
        id="create-group"
        action={createTargetGroup}
        submit={t('create')}
        nameFields={[
          { name: 'nameDa', label: a('nameDa') },
          { name: 'nameEn', label: a('nameEn') },
        ]}
      />
    </>
  );
}
