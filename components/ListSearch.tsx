import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Field } from './forms/Field';

/**
 * The search and filters above a long list: a plain GET form, so the result has its own
 * address and works without JavaScript; "Nulstil" goes back to the whole list.
 */
export function ListSearch({ resetHref, children }: { resetHref: string; children: ReactNode }) {
  const t = useTranslations('Lists');
  return (
    <form method="get" role="search" aria-label={t('searchLabel')} className="list-search">
      <div className="list-search-fields">{children}</div>
      <div className="list-search-actions">
        <button type="submit" className="button button-primary">
          {t('search')}
        </button>
        <Link href={resetHref}>{t('reset')}</Link>
      </div>
    </form>
  );
}

/** The free-text search of a list. */
export function SearchText({
  name,
  label,
  hint,
  value,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
}) {
  return <Field id={`search-${name}`} field={{ name, label, hint, type: 'search', width: 'l' }} value={value} />;
}

/** A filter's choices, the first being "all" (an empty value, left out of the address). */
export function SearchSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations('Lists');
  return (
    <Field
      id={`search-${name}`}
      field={{ name, label, type: 'select', options: [{ value: '', label: t('all') }, ...options] }}
      value={value}
    />
  );
}

/** "12 personer" above the list: how many matched the search, for everyone to see and hear. */
export function ListCount({ children }: { children: ReactNode }) {
  return (
    <p className="list-count" role="status">
      <strong>{children}</strong>
    </p>
  );
}
