import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('Layout');
  return (
    <footer>
      <div className="footer">
        <div className="container">
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
          <p>{t('owner')}</p>
        </div>
      </div>
    </footer>
  );
}
