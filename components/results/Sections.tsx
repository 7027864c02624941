import { useTranslations } from 'next-intl';
import { GOALS } from '@/lib/goals';
import type { Breakdown, Results, TrendPoint } from '@/lib/results/types';
import { BreakdownTable } from './BreakdownTable';
import { TrendChart } from './TrendChart';

/** Every breakdown's table, with the note on hidden cells; on the dashboard and in the report. */
export function BreakdownSection({
  id,
  results,
  breakdowns,
  names,
}: {
  id: string;
  results: Results;
  breakdowns: NonNullable<Results['breakdown']>[];
  names: Record<Breakdown, Record<string, string>>;
}) {
  const t = useTranslations('Results');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('breakdownHeading')}</h2>
      <p>{t('hiddenNote', { min: results.minCellSize })}</p>
      {results.responses === 0 ? (
        <p>{t('noBreakdown')}</p>
      ) : (
        breakdowns.map((breakdown) => (
          <BreakdownTable key={breakdown.by} by={breakdown.by} groups={breakdown.groups} names={names[breakdown.by]} />
        ))
      )}
    </section>
  );
}

/** Each goal's trend over the quarters, side by side, with what the points and lines mean. */
export function TrendGrid({ trend, table = 'details' }: { trend: TrendPoint[]; table?: 'details' | 'hidden' }) {
  return (
    <>
      <TrendLegend />
      <div className="trend-grid-layout">
        {GOALS.map((goal) => (
          <TrendChart key={goal.key} goal={goal.key} points={trend} table={table} />
        ))}
      </div>
    </>
  );
}

/** The trend's point styles in words, each beside a sample of itself: shape, never colour alone. */
function TrendLegend() {
  const t = useTranslations('Results');
  const sample = (children: React.ReactNode) => (
    <svg className="trend-legend-sample" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  return (
    <ul className="nobullet-list trend-legend" data-testid="trend-legend">
      <li>
        {sample(<circle cx="12" cy="6" r="4" className="trend-point trend-point--met" />)} {t('legendMet')}
      </li>
      <li>
        {sample(<circle cx="12" cy="6" r="4" className="trend-point trend-point--not_met" />)} {t('legendNotMet')}
      </li>
      <li>
        {sample(<path d="M0,6L24,6" className="trend-threshold" />)} {t('legendThreshold')}
      </li>
    </ul>
  );
}
