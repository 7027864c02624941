import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { CommentList } from '@/components/results/CommentList';
import { Distribution } from '@/components/results/Distribution';
import { ExportLinks } from '@/components/results/ExportLinks';
import { GoalCards } from '@/components/results/GoalCards';
import { Headline } from '@/components/results/Headline';
import { MethodText } from '@/components/results/MethodText';
import { PeriodPicker } from '@/components/results/PeriodPicker';
import { ResponseRate } from '@/components/results/ResponseRate';
import { BreakdownSection, TrendGrid } from '@/components/results/Sections';
import { getDb } from '@/db/client';
import { queryOf } from '@/lib/search-params';
import { countDistribution, listComments, responseSpan } from '@/db/queries/results';
import { titleFrom } from '@/i18n/metadata';
import { Link } from '@/i18n/navigation';
import { periodNamer } from '@/i18n/period-names';
import { copenhagenDate } from '@/lib/dates';
import {
  chosenPeriod,
  lastCompleteMonth,
  lastCompleteQuarter,
  parsePeriod,
  quarterLabel,
  quarterOf,
  quarterOfDay,
  quarterPeriod,
  quartersUpTo,
  type ResultPeriod,
} from '@/lib/periods';
import { staffPage } from '@/server/auth/session';
import { breakdownNames } from '@/server/results/names';
import { buildAllBreakdowns, buildTrend, changesFromTrend } from '@/server/results/report';
import { staffPageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { localePrefix } from '@/lib/locales';

export const generateMetadata = titleFrom('Results');

export default async function ResultsPage({ params, searchParams }: LocalePageProps) {
  await staffPage(params, 'manager');
  const locale = await staffPageLocale(params);
  const t = await getTranslations('Results');
  const names = await periodNamer();
  const query = await queryOf(searchParams);
  const fallback = quarterPeriod(lastCompleteQuarter());
  const parsed = parsePeriod(chosenPeriod(query), () => fallback);
  const db = getDb();

  // The picker: the running quarter (its complete months) first, then eight years of quarters back.
  const current = quarterOf();
  const firstYear = Number((responseSpan(db)?.first ?? copenhagenDate()).slice(0, 4));
  const quarters = [
    { quarter: current, name: names.quarter(current, true) },
    ...quartersUpTo(lastCompleteQuarter(), 4 * Math.max(2, current.year - firstYear + 1))
      .reverse()
      .map((quarter) => ({ quarter, name: names.quarter(quarter) })),
  ];
  const years = Array.from({ length: current.year - firstYear + 1 }, (_, i) => current.year - i);
  const picker = (period: ResultPeriod) => (
    <PeriodPicker
      action={`${localePrefix(locale)}/resultater`}
      quarters={quarters}
      years={years}
      shown={{
        kind: period.kind === 'range' && period.from.slice(0, 7) === period.to.slice(0, 7) ? 'month' : period.kind,
        quarter: quarterLabel(quarterOfDay(period.to)),
        year: period.to.slice(0, 4),
        month: period.to.slice(0, 7),
        from: period.from.slice(0, 7),
        to: period.to.slice(0, 7),
      }}
    />
  );

  // The first month of a quarter or year: none of it has ended, so there is nothing to show yet.
  if (!parsed.ok && parsed.error === 'no_complete_month') {
    return (
      <>
        <h1>{t('heading')}</h1>
        <section aria-labelledby="period">
          <h2 id="period">{t('periodHeading')}</h2>
          {picker(fallback)}
          <Alert variant="info" heading={t('noCompleteMonthHeading')} headingLevel={3}>
            {t('noCompleteMonth', { month: names.month(`${lastCompleteMonth()}-01`) })}
          </Alert>
        </section>
      </>
    );
  }
  const period = parsed.ok ? parsed.period : fallback;
  const periodName = names.period(period);
  const { results, breakdowns } = buildAllBreakdowns(db, period);
  const trend = buildTrend(db, period);
  const changes = period.kind === 'quarter' ? changesFromTrend(trend) : null;
  const groupNames = await breakdownNames(db, locale);
  const reportQuarter = quarterOfDay(period.to);

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead')}</p>

      <section aria-labelledby="period">
        <h2 id="period">{t('periodHeading')}</h2>
        {!parsed.ok && (
          <Alert variant="error" heading={t('periodErrorHeading')} headingLevel={3}>
            {t(`periodErrors.${parsed.error}`)}
          </Alert>
        )}
        {picker(period)}
        <p className="period-shown" data-testid="period-shown">
          <strong>
            {t(period.soFar ? 'periodShownSoFar' : 'periodShown', {
              label: periodName,
              from: names.month(period.from),
              to: names.month(period.to),
            })}
          </strong>{' '}
          {t('responses', { count: results.responses })}
        </p>
      </section>

      <section aria-labelledby="goals">
        <h2 id="goals">{t('goalsHeading')}</h2>
        <Headline goals={results.goals} period={periodName} />
        <GoalCards
          goals={results.goals}
          minCellSize={results.minCellSize}
          changes={changes ? { previous: names.quarterNamed(trend.at(-2)!.quarter), byGoal: changes } : undefined}
        />
        <h3>{t('rateHeading')}</h3>
        <ResponseRate rate={results.responseRate} />
        <p className="form-hint">{t('rateMethod')}</p>
      </section>

      <section aria-labelledby="trend">
        <h2 id="trend">{t('trendHeading')}</h2>
        <p>{t('trendLead', { quarter: names.quarterNamed(trend.at(-1)!.quarter, trend.at(-1)!.soFar) })}</p>
        <TrendGrid trend={trend} />
      </section>

      <section aria-labelledby="method" className="method">
        <details>
          <summary>
            <h2 id="method" className="h3 method-summary">
              {t('methodSummary')}
            </h2>
          </summary>
          <MethodText minCellSize={results.minCellSize} />
          <p>{t('rateMethod')}</p>
        </details>
      </section>

      <BreakdownSection id="breakdowns" results={results} breakdowns={breakdowns} names={groupNames} />

      {results.responses >= results.minCellSize && (
        <section aria-labelledby="distribution">
          <h2 id="distribution">{t('distributionHeading')}</h2>
          <Distribution rows={countDistribution(db, period)} />
        </section>
      )}

      <section aria-labelledby="comments">
        <h2 id="comments">{t('commentsHeading')}</h2>
        <p className="form-hint">{t('commentsNote', { min: results.minCellSize })}</p>
        <CommentList comments={listComments(db, period, results.minCellSize)} groupNames={groupNames.target_group} />
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">{t('exportsHeading')}</h2>
        <ExportLinks period={period} locale={locale} minCellSize={results.minCellSize} />
        <p>
          <Link href={`/resultater/rapport?quarter=${quarterLabel(reportQuarter)}`} className="button button-primary">
            {t('reportLink', { quarter: names.quarter(reportQuarter) })}
          </Link>
        </p>
      </section>
    </>
  );
}
