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

/** Each goal's trend over the quarters, side by side; the tables open in the printed report. */
export function TrendGrid({ trend, tableOpen = false }: { trend: TrendPoint[]; tableOpen?: boolean }) {
  return (
    <div className="trend-grid-layout">
      {GOALS.map((goal) => (
        <TrendChart key={goal.key} goal={goal.key} points={trend} tableOpen={tableOpen} />
      ))}
    </div>
  );
}
