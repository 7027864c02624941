import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { DataTable, RowButton } from '@/components/DataTable';
import { getDb } from '@/db/client';
import { listApiTokens } from '@/db/queries/api-tokens';
import { staffPage } from '@/server/auth/session';
import { createToken, revokeToken } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { IDLE_TOKEN_DAYS, idleTokenSince } from '@/lib/admin-lists';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminApiTokens');

export default async function ApiTokensPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('AdminApiTokens');
  const a = await getTranslations('Admin');
  const format = await getFormatter();
  const tokens = listApiTokens(getDb(), idleTokenSince(new Date()));
  const status = (token: (typeof tokens)[number]) =>
    token.revokedAt ? t('revoked') : token.idle ? t('idle', { days: IDLE_TOKEN_DAYS }) : a('active');
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' }) : t('never');
  return (
    <>
      <AdminHeader heading={t('heading')} lead={t('lead')} />
      <ActionForm
        id="create-token"
        action={createToken}
        submitLabel={t('create')}
        fields={[{ name: 'name', label: t('name'), hint: t('nameHint'), type: 'text', width: 'l' }]}
      />
      <DataTable
        label={t('heading')}
        rows={tokens}
        rowKey={(token) => token.id}
        empty={a('none')}
        columns={[
          { header: t('name'), cell: (token) => token.name, rowHeader: true },
          {
            header: t('createdAt'),
            cell: (token) => `${when(token.createdAt)}${token.createdBy ? `, ${token.createdBy}` : ''}`,
          },
          { header: t('lastUsed'), cell: (token) => when(token.lastUsedAt) },
          { header: a('status'), cell: status },
          {
            header: a('actions'),
            cell: (token) =>
              !token.revokedAt && (
                <RowButton action={revokeToken} fields={{ id: token.id }} label={t('revoke')} rowName={token.name} />
              ),
          },
        ]}
      />
    </>
  );
}
