import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Organisation } from '@/lib/organisation';
import { OrganisationContact } from './OrganisationContact';

/** The citizens' footer: the survey's promise and statements, and the municipality's contact. */
export async function SiteFooter({ organisation }: { organisation: Organisation }) {
  const t = await getTranslations('Layout');
  const o = await getTranslations('Organisation');
  return (
    <footer>
      <div className="footer">
        <div className="container footer-columns">
          <div>
            <h2 className="h5">{t('footerHeading')}</h2>
            <p>{t('footerText')}</p>
            <ul className="footer-links">
              <li>
                <Link href="/privatliv">{t('privacyLink')}</Link>
              </li>
              <li>
                <Link href="/tilgaengelighed">{t('accessibilityLink')}</Link>
              </li>
            </ul>
          </div>
          <div>
            <h2 className="h5">{o('contactHeading')}</h2>
            <OrganisationContact organisation={organisation} />
          </div>
        </div>
      </div>
    </footer>
  );
}
