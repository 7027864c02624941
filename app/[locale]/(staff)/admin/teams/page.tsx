import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { requireRole } from '@/server/auth/session';
import { createTeam, renameTeamAction, setTeamRetiredAction } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminTeams');

export default async function TeamsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole('admin');
  const t = await getTranslations('AdminTeams');
  const a = await getTranslations('Admin');
  const teams = listTeams(getDb());
  return (
    <>
      <h1>{t('heading')}</h1>
      {teams.length === 0 ? (
        <p>{a('none')}</p>
      ) : (
        <TableScroll label={t('heading')}>
          <table className="table table--borderless">
            <thead>
              <tr>
                <th scope="col">{a('key')}</th>
                <th scope="col">{a('name')}</th>
                <th scope="col">{a('status')}</th>
                <th scope="col">{a('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.key}>
                  <td>
                    <code>{team.key}</code>
                  </td>
                  <th scope="row">{team.name}</th>
                  <td>{team.retiredAt ? a('retired') : a('active')}</td>
                  <td>
                    <form action={setTeamRetiredAction}>
                      <input type="hidden" name="key" value={team.key} />
                      <input type="hidden" name="retired" value={team.retiredAt ? 'false' : 'true'} />
                      <button type="submit" className="button button-secondary">
                        {team.retiredAt ? a('restore') : a('retire')}
                        <span className="sr-only">: {team.name}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h2>{t('createHeading')}</h2>
      <ActionForm
        id="create-team"
        action={createTeam}
        submitLabel={t('create')}
        fields={[
          { name: 'key', label: a('key'), hint: a('keyHint'), type: 'text', width: 'm' },
          { name: 'name', label: a('name'), type: 'text', width: 'l' },
        ]}
      />

      {teams.map((team) => (
        <section key={team.key} aria-labelledby={`rename-${team.key}-heading`}>
          <h2 className="h3" id={`rename-${team.key}-heading`}>
            {a('rename')}: {team.name}
          </h2>
          <ActionForm
            id={`rename-${team.key}`}
            action={renameTeamAction}
            submitLabel={a('rename')}
            secondary
            fields={[
              { name: 'key', label: '', type: 'hidden', defaultValue: team.key },
              { name: 'name', label: a('name'), type: 'text', defaultValue: team.name, width: 'l' },
            ]}
          />
        </section>
      ))}
    </>
  );
}
