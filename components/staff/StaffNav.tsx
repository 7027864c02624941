'use client';

import { Link, usePathname } from '@/i18n/navigation';

export type NavLink = { href: string; label: string };

/**
 * The staff's main navigation (DKFDS "navigation-menu"): the page's own link is marked
 * `aria-current="page"`, the section it belongs to `aria-current="true"`. Plain links, so it
 * works without JavaScript; at narrow widths the links wrap instead of hiding behind a menu.
 */
export function StaffNav({ label, links }: { label: string; links: NavLink[] }) {
  const pathname = usePathname();
  return (
    <div className="navigation-menu staff-navigation d-print-none">
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={label}>
          <ul className="mainmenu">
            {links.map((link) => {
              const current = pathname === link.href;
              const active = current || pathname.startsWith(`${link.href}/`);
              return (
                <li key={link.href} className={active ? `active${current ? ' current' : ''}` : undefined}>
                  <Link
                    href={link.href}
                    className="nav-link"
                    aria-current={current ? 'page' : active ? 'true' : undefined}
                  >
                    <span>{link.label}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </div>
  );
}
