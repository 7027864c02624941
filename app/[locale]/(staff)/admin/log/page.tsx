import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/DataTable';
import { describedBy, FieldFrame } from '@/components/forms/Field';
import { getDb, type Db } from '@/db/client';
import { listApiTokens } from '@/db/queries/api-tokens';
import { searchAudit } from '@/db/queries/audit';
import { breakdownNames } from '@/server/results/names';
import { staffPage } from '@/server/auth/session';
import { describeAuditEntry, type AuditNames } from '@/lib/audit-entry';
import { copenhagenMidnight } from '@/lib/dates';
import { staffLocaleOf, type StaffLocale } from '@/lib/locales';
import { titleFrom } from '@/i18n/metadata';
import { periodNamer } from '@/i18n/period-names';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminAudit');

type Search = { fra?: string; til?: string; person?: string };
const isDate = (value: string | undefined): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

export default async function AuditLogPage({ params, searchParams }: LocalePageProps<Search>) {
  await staffPage(params, 'admin');
  const locale = staffLocaleOf(await getLocale());
  const t = await getTranslations('AdminAudit');
  const format = await getFormatter();
  const { fra, til, person } = await searchParams;
  const db = getDb();
  const found = searchAudit(db, {
    from: isDate(fra) ? copenhagenMidnight(fra) : undefined,
    to: isDate(til) ? copenhagenMidnight(til, 1) : undefined,
    person: person?.trim() || undefined,
  });
  const names = await auditNames(db, locale);
  const entries = found.map((entry) => ({ ...entry, text: describeAuditEntry(entry, locale, names) }));
  return (
    <>
      <AdminHeader heading={t('heading')} />
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
          { header: t('who'), cell: (entry) => entry.text.who },
          { header: t('what'), cell: (entry) => entry.text.what },
          { header: t('target'), cell: (entry) => entry.text.target },
          {
            header: t('details'),
            cell: ({ text }) =>
              text.details.length > 0 && (
                <dl className="audit-details">
                  {text.details.map((detail, i) => (
                    <div key={i}>
                      <dt>{detail.label}:</dt> <dd>{detail.value}</dd>
                    </div>
                  ))}
                </dl>
              ),
          },
        ]}
      />
    </>
  );
}

/** What the log names instead of keys: groups, teams and API tokens as they are called now, periods in words. */
async function auditNames(db: Db, locale: StaffLocale): Promise<AuditNames> {
  const names = await breakdownNames(db, locale);
  const tokens = new Map(listApiTokens(db).map((token) => [String(token.id), token.name]));
  const periods = await periodNamer();
  return {
    targetGroup: (key) => names.target_group[key],
    team: (key) => names.team[key],
    apiToken: (id) => tokens.get(id),
    period: periods.period,
  };
}
