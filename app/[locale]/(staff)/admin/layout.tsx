import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ADMIN_SECTIONS } from './sections';

/** Sub-navigation only; each admin page and action calls requireRole('admin') itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('Admin');
  return (
    <>
      <nav aria-label={t('sectionsLabel')} className="admin-nav">
        <ul className="nobullet-list admin-nav-list">
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href}>{t(section.key)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
