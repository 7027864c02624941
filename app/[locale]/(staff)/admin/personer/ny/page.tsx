import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { titleFrom } from '@/i18n/metadata';
import { ROLES } from '@/lib/auth/roles';
import { staffPage } from '@/server/auth/session';
import { createPerson } from '../actions';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminNewPerson');

export default async function NewPersonPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminNewPerson');
  const p = await getTranslations('AdminPeople');
  const s = await getTranslations('Staff');
  const teams = listTeams(getDb(), { activeOnly: true });
  return (
    <>
      <AdminHeader section={{ href: '/admin/personer', label: p('heading') }} heading={t('heading')} lead={t('lead')} />
      <ActionForm
        id="create-person"
        action={createPerson}
        submitLabel={t('create')}
        fields={[
          { name: 'name', label: p('name'), type: 'text', width: 'l', autoComplete: 'off' },
          { name: 'email', label: p('email'), type: 'email', width: 'l' },
          {
            name: 'role',
            label: p('role'),
            type: 'select',
            defaultValue: 'caseworker',
            options: ROLES.map((role) => ({ value: role, label: s(`roles.${role}`) })),
          },
          {
            name: 'team',
            label: p('team'),
            type: 'select',
            options: [
              { value: '', label: p('noTeam') },
              ...teams.map((team) => ({ value: team.key, label: team.name })),
            ],
          },
        ]}
      />
    </>
  );
}
