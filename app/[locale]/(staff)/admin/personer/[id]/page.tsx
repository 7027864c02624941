import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/components/forms/ActionForm';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { getStaff } from '@/db/queries/users';
import { titleFrom } from '@/i18n/metadata';
import type { FormAction, Secret } from '@/lib/action-state';
import { isRole, ROLES } from '@/lib/auth/roles';
import { staffPage } from '@/server/auth/session';
import { changeRole, changeTeam, resetPassword, setDisabled } from '../actions';
import { AdminHeader } from '@/components/staff/Breadcrumbs';

export const generateMetadata = titleFrom('AdminPerson');

/** One person: what they are, and each change an admin can make, as its own small form. */
export default async function PersonPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const admin = await staffPage(params, 'admin');
  const { id } = await params;
  const db = getDb();
  const person = getStaff(db, id);
  if (!person) notFound();
  const t = await getTranslations('AdminPerson');
  const p = await getTranslations('AdminPeople');
  const a = await getTranslations('Admin');
  const s = await getTranslations('Staff');
  const teams = listTeams(db);
  const team = teams.find((candidate) => candidate.key === person.team);
  const self = person.id === admin.id;
  const userId = { name: 'userId', label: '', type: 'hidden' as const, defaultValue: person.id };
  return (
    <>
      <AdminHeader section={{ href: '/admin/personer', label: p('heading') }} heading={person.name} />
      <dl className="person-facts">
        <div>
          <dt>{p('email')}</dt>
          <dd>{person.email}</dd>
        </div>
        <div>
          <dt>{p('role')}</dt>
          <dd>{isRole(person.role) ? s(`roles.${person.role}`) : ''}</dd>
        </div>
        <div>
          <dt>{p('team')}</dt>
          <dd>{team?.name ?? p('noTeam')}</dd>
        </div>
        <div>
          <dt>{p('twoFactor')}</dt>
          <dd>{person.twoFactorEnabled ? p('twoFactorOn') : p('twoFactorOff')}</dd>
        </div>
        <div>
          <dt>{a('status')}</dt>
          <dd>{person.banned ? a('disabled') : a('active')}</dd>
        </div>
      </dl>
      {person.role === 'admin' && !person.twoFactorEnabled && !person.banned && (
        <p className="form-hint">{t('adminWithoutTwoFactor')}</p>
      )}
      {self && <p>{t('self')}</p>}

      {!self && (
        <Change id="role" heading={p('role')} action={changeRole} submit={t('changeRole')}>
          {[
            userId,
            {
              name: 'role',
              label: p('role'),
              type: 'select',
              defaultValue: person.role ?? 'caseworker',
              options: ROLES.map((role) => ({ value: role, label: s(`roles.${role}`) })),
            },
          ]}
        </Change>
      )}
      <Change id="team" heading={p('team')} action={changeTeam} submit={t('changeTeam')}>
        {[
          userId,
          {
            name: 'team',
            label: p('team'),
            type: 'select',
            defaultValue: person.team ?? '',
            options: [
              { value: '', label: p('noTeam') },
              // A retired team stays choosable only for the person already in it.
              ...teams
                .filter((candidate) => !candidate.retiredAt || candidate.key === person.team)
                .map((candidate) => ({ value: candidate.key, label: candidate.name })),
            ],
          },
        ]}
      </Change>
      {!self && (
        <Change
          id="access"
          heading={t('accessHeading')}
          lead={person.banned ? t('enableLead') : t('disableLead')}
          action={setDisabled}
          submit={person.banned ? t('enable') : t('disable')}
          secondary
        >
          {[userId, { name: 'disabled', label: '', type: 'hidden', defaultValue: String(!person.banned) }]}
        </Change>
      )}
      <Change
        id="reset"
        heading={t('passwordHeading')}
        lead={t('resetLead')}
        action={resetPassword}
        submit={t('resetPassword')}
        secondary
      >
        {[userId]}
      </Change>
    </>
  );
}

/** One change to the person, under its own heading, as its own small form. */
function Change<Data extends Secret | undefined>({
  id,
  heading,
  lead,
  action,
  submit,
  secondary,
  children,
}: {
  id: string;
  heading: string;
  lead?: string;
  action: FormAction<Data>;
  submit: string;
  secondary?: boolean;
  children: FieldSpec[];
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h3">
        {heading}
      </h2>
      {lead && <p>{lead}</p>}
      <ActionForm id={id} action={action} submitLabel={submit} secondary={secondary} fields={children} />
    </section>
  );
}
