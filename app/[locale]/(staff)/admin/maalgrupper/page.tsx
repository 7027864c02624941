import { getTranslations } from 'next-intl/server';
import { ReferenceList } from '@/components/admin/ReferenceList';
import { getDb } from '@/db/client';
import { listTargetGroups } from '@/db/queries/reference';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { createTargetGroup, renameGroup, setGroupRetired } from './actions';

export const generateMetadata = titleFrom('AdminTargetGroups');

export default async function TargetGroupsPage({ params }: { params: Promise<{ locale: string }> }) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminTargetGroups');
  const a = await getTranslations('Admin');
  const groups = listTargetGroups(getDb()).map((group) => ({
    key: group.key,
    names: { nameDa: group.nameDa, nameEn: group.nameEn },
    retired: Boolean(group.retiredAt),
  }));
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('lead')}</p>
      <ReferenceList
        label={t('heading')}
        items={groups}
        nameFields={[
          { name: 'nameDa', label: a('nameDa') },
          { name: 'nameEn', label: a('nameEn') },
        ]}
        create={{ heading: t('createHeading'), submit: t('create'), action: createTargetGroup, id: 'create-group' }}
        rename={{ heading: (group) => t('renameFor', { key: group.key }), action: renameGroup }}
        retire={setGroupRetired}
      />
    </>
  );
}
