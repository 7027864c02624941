import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/DataTable';
import { describedBy, FieldFrame } from '@/components/forms/Field';
import { getDb } from '@/db/client';
import { searchAudit, type AuditAction } from '@/db/queries/audit';
import { staffPage } from '@/server/auth/session';
import { copenhagenMidnight } from '@/lib/dates';
import { titleFrom } from '@/i18n/metadata';

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
  await staffPage(params, 'admin');
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
        {(['fra', 'til'] as const).map((name) => (
          <FieldFrame key={name} id={name} label={t(name === 'fra' ? 'from' : 'to')} hint={t('dateHint')}>
            <input
              className="form-input input-width-s"
              id={name}
              name={name}
              type="date"
              defaultValue={name === 'fra' ? fra : til}
              aria-describedby={describedBy(name, t('dateHint'))}
            />
          </FieldFrame>
        ))}
        <FieldFrame id="person" label={t('person')}>
          <input className="form-input input-width-l" id="person" name="person" type="text" defaultValue={person} />
        </FieldFrame>
        <button type="submit" className="button button-primary">
          {t('search')}
        </button>
      </form>
      <DataTable
        label={t('heading')}
        rows={entries}
        rowKey={(entry) => entry.id}
        empty={t('noEntries')}
        columns={[
          {
            header: t('when'),
            cell: (entry) => format.dateTime(entry.at, { dateStyle: 'short', timeStyle: 'medium' }),
          },
          { header: t('who'), cell: (entry) => entry.actorEmail ?? '–' },
          { header: t('what'), cell: (entry) => t(`actions.${entry.action as AuditAction}`) },
          { header: t('target'), cell: (entry) => entry.target ?? '' },
          { header: t('details'), cell: (entry) => <code className="audit-details">{entry.details ?? ''}</code> },
        ]}
      />
    </>
  );
}
