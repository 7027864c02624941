import { getFormatter, getTranslations } from 'next-intl/server';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { invitationStatus, listOwnInvitations, responseRate, responseRateBy } from '@/db/queries/follow-up';
import { listTargetGroups, listTeams } from '@/db/queries/reference';
import { getSettings } from '@/db/queries/settings';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '@/server/auth/session';
import { titleFrom } from '@/i18n/metadata';
import { quarterLabel, quarterOf, quarterRange } from '@/lib/periods';
import { ActionForm } from '@/components/forms/ActionForm';
import { mailConfigured } from '@/server/mail/transport';
import { createInvitation, markPrinted, sendRemindersNow } from './actions';
import { InvitationCreator } from './InvitationCreator';
import { createBatch } from './batch-actions';
import { BatchCreator } from './BatchCreator';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('Invitations');

export default async function InvitationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole('caseworker');
  const t = await getTranslations('Invitations');
  const format = await getFormatter();
  const db = getDb();
  const groups = listTargetGroups(db, { activeOnly: true }).map((g) => ({
    value: g.key,
    label: locale === 'en' ? g.nameEn : g.nameDa,
  }));
  const teams = listTeams(db, { activeOnly: true }).map((team) => ({ value: team.key, label: team.name }));
  const groupName = new Map(listTargetGroups(db).map((g) => [g.key, locale === 'en' ? g.nameEn : g.nameDa]));
  const teamName = new Map(listTeams(db).map((team) => [team.key, team.name]));
  const quarter = quarterOf();
  const period = quarterRange(quarter);
  const mine = listOwnInvitations(db, user.id);
  const own = responseRate(db, period, user.id);
  const percent = (rate: number | null) =>
    rate === null ? '–' : format.number(rate, { style: 'percent', maximumFractionDigits: 1 });
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'short', timeStyle: 'short' });
  const isManager = hasRole(user.role, 'manager');
  const settings = getSettings(db);
  const m = await getTranslations('InvitationEmail');
  const b = await getTranslations('Batch');

  return (
    <>
      <h1 className="no-print">{t('heading')}</h1>
      <section aria-labelledby="new-invitation" className="invitation-new">
        <h2 id="new-invitation" className="no-print">
          {t('newHeading')}
        </h2>
        <InvitationCreator
          action={createInvitation}
          markPrinted={markPrinted}
          groups={groups}
          teams={teams}
          defaultTeam={user.team ?? ''}
          defaultExpiryDays={settings.tokenExpiryDays}
          mailEnabled={mailConfigured()}
        />
      </section>

      <section aria-labelledby="batch" className="no-print">
        <h2 id="batch">{b('heading')}</h2>
        <p>{b('lead')}</p>
        <BatchCreator action={createBatch} groups={groups} />
      </section>

      <section aria-labelledby="mine" className="no-print">
        <h2 id="mine">{t('mineHeading')}</h2>
        <p>
          {own.invited === 0
            ? t('mineRateNone', { quarter: quarterLabel(quarter) })
            : t('mineRate', {
                quarter: quarterLabel(quarter),
                rate: percent(own.rate),
                answered: own.answered,
                invited: own.invited,
              })}
        </p>
        {mine.length === 0 ? (
          <p>{t('mineNone')}</p>
        ) : (
          <TableScroll label={t('mineHeading')}>
            <table className="table table--borderless" data-testid="my-invitations">
              <thead>
                <tr>
                  <th scope="col">{t('created')}</th>
                  <th scope="col">{t('targetGroup')}</th>
                  <th scope="col">{t('channel')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('reminded')}</th>
                  <th scope="col">{t('expires')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((invitation) => (
                  <tr key={invitation.id}>
                    <td>{when(invitation.createdAt)}</td>
                    <td>{groupName.get(invitation.targetGroup) ?? invitation.targetGroup}</td>
                    <td>{t(`channels.${invitation.channel}`)}</td>
                    <td>{t(`statuses.${invitationStatus(invitation)}`)}</td>
                    <td>{invitation.remindedAt ? t('yes') : t('no')}</td>
                    <td>{format.dateTime(invitation.expiresAt, { dateStyle: 'short' })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {isManager && mailConfigured() && (
        <section aria-labelledby="reminders" className="no-print">
          <h2 id="reminders">{m('remindersHeading')}</h2>
          <p>{m('remindersText', { days: settings.reminderDays })}</p>
          <ActionForm id="reminders" action={sendRemindersNow} fields={[]} submitLabel={m('sendReminders')} secondary />
        </section>
      )}

      {isManager && (
        <section aria-labelledby="rates" className="no-print">
          <h2 id="rates">{t('ratesHeading', { quarter: quarterLabel(quarter) })}</h2>
          {(['team', 'target_group'] as const).map((by) => (
            <TableScroll key={by} label={by === 'team' ? t('byTeam') : t('byGroup')}>
              <table className="table table--borderless">
                <caption>{by === 'team' ? t('byTeam') : t('byGroup')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{by === 'team' ? t('team') : t('targetGroup')}</th>
                    <th scope="col">{t('invited')}</th>
                    <th scope="col">{t('answered')}</th>
                    <th scope="col">{t('rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {responseRateBy(db, period, by).map((row) => (
                    <tr key={row.value ?? '-'}>
                      <th scope="row">
                        {row.value === null
                          ? t('noTeam')
                          : by === 'team'
                            ? (teamName.get(row.value) ?? row.value)
                            : (groupName.get(row.value) ?? row.value)}
                      </th>
                      <td>{row.invited}</td>
                      <td>{row.answered}</td>
                      <td>{percent(row.rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
        </section>
      )}
    </>
  );
}
