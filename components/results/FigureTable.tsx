import { useFormatter, useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';
import { StatusText } from './Status';
import { ThresholdBar } from './ThresholdBar';
import { oneDecimal } from './format';

type Props = {
  caption: string;
  /** The heading of the first column, whose cells name each row (a goal, a quarter). */
  rowHeading: string;
  rows: { key: string; label: string; figure: GoalFigure }[];
  shortStatus?: boolean;
  compact?: boolean;
  /** Each percentage with its bar against the threshold (the printed report). */
  bars?: boolean;
  testId?: string;
};

/** Figures as a table: percentage, interval, n, threshold and status for each row. */
export function FigureTable({
  caption,
  rowHeading,
  rows,
  shortStatus = false,
  compact = false,
  bars = false,
  testId,
}: Props) {
  const t = useTranslations('Results');
  const format = useFormatter();
  const number = (value: number) => format.number(value, oneDecimal);
  return (
    <table className={`table table--borderless${compact ? ' table--compact' : ''}`} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="numeric">
            {t('percentColumn')}
          </th>
          <th scope="col">{t('intervalColumn')}</th>
          <th scope="col" className="numeric">
            {t('nColumn')}
          </th>
          <th scope="col" className="numeric">
            {t('thresholdColumn')}
          </th>
          <th scope="col">{t('statusColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, figure }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className={bars ? 'numeric figure-with-bar' : 'numeric'}>
              {figure.percent === null ? '–' : t('percent', { value: number(figure.percent) })}
              {bars && <ThresholdBar figure={figure} />}
            </td>
            <td>{figure.ci95 ? `${number(figure.ci95[0])}–${number(figure.ci95[1])}` : '–'}</td>
            <td className="numeric">{figure.n}</td>
            <td className="numeric">{t('percent', { value: figure.threshold })}</td>
            <td>
              <StatusText figure={figure} short={shortStatus} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
