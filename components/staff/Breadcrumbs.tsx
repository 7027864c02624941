import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { NavLink } from './StaffNav';

type Crumb = NavLink;

function Chevron() {
  return (
    <svg className="icon-svg" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
      <path d="M8.6 16.6 13.2 12 8.6 7.4 10 6l6 6-6 6z" fill="currentColor" />
    </svg>
  );
}

/** DKFDS breadcrumbs on nested staff pages: the way up, then the page itself (not a link). */
export async function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const t = await getTranslations('Staff');
  return (
    <nav className="breadcrumbs d-print-none" aria-label={t('breadcrumbsLabel')}>
      <ol className="breadcrumbs__list">
        {trail.map((crumb, i) => (
          <li key={crumb.href} className="breadcrumbs__list-item">
            {i > 0 && <Chevron />}
            <Link className="breadcrumbs__link" href={crumb.href}>
              {crumb.label}
            </Link>
          </li>
        ))}
        <li className="breadcrumbs__list-item" aria-current="page">
          <Chevron />
          {current}
        </li>
      </ol>
    </nav>
  );
}

/**
 * The top of a page below /admin: the breadcrumbs (Administration, then the section when the page
 * is one of its rows), the page's h1 and, where it has one, its lead paragraph.
 */
export async function AdminHeader({ section, heading, lead }: { section?: Crumb; heading: string; lead?: string }) {
  const t = await getTranslations('Staff');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin', label: t('admin') }, ...(section ? [section] : [])]} current={heading} />
      <h1>{heading}</h1>
      {lead && <p>{lead}</p>}
    </>
  );
}
