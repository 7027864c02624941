'use client';

import { useLocale } from 'next-intl';
import { usePathname } from '@/i18n/navigation';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, localePrefix, type Locale } from '@/lib/locales';

type Props = {
  label: string;
  locales: readonly Locale[];
  /** Where each language's link leads (without the language's prefix); the page itself by default. */
  path?: string;
};

/**
 * The same page in each of `locales`, each named in its own language and marked with its own
 * `lang` (so a screen reader says it right); the page's own language is marked as the current
 * one. Plain links straight to the page's address in that language (Danish without a prefix, so
 * no redirect), the same with or without JavaScript; the survey form keeps its answers in
 * sessionStorage across the switch.
 */
export function LanguageSwitcher({ label, locales, path }: Props) {
  const current = useLocale();
  const here = usePathname();
  const pathname = path ?? here;
  return (
    <nav className="language-switcher" aria-label={label}>
      <div className="container">
        <ul>
          {locales.map((locale) => (
            <li key={locale}>
              <a
                href={`${localePrefix(locale)}${pathname === '/' ? '' : pathname}` || '/'}
                lang={LANGUAGE_TAGS[locale]}
                hrefLang={LANGUAGE_TAGS[locale]}
                className={locale === current ? 'active' : undefined}
                aria-current={locale === current ? 'true' : undefined}
              >
                {LANGUAGE_NAMES[locale]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
