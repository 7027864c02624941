import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CitizenShell } from '@/components/CitizenShell';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';
import { shownOrganisation } from '@/server/organisation';

/** Every citizen page describes the survey for search results and shared links, in its language. */
export async function generateMetadata({ params }: Pick<LocalePageProps, 'params'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Layout' });
  return { description: t('description') };
}

/** The citizens' pages say who asks: the municipality's settings in their header and footer (titles: server/page-title.ts). */
export default function CitizenLayout({ children }: { children: ReactNode }) {
  return <CitizenShell organisation={shownOrganisation()}>{children}</CitizenShell>;
}
