import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { listStaff } from '@/db/queries/users';
import { ROLES } from '@/lib/auth/roles';
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
      <TableScroll label={t('heading')}>
        <table className="table table--borderless">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('team')}</th>
              <th scope="col">{t('twoFactor')}</th>
              <th scope="col">{a('status')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{person.email}</td>
                <td>{person.role ? s(`roles.${person.role as 'caseworker'}`) : ''}</td>
                <td>{person.team ?? ''}</td>
                <td>{person.twoFactorEnabled ? t('yes') : t('no')}</td>
                <td>{person.banned ? a('disabled') : a('active')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

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
