import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { describedBy, FieldFrame } from '../forms/Field';

/**
 * The search and filters above a long admin list: a plain GET form, so the result has its own
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
  const id = `search-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint}>
      <input
        className="form-input input-width-l"
        id={id}
        name={name}
        type="search"
        defaultValue={value}
        aria-describedby={describedBy(id, hint)}
      />
    </FieldFrame>
  );
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
  const id = `search-${name}`;
  return (
    <FieldFrame id={id} label={label}>
      <select className="form-select" id={id} name={name} defaultValue={value}>
        <option value="">{t('all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
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
