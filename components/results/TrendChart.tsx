import { useTranslations } from 'next-intl';
import type { GoalKey } from '@/lib/survey/definition';
import type { TrendPoint } from '@/lib/results/types';
import { parseQuarter } from '@/lib/periods';
import { FigureTable } from './FigureTable';

const WIDTH = 320;
const HEIGHT = 170;
const PAD = { left: 34, right: 20, top: 10, bottom: 40 };

/**
 * One goal over the quarters as server-rendered SVG: a line through the quarters
 * with enough answers, the threshold dashed, and the same figures in a table for
 * screen readers and anyone who prefers numbers.
 */
export function TrendChart({
  goal,
  points,
  headingLevel = 3,
  table = 'details',
}: {
  goal: GoalKey;
  points: TrendPoint[];
  headingLevel?: 3 | 4;
  /** `details`: behind "show the figures as a table"; `hidden`: for screen readers only (the printed report). */
  table?: 'details' | 'hidden';
}) {
  const t = useTranslations('Results');
  const periods = useTranslations('Periods');
  const quarterName = (label: string, soFar = false) => {
    const parsed = parseQuarter(label);
    return parsed ? periods(soFar ? 'quarterSoFar' : 'quarter', parsed) : label;
  };
  const names = useTranslations('Goals.names');
  const index = points[0]?.goals.findIndex((g) => g.key === goal) ?? 0;
  const series = points.map((point) => ({ quarter: point.quarter, soFar: point.soFar, figure: point.goals[index]! }));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (series.length === 1 ? plotW / 2 : (i * plotW) / (series.length - 1));
  const y = (percent: number) => PAD.top + plotH - (percent / 100) * plotH;
  const name = names(goal);
  const Heading = `h${headingLevel}` as const;

  // Lines join neighbouring quarters that both have a figure.
  const segments: string[] = [];
  series.forEach((point, i) => {
    const previous = series[i - 1];
    if (i > 0 && previous?.figure.percent != null && point.figure.percent != null) {
      segments.push(`M${x(i - 1)},${y(previous.figure.percent)}L${x(i)},${y(point.figure.percent)}`);
    }
  });
  const thresholdPath = series.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(point.figure.threshold)}`).join('');

  const figureTable = (
    <FigureTable
      caption={t('trendTable', { goal: name })}
      rowHeading={t('quarterColumn')}
      rows={series.map(({ quarter, soFar, figure }) => ({ key: quarter, label: quarterName(quarter, soFar), figure }))}
      shortStatus
      compact
    />
  );

  return (
    <figure className="trend" data-goal={goal}>
      <Heading className="trend-heading">{name}</Heading>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="trend-chart"
        role="img"
        aria-label={t('trendImage', {
          goal: name,
          first: quarterName(series[0]?.quarter ?? ''),
          last: quarterName(series.at(-1)?.quarter ?? ''),
        })}
      >
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="trend-grid" />
            <text x={PAD.left - 4} y={y(tick) + 4} textAnchor="end" className="trend-label">
              {tick} %
            </text>
          </g>
        ))}
        <path d={thresholdPath} className="trend-threshold" />
        {segments.map((d) => (
          <path key={d} d={d} className="trend-line" />
        ))}
        {series.map((point, i) =>
          point.figure.percent == null ? null : (
            <circle
              key={point.quarter}
              cx={x(i)}
              cy={y(point.figure.percent)}
              r={3.5}
              className={`trend-point trend-point--${point.figure.status}`}
            />
          ),
        )}
        {series.map((point, i) => {
          const parsed = parseQuarter(point.quarter);
          if (!parsed) return null;
          return (
            <text key={point.quarter} x={x(i)} y={HEIGHT - 22} textAnchor="middle" className="trend-label">
              {periods('quarterAxis', parsed)}
              {(i === 0 || parsed.quarter === 1) && (
                <tspan x={x(i)} dy={12}>
                  {parsed.year}
                </tspan>
              )}
            </text>
          );
        })}
      </svg>
      {table === 'details' ? (
        <details className="trend-details">
          <summary>{t('trendTableSummary')}</summary>
          {figureTable}
        </details>
      ) : (
        <div className="sr-only">{figureTable}</div>
      )}
    </figure>
  );
}
