import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/**
 * The footers' links to the privacy notice and the accessibility statement (citizens' and staff's
 * alike). Citizens' links are never prefetched: each prefetch is a render on the server and bytes on
 * a phone for a page seldom opened, which the page cache serves cheaply when it is.
 */
export async function StatementLinks() {
  const t = await getTranslations('Layout');
  return (
    <ul className="footer-links">
      <li>
        <Link href="/privatliv" prefetch={false}>
          {t('privacyLink')}
        </Link>
      </li>
      <li>
        <Link href="/tilgaengelighed" prefetch={false}>
          {t('accessibilityLink')}
        </Link>
      </li>
    </ul>
  );
}
