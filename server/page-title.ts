import 'server-only';
import type { Metadata } from 'next';
import { shownOrganisation } from './organisation';
import { titleFrom } from '@/i18n/metadata';
import type { LocaleParams } from '@/i18n/page-locale';
import { titleWith } from '@/lib/organisation';

/** A citizen page's title ends with the municipality's name (`titleWith`). */
export function citizenTitle(title: string): string {
  return titleWith(title, shownOrganisation().name);
}

/**
 * titleFrom for the citizens' pages. Not a title template in their layout: Next applies a
 * layout's template only below it (never to the front page beside it), and its required default
 * would replace the survey's own changing title.
 */
export function citizenTitleFrom(namespace: Parameters<typeof titleFrom>[0]) {
  const title = titleFrom(namespace);
  return async function generateMetadata(props: { params: LocaleParams }): Promise<Metadata> {
    return { title: citizenTitle(String((await title(props)).title)) };
  };
}
