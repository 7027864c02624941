import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReferenceEditor } from '@/components/admin/ReferenceEditor';
import { getDb } from '@/db/client';
import { getTargetGroup } from '@/db/queries/reference';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { renameGroup, setGroupRetired } from '../actions';
import { AdminHeader } from '@/components/staff/Breadcrumbs';

export const generateMetadata = titleFrom('AdminTargetGroup');

export default async function TargetGroupPage({ params }: { params: Promise<{ locale: string; key: string }> }) {
  await staffPage(params, 'admin');
  const { key } = await params;
  const group = getTargetGroup(getDb(), key);
  if (!group) notFound();
  const t = await getTranslations('AdminTargetGroup');
  const section = await getTranslations('AdminTargetGroups');
  const a = await getTranslations('Admin');
  const english = (await getLocale()) === 'en';
  return (
    <>
      <AdminHeader
        section={{ href: '/admin/maalgrupper', label: section('heading') }}
        heading={english ? group.nameEn : group.nameDa}
      />
      <ReferenceEditor
        item={{
          key: group.key,
          names: { nameDa: group.nameDa, nameEn: group.nameEn },
          retired: Boolean(group.retiredAt),
        }}
        nameFields={[
          { name: 'nameDa', label: a('nameDa') },
          { name: 'nameEn', label: a('nameEn') },
        ]}
        rename={renameGroup}
        retire={setGroupRetired}
        retireLead={t('retireLead')}
      />
    </>
  );
}
