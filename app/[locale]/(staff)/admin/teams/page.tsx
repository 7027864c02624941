import { getTranslations } from 'next-intl/server';
import { ReferenceList } from '@/components/admin/ReferenceList';
import { getDb } from '@/db/client';
import { listTeams } from '@/db/queries/reference';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { createTeam, renameTeamAction, setTeamRetiredAction } from './actions';

export const generateMetadata = titleFrom('AdminTeams');

export default async function TeamsPage({ params }: { params: Promise<{ locale: string }> }) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminTeams');
  const a = await getTranslations('Admin');
  const teams = listTeams(getDb()).map((team) => ({
    key: team.key,
    names: { name: team.name },
    retired: Boolean(team.retiredAt),
  }));
  return (
    <>
      <h1>{t('heading')}</h1>
      <ReferenceList
        label={t('heading')}
        items={teams}
        nameFields={[{ name: 'name', label: a('name') }]}
        create={{ heading: t('createHeading'), submit: t('create'), action: createTeam, id: 'create-team' }}
        rename={{ heading: (team) => `${a('rename')}: ${team.names.name}`, action: renameTeamAction }}
        retire={setTeamRetiredAction}
      />
    </>
  );
}
