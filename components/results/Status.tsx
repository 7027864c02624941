import { useTranslations } from 'next-intl';
import type { GoalFigure } from '@/lib/results/figures';

/** A goal's status in words with an icon, never colour alone. */
export function StatusText({
  figure,
  short = false,
  iconOnly = false,
}: {
  figure: GoalFigure;
  short?: boolean;
  /** The icon in sight, the words for screen readers only (the printed report's compact table). */
  iconOnly?: boolean;
}) {
  const t = useTranslations('Results');
  const { status, certainty } = figure;
  const words =
    status === 'met' || status === 'not_met'
      ? short
        ? `${t(`statusShort.${status}`)}${certainty === 'uncertain' ? ` (${t('uncertainShort')})` : ''}`
        : t(`status.${status}_${certainty ?? 'uncertain'}`)
      : short
        ? t(`statusShort.${status}`)
        : t(`status.${status}`);
  return (
    <span className={`goal-status goal-status--${status}${certainty === 'uncertain' ? ' goal-status--uncertain' : ''}`}>
      <span className="goal-status-icon" aria-hidden="true">
        {t(`icons.${status}`)}
      </span>{' '}
      {iconOnly ? <span className="sr-only">{words}</span> : words}
    </span>
  );
}
