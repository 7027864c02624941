'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

type Props = { label: string; otherLanguage: string; otherLanguageLabel: string };

/**
 * Links to the same page in the other language. Plain links, so they work
 * without JavaScript; with it, the survey form keeps its answers in
 * sessionStorage across the switch.
 */
export function LanguageSwitcher({ label, otherLanguage, otherLanguageLabel }: Props) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'da' ? 'en' : 'da';
  return (
    <nav className="language-switcher" aria-label={label}>
      <div className="container">
        <ul>
          <li>
            <Link href={pathname} locale={other} lang={other} hrefLang={other} aria-label={otherLanguageLabel}>
              {otherLanguage}
            </Link>
          </li>
        </ul>
      </div>
    </nav>
  );
}
