import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, isStaffLocale, type Locale, type StaffLocale } from '@/lib/locales';

export type LocaleParams = Promise<{ locale: string }>;

/**
 * The page's language from its `[locale]` segment, set for the request (so the page can be
 * rendered statically); a segment that is not one of our languages is a 404.
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * A staff page's language, Danish or English. The proxy sends staff paths in the other
 * languages to Danish, so any other segment here is a 404.
 */
export async function staffPageLocale(params: LocaleParams): Promise<StaffLocale> {
  const locale = await pageLocale(params);
  if (!isStaffLocale(locale)) notFound();
  return locale;
}

/**
 * A page's props under `[locale]`: its language segment and the query parameters it reads, both
 * promises as Next passes them. `Search` names the parameters a page expects.
 */
export type LocalePageProps<Search = Record<string, string | string[] | undefined>> = {
  params: LocaleParams;
  searchParams: Promise<Search>;
};
