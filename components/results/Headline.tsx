import { useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';

/** "3 af 5 mål opfyldt i 3. kvartal 2026", and how many goals had too few answers to say. */
export function Headline({ goals, period }: { goals: GoalFigure[]; period: string }) {
  const t = useTranslations('Results');
  const met = goals.filter((goal) => goal.status === 'met').length;
  const tooFew = goals.filter((goal) => goal.status === 'too_few').length;
  return (
    <p className="results-headline" data-testid="headline">
      <strong>{t('headline', { met, total: goals.length, period })}</strong>
      {tooFew > 0 && <> {t('headlineTooFew', { count: tooFew })}</>}
    </p>
  );
}
