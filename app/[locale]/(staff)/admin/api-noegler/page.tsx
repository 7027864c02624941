import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { listApiTokens } from '@/db/queries/api-tokens';
import { requireRole } from '@/server/auth/session';
import { createToken, revokeToken } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminApiTokens');

export default async function ApiTokensPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole('admin');
  const t = await getTranslations('AdminApiTokens');
  const a = await getTranslations('Admin');
  const format = await getFormatter();
  const tokens = listApiTokens(getDb());
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' }) : t('never');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('lead')}</p>
      <ActionForm
        id="create-token"
        action={createToken}
        submitLabel={t('create')}
        fields={[{ name: 'name', label: t('name'), hint: t('nameHint'), type: 'text', width: 'l' }]}
      />
      {tokens.length === 0 ? (
        <p>{a('none')}</p>
      ) : (
        <TableScroll label={t('heading')}>
          <table className="table table--borderless">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('createdAt')}</th>
                <th scope="col">{t('lastUsed')}</th>
                <th scope="col">{a('status')}</th>
                <th scope="col">{a('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>
                    {when(token.createdAt)}
                    {token.createdBy ? `, ${token.createdBy}` : ''}
                  </td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td>{token.revokedAt ? t('revoked') : a('active')}</td>
                  <td>
                    {!token.revokedAt && (
                      <form action={revokeToken}>
                        <input type="hidden" name="id" value={token.id} />
                        <button type="submit" className="button button-secondary">
                          {t('revoke')}
                          <span className="sr-only">: {token.name}</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
