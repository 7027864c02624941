import { useFormatter, useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';
import { StatusText } from './Status';
import { oneDecimal } from './format';

/** The five goals for the period: percentage, interval, n, threshold and status. */
export function GoalCards({ goals, minCellSize }: { goals: GoalFigure[]; minCellSize: number }) {
  const t = useTranslations('Results');
  const names = useTranslations('Goals.names');
  const format = useFormatter();
  const number = (value: number) => format.number(value, oneDecimal);
  return (
    <ul className="nobullet-list no-max-width goal-cards" data-testid="goal-cards">
      {goals.map((goal) => (
        <li key={goal.key} className={`goal-card goal-card--${goal.status}`} data-goal={goal.key}>
          <h3 className="goal-card-name">{names(goal.key)}</h3>
          <p className="goal-card-percent" data-testid={`percent-${goal.key}`}>
            {goal.percent === null
              ? t('noPercent', { min: minCellSize })
              : t('percent', { value: number(goal.percent) })}
          </p>
          <p className="goal-card-status">
            <StatusText figure={goal} />
          </p>
          <ul className="goal-card-facts">
            {goal.ci95 && <li>{t('interval', { lo: number(goal.ci95[0]), hi: number(goal.ci95[1]) })}</li>}
            <li data-testid={`n-${goal.key}`}>{t('n', { n: goal.n })}</li>
            <li>{t('threshold', { value: goal.threshold })}</li>
          </ul>
        </li>
      ))}
    </ul>
  );
}
