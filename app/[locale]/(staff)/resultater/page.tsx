import { getFormatter, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { Distribution } from '@/components/results/Distribution';
import { GoalCards } from '@/components/results/GoalCards';
import { MethodText } from '@/components/results/MethodText';
import { ResponseRate } from '@/components/results/ResponseRate';
import { PeriodPicker } from '@/components/results/PeriodPicker';
import { BreakdownSection, TrendGrid } from '@/components/results/Sections';
import { getDb } from '@/db/client';
import { countDistribution, listComments, responseSpan } from '@/db/queries/results';
import { requireRole } from '@/server/auth/session';
import { copenhagenDate } from '@/lib/dates';
import { titleFrom } from '@/i18n/metadata';
import { Link } from '@/i18n/navigation';
import { breakdownNames } from '@/server/results/names';
import {
  quarterLabel,
  quarterOf,
  quarterOfDay,
  lastCompleteMonth,
  lastCompleteQuarter,
  parsePeriod,
  quarterPeriod,
  quartersUpTo,
  type ResultPeriod,
} from '@/lib/periods';
import { buildAllBreakdowns, buildTrend } from '@/server/results/report';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('Results');

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  await requireRole('manager');
  const t = await getTranslations('Results');
  const survey = await getTranslations('Survey');
  const format = await getFormatter();
  const query = await searchParams;
  const selected = { quarter: one(query.quarter), year: one(query.year), from: one(query.from), to: one(query.to) };
  const fallback = quarterPeriod(lastCompleteQuarter());
  const parsed = parsePeriod(selected, () => fallback);
  const db = getDb();
  const current = quarterOf();
  const span = responseSpan(db);
  const firstYear = Number((span?.first ?? copenhagenDate()).slice(0, 4));
  const years = Array.from({ length: current.year - firstYear + 1 }, (_, i) => current.year - i);
  const quarters = quartersUpTo(lastCompleteQuarter(), 4 * Math.max(2, current.year - firstYear + 1)).reverse();
  const month = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const picker = (period?: ResultPeriod) => (
    <PeriodPicker
      action={locale === 'en' ? '/en/resultater' : '/resultater'}
      quarters={quarters}
      current={current}
      years={years}
      selected={{
        quarter: period?.kind === 'quarter' ? period.label : selected.quarter,
        year: period?.kind === 'year' ? period.label : selected.year,
        from: period?.kind === 'range' ? period.from.slice(0, 7) : undefined,
        to: period?.kind === 'range' ? period.to.slice(0, 7) : undefined,
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
          {picker()}
          <Alert variant="info" heading={t('noCompleteMonthHeading')} headingLevel={3}>
            {t('noCompleteMonth', { month: month(`${lastCompleteMonth()}-01`) })}
          </Alert>
        </section>
      </>
    );
  }
  const period = parsed.ok ? parsed.period : fallback;
  const { results, breakdowns } = buildAllBreakdowns(db, period);
  const trend = buildTrend(db, period);
  const comments = listComments(db, period, results.minCellSize);
  const names = breakdownNames(db, locale, (key) => survey(`items.meeting_channel.options.${key}`));
  const periodQuery = new URLSearchParams({ from: period.from, to: period.to }).toString();
  const reportQuarter = quarterLabel(quarterOfDay(period.to));

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
              label: period.label,
              from: month(period.from),
              to: month(period.to),
            })}
          </strong>{' '}
          {t('responses', { count: results.responses })}
        </p>
      </section>

      <section aria-labelledby="goals">
        <h2 id="goals">{t('goalsHeading')}</h2>
        <GoalCards goals={results.goals} minCellSize={results.minCellSize} />
        <h3>{t('rateHeading')}</h3>
        <ResponseRate rate={results.responseRate} />
        <p className="form-hint">{t('rateMethod')}</p>
      </section>

      <section aria-labelledby="method" className="method">
        <h2 id="method">{t('methodHeading')}</h2>
        <MethodText minCellSize={results.minCellSize} />
      </section>

      <section aria-labelledby="trend">
        <h2 id="trend">{t('trendHeading')}</h2>
        <p>{t('trendLead', { quarter: trend.at(-1)!.quarter })}</p>
        <TrendGrid trend={trend} />
      </section>

      <BreakdownSection id="breakdowns" results={results} breakdowns={breakdowns} names={names} />

      {results.responses >= results.minCellSize && (
        <section aria-labelledby="distribution">
          <h2 id="distribution">{t('distributionHeading')}</h2>
          <Distribution rows={countDistribution(db, period)} />
        </section>
      )}

      <section aria-labelledby="comments">
        <h2 id="comments">{t('commentsHeading')}</h2>
        <p className="form-hint">{t('commentsNote', { min: results.minCellSize })}</p>
        {comments.length === 0 ? (
          <p>{t('commentsNone')}</p>
        ) : (
          <ul className="nobullet-list no-max-width comment-list" data-testid="comments">
            {comments.map((comment, i) => (
              <li key={i} className="comment">
                <p className="comment-meta">
                  {month(`${comment.month}-01`)}
                  {comment.targetGroup && ` · ${names.target_group[comment.targetGroup] ?? comment.targetGroup}`}
                </p>
                <p className="comment-text">{comment.comment}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">{t('exportsHeading')}</h2>
        <ul>
          <li>
            <a
              href={`/api/v1/export/results?format=xlsx&${periodQuery}&lang=${locale}`}
              data-testid="export-results-xlsx"
            >
              {t('exportResults')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/export/results?format=csv&${periodQuery}&lang=${locale}`}>{t('exportResultsCsv')}</a>
          </li>
          <li>
            <a href={`/api/v1/export/responses?format=xlsx&${periodQuery}`}>{t('exportResponses')}</a>
          </li>
          <li>
            <a href={`/api/v1/export/responses?format=csv&${periodQuery}`}>{t('exportResponsesCsv')}</a>
          </li>
          <li>
            <a href={`/api/v1/export/responses?format=xlsx&comments=1&${periodQuery}`}>{t('exportComments')}</a>
          </li>
        </ul>
        <p className="form-hint">{t('exportNote', { min: results.minCellSize })}</p>
        <p>
          <Link href={`/resultater/rapport?quarter=${reportQuarter}`} className="button button-primary">
            {t('reportLink', { quarter: reportQuarter })}
          </Link>
        </p>
      </section>
    </>
  );
}
