import { useFormatter, useTranslations } from 'next-intl';
import type { Results } from '@/lib/results/types';

/** RR1 for the period in a sentence. */
export function ResponseRate({ rate }: { rate: Results['responseRate'] }) {
  const t = useTranslations('Results');
  const format = useFormatter();
  return (
    <p data-testid="response-rate">
      {rate.rate === null
        ? t('rateNone')
        : t('rateText', {
            answered: rate.answered,
            invited: rate.invited,
            rate: t('percent', { value: format.number(rate.rate, { maximumFractionDigits: 1 }) }),
          })}
    </p>
  );
}
