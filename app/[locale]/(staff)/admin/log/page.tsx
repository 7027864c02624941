import { getFormatter, getTranslations } from 'next-intl/server';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { searchAudit, type AuditAction } from '@/db/queries/audit';
import { requireRole } from '@/server/auth/session';
import { copenhagenMidnight } from '@/lib/dates';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminAudit');

type Search = { fra?: string; til?: string; person?: string };
const isDate = (value: string | undefined): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  await pageLocale(params);
  await requireRole('admin');
  const t = await getTranslations('AdminAudit');
  const format = await getFormatter();
  const { fra, til, person } = await searchParams;
  const entries = searchAudit(getDb(), {
    from: isDate(fra) ? copenhagenMidnight(fra) : undefined,
    to: isDate(til) ? copenhagenMidnight(til, 1) : undefined,
    person: person?.trim() || undefined,
  });
  return (
    <>
      <h1>{t('heading')}</h1>
      <form method="get" className="audit-search">
        <div className="form-group">
          <label className="form-label" htmlFor="fra">
            {t('from')}
          </label>
          <span className="form-hint" id="fra-hint">
            {t('dateHint')}
          </span>
          <input
            className="form-input input-width-s"
            id="fra"
            name="fra"
            type="date"
            defaultValue={fra}
            aria-describedby="fra-hint"
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="til">
            {t('to')}
          </label>
          <span className="form-hint" id="til-hint">
            {t('dateHint')}
          </span>
          <input
            className="form-input input-width-s"
            id="til"
            name="til"
            type="date"
            defaultValue={til}
            aria-describedby="til-hint"
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="person">
            {t('person')}
          </label>
          <input className="form-input input-width-l" id="person" name="person" type="text" defaultValue={person} />
        </div>
        <button type="submit" className="button button-primary">
          {t('search')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p>{t('noEntries')}</p>
      ) : (
        <TableScroll label={t('heading')}>
          <table className="table table--borderless">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('target')}</th>
                <th scope="col">{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{format.dateTime(entry.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td>{entry.actorEmail ?? '–'}</td>
                  <td>{t(`actions.${entry.action as AuditAction}`)}</td>
                  <td>{entry.target ?? ''}</td>
                  <td>
                    <code className="audit-details">{entry.details ?? ''}</code>
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
