import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/locales';

/** The period's downloads, in the page's language: results and anonymous responses, XLSX and CSV. */
export function ExportLinks({
  period,
  locale,
  minCellSize,
}: {
  period: { from: string; to: string };
  locale: Locale;
  minCellSize: number;
}) {
  const t = useTranslations('Results');
  const query = new URLSearchParams({ from: period.from, to: period.to, lang: locale }).toString();
  const links = [
    { href: `/api/v1/export/results?format=xlsx&${query}`, label: t('exportResults'), testId: 'export-results-xlsx' },
    { href: `/api/v1/export/results?format=csv&${query}`, label: t('exportResultsCsv') },
    { href: `/api/v1/export/responses?format=xlsx&${query}`, label: t('exportResponses') },
    { href: `/api/v1/export/responses?format=csv&${query}`, label: t('exportResponsesCsv') },
    { href: `/api/v1/export/responses?format=xlsx&comments=1&${query}`, label: t('exportComments') },
  ];
  return (
    <>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} data-testid={link.testId}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="form-hint">{t('exportNote', { min: minCellSize })}</p>
    </>
  );
}
