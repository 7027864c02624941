import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/action-state';
import { ActionForm } from '../forms/ActionForm';
import { AdminHeader } from '../staff/Breadcrumbs';

/** The two reference tables an admin adds rows to, with their pages, texts and name fields. */
const KINDS = {
  targetGroup: {
    list: '/admin/maalgrupper',
    section: 'AdminTargetGroups',
    page: 'AdminNewTargetGroup',
    id: 'create-group',
    names: ['nameDa', 'nameEn'],
  },
  team: { list: '/admin/teams', section: 'AdminTeams', page: 'AdminNewTeam', id: 'create-team', names: ['name'] },
} as const;

/**
 * The page that adds a target group or a team: the way back to its list, and a form with a key
 * that never changes and the row's names.
 */
export function ReferenceCreate({ kind, action }: { kind: keyof typeof KINDS; action: FormAction }) {
  const { list, section, page, id, names } = KINDS[kind];
  const a = useTranslations('Admin');
  const t = useTranslations();
  return (
    <>
      <AdminHeader section={{ href: list, label: t(`${section}.heading`) }} heading={t(`${page}.heading`)} />
      <ActionForm
        id={id}
        action={action}
        submitLabel={t(`${page}.create`)}
        fields={[
          { name: 'key', label: a('key'), hint: a('keyHint'), type: 'text', width: 'm' },
          ...names.map((name) => ({ name, label: a(name), type: 'text' as const, width: 'l' as const })),
        ]}
      />
    </>
  );
}
