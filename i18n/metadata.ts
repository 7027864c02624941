import type { Metadata } from 'next';
import type { Messages } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { pageLocale, type LocaleParams } from './page-locale';

/** The namespaces that give a page its title (`<namespace>.title`). */
type Namespace = {
  [Key in keyof Messages]: Messages[Key] extends { title: string } ? Key : never;
}[keyof Messages];

/** A page's generateMetadata that sets its title from `<namespace>.title` in the page's language. */
export function titleFrom(namespace: Namespace) {
  return async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
    const t = await getTranslations({ locale: await pageLocale(params), namespace });
    return { title: t('title') };
  };
}
