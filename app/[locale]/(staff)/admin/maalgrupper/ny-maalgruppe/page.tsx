import { ReferenceCreate } from '@/components/admin/ReferenceCreate';
import { titleFrom } from '@/i18n/metadata';
import { staffPage } from '@/server/auth/session';
import { createTargetGroup } from '../actions';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminNewTargetGroup');

export default async function NewTargetGroupPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  return <ReferenceCreate kind="targetGroup" action={createTargetGroup} />;
}
