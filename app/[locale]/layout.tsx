import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { LANGUAGE_TAGS, textDirection } from '@/lib/locales';
import '../styles.css';

// Rendered per request: every page carries a fresh CSP nonce (see proxy.ts).
export const dynamic = 'force-dynamic';

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Only what the public pages' client components read goes to the browser (the survey stays
  // light); the staff layout hands its pages the rest.
  const messages = await getMessages();
  const clientMessages = { Survey: messages.Survey, Error: messages.Error };
  return (
    <html lang={LANGUAGE_TAGS[locale]} dir={textDirection(locale)}>
      <body>
        {/* Citizens' and staff's pages bring their own header and footer: (citizen) and (staff). */}
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
