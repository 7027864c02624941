import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** The footers' links to the privacy notice and the accessibility statement (citizens' and staff's alike). */
export async function StatementLinks() {
  const t = await getTranslations('Layout');
  return (
    <ul className="footer-links">
      <li>
        <Link href="/privatliv">{t('privacyLink')}</Link>
      </li>
      <li>
        <Link href="/tilgaengelighed">{t('accessibilityLink')}</Link>
      </li>
    </ul>
  );
}
