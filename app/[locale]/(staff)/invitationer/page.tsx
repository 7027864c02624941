import { getFormatter, getTranslations } from 'next-intl/server';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { responseRateBy } from '@/db/queries/follow-up';
import { listTargetGroups, listTeams } from '@/db/queries/reference';
import { getSettings } from '@/db/queries/settings';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '@/server/auth/session';
import { titleFrom } from '@/i18n/metadata';
import { quarterOf, quarterRange } from '@/lib/periods';
import { periodNamer } from '@/i18n/period-names';
import { queryOf } from '@/lib/search-params';
import { MyInvitations } from './MyInvitations';
import { LatestResult } from './latest-result';
import { batchTemplate } from '@/lib/batch';
import { ActionForm } from '@/components/forms/ActionForm';
import { mailConfigured } from '@/server/mail/transport';
import { createInvitation, markPrinted, sendRemindersNow } from './actions';
import { InvitationCreator } from './InvitationCreator';
import { createBatch } from './batch-actions';
import { BatchCreator } from './BatchCreator';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('Invitations');

export default async function InvitationsPage({ params, searchParams }: LocalePageProps) {
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
  // One decimal always, so that rates side by side read alike ("50,0 %" beside "22,2 %").
  const percent = (rate: number | null) =>
    rate === null ? '–' : format.number(rate, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const names = await periodNamer();
  const isManager = hasRole(user.role, 'manager');
  const settings = getSettings(db);
  const m = await getTranslations('InvitationEmail');
  const b = await getTranslations('Batch');

  return (
    <>
      <h1 className="no-print">{t('heading')}</h1>
      <LatestResult>
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
          <BatchCreator
            action={createBatch}
            groups={groups}
            teams={teams}
            defaultTeam={user.team ?? ''}
            template={batchTemplate({ group: groups[0]?.value, team: teams[0]?.value, email: mailConfigured() })}
          />
        </section>
      </LatestResult>

      <MyInvitations
        userId={user.id}
        query={await queryOf(searchParams)}
        groupName={(key) => groupName.get(key) ?? key}
        percent={percent}
      />

      {isManager && mailConfigured() && (
        <section aria-labelledby="reminders" className="no-print">
          <h2 id="reminders">{m('remindersHeading')}</h2>
          <p>{m('remindersText', { days: settings.reminderDays })}</p>
          <ActionForm id="reminders" action={sendRemindersNow} fields={[]} submitLabel={m('sendReminders')} secondary />
        </section>
      )}

      {isManager && (
        <section aria-labelledby="rates" className="no-print">
          <h2 id="rates">{t('ratesHeading', { quarter: names.quarter(quarter, true) })}</h2>
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
