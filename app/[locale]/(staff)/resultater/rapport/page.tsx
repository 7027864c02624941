import { getFormatter, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { MethodText } from '@/components/results/MethodText';
import { ResponseRate } from '@/components/results/ResponseRate';
import { FigureTable } from '@/components/results/FigureTable';
import { BreakdownSection, TrendGrid } from '@/components/results/Sections';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { requireRole } from '@/server/auth/session';
import { titleFrom } from '@/i18n/metadata';
import { Link } from '@/i18n/navigation';
import { breakdownNames } from '@/server/results/names';
import { lastCompleteQuarter, parsePeriod, quarterPeriod } from '@/lib/periods';
import { buildAllBreakdowns, buildTrend } from '@/server/results/report';
import { PrintButton } from './PrintButton';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('Report');

/** The quarterly report for the committee: one A4 document, printed or saved as PDF from the browser. */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requireRole('manager');
  const t = await getTranslations('Report');
  const r = await getTranslations('Results');
  const goalNames = await getTranslations('Goals.names');
  const survey = await getTranslations('Survey');
  const format = await getFormatter();
  const asked = (await searchParams).quarter;
  // A quarter still under way shows its complete months; one that has none yet, the last complete quarter.
  const requested =
    typeof asked === 'string' ? parsePeriod({ quarter: asked }, () => quarterPeriod(lastCompleteQuarter())) : null;
  const period = requested?.ok ? requested.period : quarterPeriod(lastCompleteQuarter());

  const db = getDb();
  const { results, breakdowns } = buildAllBreakdowns(db, period);
  const trend = buildTrend(db, period);
  const names = breakdownNames(db, locale, (key) => survey(`items.meeting_channel.options.${key}`));
  const met = results.goals.filter((goal) => goal.status === 'met').length;

  return (
    <article className="report" data-testid="report">
      <p className="no-print">
        <Link href={`/resultater?quarter=${period.label}`}>{t('back')}</Link>
      </p>
      {asked !== undefined && !requested?.ok && (
        <Alert variant="warning" heading={r('periodErrorHeading')} headingLevel="p">
          {requested?.ok === false && requested.error === 'no_complete_month'
            ? t('noCompleteMonth', { quarter: String(asked), shown: period.label })
            : t('badQuarter', { quarter: period.label })}
        </Alert>
      )}
      <header className="report-header">
        <h1>{t('heading')}</h1>
        <p className="font-lead">
          {t(period.soFar ? 'subheadingSoFar' : 'subheading', {
            quarter: period.label,
            to: format.dateTime(new Date(`${period.to}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
          })}
        </p>
        <p>
          {t('made', {
            date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }),
            count: results.responses,
          })}
        </p>
      </header>

      <p className="no-print">
        <PrintButton label={t('print')} />
      </p>

      <section aria-labelledby="summary">
        <h2 id="summary">{t('summaryHeading')}</h2>
        <p>{t('summary', { met })}</p>
        <TableScroll label={r('goalsHeading')}>
          <FigureTable
            caption={r('goalsHeading')}
            rowHeading={t('goalColumn')}
            rows={results.goals.map((goal) => ({ key: goal.key, label: goalNames(goal.key), figure: goal }))}
            testId="report-goals"
          />
        </TableScroll>
        <h3>{r('rateHeading')}</h3>
        <ResponseRate rate={results.responseRate} />
      </section>

      <section aria-labelledby="report-trend">
        <h2 id="report-trend">{r('trendHeading')}</h2>
        <p>{r('trendLead', { quarter: period.label })}</p>
        <TrendGrid trend={trend} tableOpen />
      </section>

      <BreakdownSection id="report-breakdowns" results={results} breakdowns={breakdowns} names={names} />

      <section aria-labelledby="report-method">
        <h2 id="report-method">{r('methodHeading')}</h2>
        <MethodText minCellSize={results.minCellSize} />
        <p>{r('rateMethod')}</p>
      </section>
    </article>
  );
}
