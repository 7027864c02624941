import { getTranslations } from 'next-intl/server';
import type { Organisation } from '@/lib/organisation';
import { OrganisationContact } from './OrganisationContact';
import { StatementLinks } from './StatementLinks';

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
            <StatementLinks />
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
