import { useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';
import { ChangeText, type Changes } from './ChangeText';

/** Each goal's change since the previous quarter in one line (the printed report). */
export function ChangeList({ goals, changes }: { goals: GoalFigure[]; changes: Changes }) {
  const names = useTranslations('Goals.short');
  return (
    <ul className="change-list" data-testid="report-changes">
      {goals.map((goal) => (
        <li key={goal.key}>
          <strong>{names(goal.key)}:</strong>{' '}
          <ChangeText change={changes.byGoal[goal.key]} previous={changes.previous} />
        </li>
      ))}
    </ul>
  );
}
