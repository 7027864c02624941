import { ReferenceCreate } from '@/components/admin/ReferenceCreate';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { createTeam } from '../actions';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminNewTeam');

export default async function NewTeamPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  return <ReferenceCreate kind="team" action={createTeam} />;
}
