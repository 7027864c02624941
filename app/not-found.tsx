import { getLocale, getTranslations } from 'next-intl/server';
import { LANGUAGE_TAGS, localePrefix, textDirection } from '@/lib/locales';
import '@/app/styles.css';

/**
 * Reached for paths outside any locale, and for addresses whose escapes do not decode
 * (`/en/s/%ZZ`), which proxy.ts sends here with the locale of the path: Next cannot
 * render a page with route parameters for such an address. Plain links only, so that it
 * works the same with or without JavaScript.
 */
export default async function RootNotFound() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  return (
    <html lang={LANGUAGE_TAGS[locale]} dir={textDirection(locale)}>
      <body>
        <title>{t('title')}</title>
        <main id="main-content" className="container page-container">
          <h1>{t('heading')}</h1>
          <p>{t('text')}</p>
          <p>
            <a href={localePrefix(locale) || '/'}>{t('home')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
