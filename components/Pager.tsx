import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/**
 * Paging for a long list: the previous and next page as links that keep the list's search,
 * and where one is ("Side 2 af 7"). Nothing when everything fits on one page.
 */
export function Pager({
  pathname,
  query,
  page,
  pages,
}: {
  pathname: string;
  query: Record<string, string>;
  page: number;
  pages: number;
}) {
  const t = useTranslations('Lists');
  if (pages <= 1) return null;
  const to = (side: number) => ({ pathname, query: side === 1 ? query : { ...query, side: String(side) } });
  return (
    <nav className="pager" aria-label={t('pagerLabel')}>
      {page > 1 && (
        <Link href={to(page - 1)} rel="prev">
          {t('previous')}
        </Link>
      )}
      <span data-testid="pager-position">{t('pageOf', { page, pages })}</span>
      {page < pages && (
        <Link href={to(page + 1)} rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
