import { useFormatter, useTranslations } from 'next-intl';
import type { Change } from '@/lib/results/change';
import type { GoalKey } from '@/lib/survey/definition';
import { oneDecimal } from './format';

/** Each goal's change since the quarter named `previous` (null: too few answers in one of them). */
export type Changes = { previous: string; byGoal: Record<GoalKey, Change | null> };

/** One goal's change in words: "Siden 1. kvartal 2026: +4,2 procentpoint (95 %-interval …), klart bedre." */
export function ChangeText({ change, previous }: { change: Change | null; previous: string }) {
  const t = useTranslations('Results');
  const format = useFormatter();
  const signed = (value: number) => format.number(value, { ...oneDecimal, signDisplay: 'exceptZero' });
  if (!change) return t('changeNone', { previous });
  return t('change', {
    previous,
    points: signed(change.points),
    lo: signed(change.ci95[0]),
    hi: signed(change.ci95[1]),
    direction: change.direction,
  });
}
