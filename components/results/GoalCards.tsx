import { useFormatter, useTranslations } from 'next-intl';
import type { Change } from '@/lib/results/change';
import type { GoalFigure } from '@/lib/results/figures';
import type { GoalKey } from '@/lib/survey/definition';
import { StatusText } from './Status';
import { ThresholdBar } from './ThresholdBar';
import { oneDecimal } from './format';

/** Each goal's change since the quarter named `previous` (null: too few answers in one of them). */
export type Changes = { previous: string; byGoal: Record<GoalKey, Change | null> };

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
  const signed = (value: number) => format.number(value, { ...oneDecimal, signDisplay: 'exceptZero' });
  return (
    <ul className="nobullet-list no-max-width goal-cards" data-testid="goal-cards">
      {goals.map((goal) => {
        const change = changes?.byGoal[goal.key];
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
                  {change
                    ? t('change', {
                        previous: changes.previous,
                        points: signed(change.points),
                        lo: signed(change.ci95[0]),
                        hi: signed(change.ci95[1]),
                        direction: change.direction,
                      })
                    : t('changeNone', { previous: changes.previous })}
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
