import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { DataTable } from '@/components/DataTable';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { listStaff } from '@/db/queries/users';
import { isRole, ROLES } from '@/lib/auth/roles';
import { requireRole } from '@/server/auth/session';
import { changeRole, changeTeam, createPerson, resetPassword, setDisabled } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminPeople');

export default async function PeoplePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const admin = await requireRole('admin');
  const t = await getTranslations('AdminPeople');
  const a = await getTranslations('Admin');
  const s = await getTranslations('Staff');
  const db = getDb();
  const people = listStaff(db);
  const teamOptions = [
    { value: '', label: t('noTeam') },
    ...listTeams(db, { activeOnly: true }).map((team) => ({ value: team.key, label: team.name })),
  ];
  const roleOptions = ROLES.map((role) => ({ value: role, label: s(`roles.${role}`) }));
  return (
    <>
      <h1>{t('heading')}</h1>
      <DataTable
        label={t('heading')}
        rows={people}
        rowKey={(person) => person.id}
        columns={[
          { header: t('name'), cell: (person) => person.name, rowHeader: true },
          { header: t('email'), cell: (person) => person.email },
          { header: t('role'), cell: (person) => (isRole(person.role) ? s(`roles.${person.role}`) : '') },
          { header: t('team'), cell: (person) => person.team ?? '' },
          { header: t('twoFactor'), cell: (person) => (person.twoFactorEnabled ? t('yes') : t('no')) },
          { header: a('status'), cell: (person) => (person.banned ? a('disabled') : a('active')) },
        ]}
      />

      <h2>{t('createHeading')}</h2>
      <ActionForm
        id="create-person"
        action={createPerson}
        submitLabel={t('create')}
        fields={[
          { name: 'name', label: t('name'), type: 'text', width: 'l' },
          { name: 'email', label: t('email'), type: 'email', width: 'l' },
          { name: 'role', label: t('role'), type: 'select', options: roleOptions, defaultValue: 'caseworker' },
          { name: 'team', label: t('team'), type: 'select', options: teamOptions },
        ]}
      />

      {people.map((person) => (
        <section key={person.id} aria-labelledby={`person-${person.id}`}>
          <h2 id={`person-${person.id}`} className="h3">
            {person.name} ({person.email})
          </h2>
          {person.id !== admin.id && (
            <ActionForm
              id={`role-${person.id}`}
              action={changeRole}
              submitLabel={t('changeRole')}
              secondary
              fields={[
                { name: 'userId', label: '', type: 'hidden', defaultValue: person.id },
                {
                  name: 'role',
                  label: t('roleFor', { name: person.name }),
                  type: 'select',
                  options: roleOptions,
                  defaultValue: person.role ?? 'caseworker',
                },
              ]}
            />
          )}
          <ActionForm
            id={`team-${person.id}`}
            action={changeTeam}
            submitLabel={t('changeTeam')}
            secondary
            fields={[
              { name: 'userId', label: '', type: 'hidden', defaultValue: person.id },
              {
                name: 'team',
                label: t('teamFor', { name: person.name }),
                type: 'select',
                options: teamOptions,
                defaultValue: person.team ?? '',
              },
            ]}
          />
          {person.id !== admin.id && (
            <ActionForm
              id={`disable-${person.id}`}
              action={setDisabled}
              submitLabel={person.banned ? t('enable') : t('disable')}
              secondary
              fields={[
                { name: 'userId', label: '', type: 'hidden', defaultValue: person.id },
                { name: 'disabled', label: '', type: 'hidden', defaultValue: person.banned ? 'false' : 'true' },
              ]}
            />
          )}
          <ActionForm
            id={`reset-${person.id}`}
            action={resetPassword}
            submitLabel={t('resetPassword')}
            secondary
            fields={[{ name: 'userId', label: '', type: 'hidden', defaultValue: person.id }]}
          />
        </section>
      ))}
    </>
  );
}
