import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import type { FormAction } from '@/lib/action-state';
import { DataTable } from '@/components/DataTable';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { listStaff } from '@/db/queries/users';
import { isRole, ROLES } from '@/lib/auth/roles';
import { staffPage } from '@/server/auth/session';
import { changeRole, changeTeam, createPerson, resetPassword, setDisabled } from './actions';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('AdminPeople');

export default async function PeoplePage({ params }: { params: Promise<{ locale: string }> }) {
  const admin = await staffPage(params, 'admin');
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
            <PersonChoice
              id={`role-${person.id}`}
              action={changeRole}
              submit={t('changeRole')}
              userId={person.id}
              field={{ name: 'role', label: t('roleFor', { name: person.name }), options: roleOptions }}
              value={person.role ?? 'caseworker'}
            />
          )}
          <PersonChoice
            id={`team-${person.id}`}
            action={changeTeam}
            submit={t('changeTeam')}
            userId={person.id}
            field={{ name: 'team', label: t('teamFor', { name: person.name }), options: teamOptions }}
            value={person.team ?? ''}
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

/** One choice about one person (role, team), as its own small form. */
function PersonChoice({
  id,
  action,
  submit,
  userId,
  field,
  value,
}: {
  id: string;
  action: FormAction;
  submit: string;
  userId: string;
  field: { name: string; label: string; options: { value: string; label: string }[] };
  value: string;
}) {
  return (
    <ActionForm
      id={id}
      action={action}
      submitLabel={submit}
      secondary
      fields={[
        { name: 'userId', label: '', type: 'hidden', defaultValue: userId },
        { ...field, type: 'select', defaultValue: value },
      ]}
    />
  );
}
