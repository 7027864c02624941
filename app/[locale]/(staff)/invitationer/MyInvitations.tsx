import { getFormatter, getTranslations } from 'next-intl/server';
import { ListCount, ListSearch, SearchSelect } from '@/components/ListSearch';
import { Pager } from '@/components/Pager';
import { getDb } from '@/db/client';
import {
  INVITATION_STATUSES,
  countOwnInvitations,
  listOwnInvitations,
  responseRate,
  type InvitationStatus,
} from '@/db/queries/follow-up';
import { periodNamer } from '@/i18n/period-names';
import { pageOf } from '@/lib/paging';
import { parseQuarter, quarterLabel, quarterOf, quarterRange, quartersUpTo } from '@/lib/periods';

const isStatus = (value: string | undefined): value is InvitationStatus =>
  (INVITATION_STATUSES as readonly string[]).includes(value ?? '');

type Props = {
  userId: string;
  query: Record<string, string | undefined>;
  groupName: (key: string) => string;
  percent: (rate: number | null) => string;
};

/**
 * "Mine invitationer": the caseworker's own, 50 a page, filtered by status and by the quarter
 * they were made in, through a plain GET form. Rows stack into label–value lines at narrow widths.
 */
export async function MyInvitations({ userId, query, groupName, percent }: Props) {
  const t = await getTranslations('Invitations');
  const format = await getFormatter();
  const names = await periodNamer();
  const db = getDb();
  const current = quarterOf();
  const own = responseRate(db, quarterRange(current), userId);

  const status = isStatus(query.status) ? query.status : undefined;
  const quarters = quartersUpTo(current, 8).reverse();
  const chosen = query.kvartal ? parseQuarter(query.kvartal) : null;
  const quarter = chosen && quarters.some((q) => quarterLabel(q) === query.kvartal) ? chosen : null;
  const filter = { status, period: quarter ? quarterRange(quarter) : undefined };
  const total = countOwnInvitations(db, userId, filter);
  const paging = pageOf(query.side, total);
  const rows = listOwnInvitations(db, userId, filter, paging);
  const anyAtAll = status || quarter ? countOwnInvitations(db, userId) > 0 : total > 0;

  const kept: Record<string, string> = {};
  if (status) kept.status = status;
  if (quarter) kept.kvartal = quarterLabel(quarter);
  const first = paging.offset + 1;

  return (
    <section aria-labelledby="mine" className="no-print">
      <h2 id="mine">{t('mineHeading')}</h2>
      {!anyAtAll ? (
        <p>{t('mineNone')}</p>
      ) : (
        <>
          <p data-testid="my-rate">
            {own.invited === 0
              ? t('mineRateNone', { quarter: names.quarter(current, true) })
              : t('mineRate', {
                  quarter: names.quarter(current, true),
                  rate: percent(own.rate),
                  answered: own.answered,
                  invited: own.invited,
                })}
          </p>
          <ListSearch resetHref="/invitationer">
            <SearchSelect
              name="status"
              label={t('status')}
              value={status ?? ''}
              options={INVITATION_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
            />
            <SearchSelect
              name="kvartal"
              label={t('createdIn')}
              value={quarter ? quarterLabel(quarter) : ''}
              options={quarters.map((q) => ({ value: quarterLabel(q), label: names.quarter(q) }))}
            />
          </ListSearch>
          <ListCount>
            {total === 0
              ? t('mineNoneMatch')
              : t('mineShowing', { first, last: first + rows.length - 1, total: total })}
          </ListCount>
          {total > 0 && (
            <table className="table table--borderless table-stack" role="table" data-testid="my-invitations">
              <caption className="sr-only">{t('mineHeading')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  {(['created', 'targetGroup', 'channel', 'status', 'reminded', 'expires'] as const).map((key) => (
                    <th key={key} scope="col" role="columnheader">
                      {t(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody role="rowgroup">
                {rows.map((invitation) => (
                  <tr key={invitation.id} role="row">
                    <td role="cell" data-label={t('created')}>
                      {format.dateTime(invitation.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                    </td>
                    <td role="cell" data-label={t('targetGroup')}>
                      {groupName(invitation.targetGroup)}
                    </td>
                    <td role="cell" data-label={t('channel')}>
                      {t(`channels.${invitation.channel}`)}
                    </td>
                    <td role="cell" data-label={t('status')}>
                      {t(`statuses.${invitation.status}`)}
                    </td>
                    <td role="cell" data-label={t('reminded')}>
                      {invitation.remindedAt ? t('yes') : t('no')}
                    </td>
                    <td role="cell" data-label={t('expires')}>
                      {format.dateTime(invitation.expiresAt, { dateStyle: 'short' })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pathname="/invitationer" query={kept} page={paging.page} pages={paging.pages} />
        </>
      )}
    </section>
  );
}
