import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { CitizenShell } from '@/components/CitizenShell';
import { LANGUAGE_TAGS, localePrefix, textDirection } from '@/lib/locales';
import { titleWith } from '@/lib/organisation';
import { shownOrganisation } from '@/server/organisation';
import '@/app/styles.css';

/**
 * Every address no page answers, in the path's language (next-intl's middleware says which; for
 * an address whose escapes do not decode, `/en/s/%ZZ`, proxy.ts does). Next renders this page
 * whole on the server, unlike a page that calls notFound() (there the HTML is an empty shell
 * until JavaScript runs), so it is the same with or without JavaScript: no catch-all route.
 */
export default async function RootNotFound() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  const organisation = shownOrganisation();
  return (
    <html lang={LANGUAGE_TAGS[locale]} dir={textDirection(locale)}>
      <body>
        <NextIntlClientProvider locale={locale} messages={{}}>
          {/* The language switch leads to the front page: the same address in another language is not there either. */}
          <CitizenShell organisation={organisation} languagePath="/">
            <title>{titleWith(t('title'), organisation.name)}</title>
            <h1>{t('heading')}</h1>
            <p>{t('text')}</p>
            <p>
              <a href={localePrefix(locale) || '/'}>{t('home')}</a>
            </p>
          </CitizenShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
