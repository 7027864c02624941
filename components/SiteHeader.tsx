import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LOCALES } from '@/lib/locales';
import { logoPath, type Organisation } from '@/lib/organisation';
import { LanguageSwitcher } from './LanguageSwitcher';

/**
 * The citizens' header, DKFDS's header for a municipality's self-service: the municipality's
 * logo (or its name as text when none is uploaded) in the portal line, then the service with
 * the municipality and unit that ask.
 */
export async function SiteHeader({
  organisation,
  languagePath,
}: {
  organisation: Organisation;
  /** Where the language switch leads (the page itself by default). */
  languagePath?: string;
}) {
  const t = await getTranslations('Layout');
  const o = await getTranslations('Organisation');
  const logo = logoPath(organisation);
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skipLink')}
      </a>
      <header className="header citizen-header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <Link href="/" prefetch={false} className="organisation-logo" data-testid="organisation-logo">
              {logo ? (
                // eslint-disable-next-line @next/next/no-img-element -- our own small route, sized by CSS
                <img src={logo} alt={o('home', { name: organisation.name })} />
              ) : (
                <span className="organisation-logo-text">{organisation.name}</span>
              )}
            </Link>
          </div>
        </div>
        <div className="solution-info">
          <div className="container solution-info-inner">
            <div>
              <div className="solution-heading">
                <Link href="/" prefetch={false}>
                  {t('serviceName')}
                </Link>
              </div>
              <p className="mt-0 mb-0">{t('serviceTagline')}</p>
            </div>
            <div className="additional-info citizen-authority">
              <p className="mt-0 mb-0">
                <strong className="authority-name">{organisation.name}</strong>
              </p>
              <p className="mt-0 mb-0">{organisation.unit}</p>
            </div>
          </div>
        </div>
        <LanguageSwitcher label={t('languageSwitch')} locales={LOCALES} path={languagePath} />
      </header>
    </>
  );
}
