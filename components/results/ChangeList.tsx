import { useFormatter, useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';
import type { Changes } from './GoalCards';
import { oneDecimal } from './format';

/** Each goal's change since the previous quarter in one line (the printed report). */
export function ChangeList({ goals, changes }: { goals: GoalFigure[]; changes: Changes }) {
  const t = useTranslations('Results');
  const names = useTranslations('Goals.short');
  const format = useFormatter();
  const signed = (value: number) => format.number(value, { ...oneDecimal, signDisplay: 'exceptZero' });
  return (
    <ul className="change-list" data-testid="report-changes">
      {goals.map((goal) => {
        const change = changes.byGoal[goal.key];
        return (
          <li key={goal.key}>
            <strong>{names(goal.key)}:</strong>{' '}
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
        );
      })}
    </ul>
  );
}
