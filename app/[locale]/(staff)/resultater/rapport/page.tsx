import { Breadcrumbs } from '@/components/staff/Breadcrumbs';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { BreakdownTable } from '@/components/results/BreakdownTable';
import { ChangeList } from '@/components/results/ChangeList';
import { FigureTable } from '@/components/results/FigureTable';
import { Headline } from '@/components/results/Headline';
import { ResponseRate } from '@/components/results/ResponseRate';
import { TrendGrid } from '@/components/results/Sections';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { titleFrom } from '@/i18n/metadata';
import { staffPageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { periodNamer } from '@/i18n/period-names';
import { lastCompleteQuarter, parsePeriod, quarterPeriod } from '@/lib/periods';
import { staffPage } from '@/server/auth/session';
import { breakdownNames } from '@/server/results/names';
import { buildResults, buildTrend, changesFromTrend } from '@/server/results/report';
import { PrintButton } from './PrintButton';

export const generateMetadata = titleFrom('Report');

/**
 * The quarterly report for the committee, laid out for two A4 pages: the five goals, the
 * response rate and the method on the first, the trend and the target groups on the second. Printed or saved as PDF
 * from the browser; the tables behind the charts stay in the markup for screen readers.
 */
export default async function ReportPage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'manager');
  const locale = await staffPageLocale(params);
  const t = await getTranslations('Report');
  const staff = await getTranslations('Staff');
  const r = await getTranslations('Results');
  const goalNames = await getTranslations('Goals.names');
  const format = await getFormatter();
  const names = await periodNamer();
  const asked = (await searchParams).quarter;
  // A quarter still under way shows its complete months; one that has none yet, the last complete quarter.
  const requested =
    typeof asked === 'string' ? parsePeriod({ quarter: asked }, () => quarterPeriod(lastCompleteQuarter())) : null;
  const period = requested?.ok ? requested.period : quarterPeriod(lastCompleteQuarter());
  const quarterName = names.period(period);

  const db = getDb();
  // The report shows one breakdown: count only that one (the total is added up from its groups).
  const results = buildResults(db, period, 'target_group');
  const trend = buildTrend(db, period);
  const changes = changesFromTrend(trend);
  const groupNames = await breakdownNames(db, locale);

  return (
    <article className="report" data-testid="report">
      <Breadcrumbs
        trail={[{ href: `/resultater?quarter=${period.label}`, label: staff('results') }]}
        current={t('title')}
      />
      {asked !== undefined && !requested?.ok && (
        <Alert variant="warning" heading={r('periodErrorHeading')} headingLevel="p">
          {requested?.ok === false && requested.error === 'no_complete_month'
            ? t('noCompleteMonth', { quarter: String(asked), shown: quarterName })
            : t('badQuarter', { quarter: quarterName })}
        </Alert>
      )}
      <p className="no-print">
        <PrintButton label={t('print')} />
      </p>

      <section className="report-page" aria-labelledby="report-heading">
        <header className="report-header">
          <h1 id="report-heading">{t('heading')}</h1>
          <p className="font-lead">
            {t(period.soFar ? 'subheadingSoFar' : 'subheading', { quarter: quarterName, to: names.month(period.to) })}
          </p>
          <p>
            {t('made', {
              date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }),
              count: results.responses,
            })}
          </p>
        </header>
        <Headline goals={results.goals} period={quarterName} />
        <TableScroll label={r('goalsHeading')}>
          <FigureTable
            caption={r('goalsHeading')}
            rowHeading={t('goalColumn')}
            rows={results.goals.map((goal) => ({ key: goal.key, label: goalNames(goal.key), figure: goal }))}
            bars
            testId="report-goals"
          />
        </TableScroll>
        {changes && (
          <>
            <h2>{t('changesHeading')}</h2>
            <ChangeList
              goals={results.goals}
              changes={{ previous: names.quarterNamed(trend.at(-2)!.quarter), byGoal: changes }}
            />
          </>
        )}
        <h2>{r('rateHeading')}</h2>
        <ResponseRate rate={results.responseRate} />
        <h2>{r('methodHeading')}</h2>
        <p className="report-note">{t('methodShort', { min: results.minCellSize })}</p>
      </section>

      <section className="report-page report-page--second" aria-labelledby="report-trend">
        <h2 id="report-trend">{r('trendHeading')}</h2>
        <p>{r('trendLead', { quarter: quarterName })}</p>
        <TrendGrid trend={trend} table="hidden" />
        <h2>{t('groupsHeading')}</h2>
        {results.responses === 0 ? (
          <p>{r('noBreakdown')}</p>
        ) : (
          <BreakdownTable
            by="target_group"
            groups={results.breakdown!.groups}
            names={groupNames.target_group}
            compact
          />
        )}
        <p className="report-note">
          {t('iconLegend')} {r('hiddenNote', { min: results.minCellSize })}
        </p>
      </section>
    </article>
  );
}
