import { useTranslations } from 'next-intl';

/** DESIGN.md's method in words, shown beside the figures in both languages. */
export function MethodText({ minCellSize }: { minCellSize: number }) {
  const t = useTranslations('Results.method');
  return (
    <>
      <p>{t('agree')}</p>
      <p>{t('goal1')}</p>
      <p>{t('goals245')}</p>
      <p>{t('goal3')}</p>
      <p>{t('interval')}</p>
      <p>{t('thresholds')}</p>
      <p>{t('privacy', { min: minCellSize })}</p>
      <p>{t('periods')}</p>
    </>
  );
}
