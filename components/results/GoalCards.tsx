import { useFormatter, useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';
import { ChangeText, type Changes } from './ChangeText';
import { StatusText } from './Status';
import { ThresholdBar } from './ThresholdBar';
import { oneDecimal } from './format';

/** The five goals for the period: percentage against the threshold, interval, n, status, and the change. */
export function GoalCards({
  goals,
  minCellSize,
  changes,
}: {
  goals: GoalFigure[];
  minCellSize: number;
  changes?: Changes;
}) {
  const t = useTranslations('Results');
  const names = useTranslations('Goals.names');
  const format = useFormatter();
  const number = (value: number) => format.number(value, oneDecimal);
  return (
    <ul className="nobullet-list no-max-width goal-cards" data-testid="goal-cards">
      {goals.map((goal) => {
        return (
          <li key={goal.key} className={`goal-card goal-card--${goal.status}`} data-goal={goal.key}>
            <h3 className="goal-card-name">{names(goal.key)}</h3>
            <p className="goal-card-percent" data-testid={`percent-${goal.key}`}>
              {goal.percent === null
                ? t('noPercent', { min: minCellSize })
                : t('percent', { value: number(goal.percent) })}
            </p>
            <ThresholdBar figure={goal} />
            <p className="goal-card-status">
              <StatusText figure={goal} />
            </p>
            <ul className="goal-card-facts">
              <li>{t('threshold', { value: goal.threshold })}</li>
              {goal.ci95 && <li>{t('interval', { lo: number(goal.ci95[0]), hi: number(goal.ci95[1]) })}</li>}
              <li data-testid={`n-${goal.key}`}>{t('n', { n: goal.n })}</li>
              {changes && (
                <li data-testid={`change-${goal.key}`}>
                  <ChangeText change={changes.byGoal[goal.key]} previous={changes.previous} />
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
