import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Organisation } from '@/lib/organisation';
import { STAFF_LOCALES } from '@/lib/locales';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { StaffNav, type NavLink } from './StaffNav';

type Props = {
  /** The signed-in person, with the role already in words; absent on the sign-in pages. */
  person?: { name: string; role: string };
  links: NavLink[];
  home: string;
  signOut: () => Promise<void>;
  /** Who runs the service (the admin's settings). */
  organisation: Organisation;
};

function LockIcon() {
  return (
    <svg className="icon-svg" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
      <path
        d="M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2zM9 6a3 3 0 0 1 6 0v2H9V6zm9 14H6V10h12v10zm-6-3a2 2 0 1 0 0-4 2 2 0 0 0 0 4z"
        fill="currentColor"
      />
    </svg>
  );
}

/**
 * The staff's own header (DKFDS header for self-services): the municipality and who is signed
 * in with sign-out, the product, then the navigation for the role. Unlike DKFDS's script-driven
 * mobile menu, everything stays visible and wraps at narrow widths.
 */
export async function StaffHeader({ person, links, home, signOut, organisation }: Props) {
  const t = await getTranslations('Staff');
  const layout = await getTranslations('Layout');
  return (
    <>
      <a className="skipnav" href="#main-content">
        {layout('skipLink')}
      </a>
      <header className="header staff-header">
        <LanguageSwitcher label={layout('languageSwitch')} locales={STAFF_LOCALES} />
        <div className="portal-info">
          <div className="portal-info-inner container">
            <p className="staff-organisation">{organisation.name}</p>
            {person && (
              <div className="portal-user staff-user d-print-none">
                <p className="user" data-testid="signed-in-person">
                  {t('person', person)}
                </p>
                <form action={signOut}>
                  <button type="submit" className="function-link log-off">
                    <LockIcon />
                    {t('signOut')}
                  </button>
                </form>
              </div>
            )}
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link href={home}>{layout('serviceName')}</Link>
            </div>
            <div className="additional-info">
              <p>
                <strong className="authority-name">{organisation.unit}</strong>
              </p>
              <p>{t('tagline')}</p>
            </div>
          </div>
        </div>
        {links.length > 0 && <StaffNav label={t('navLabel')} links={links} />}
      </header>
    </>
  );
}
