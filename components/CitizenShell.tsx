import type { ReactNode } from 'react';
import type { Organisation } from '@/lib/organisation';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { PageMain } from './PageMain';

/**
 * The citizens' pages: their header, the page, their footer; `organisation` is who asks (the
 * admin's settings). `languagePath` is where the language switch leads, when not to this page.
 */
export function CitizenShell({
  organisation,
  languagePath,
  children,
}: {
  organisation: Organisation;
  languagePath?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader organisation={organisation} languagePath={languagePath} />
      <PageMain>{children}</PageMain>
      <SiteFooter organisation={organisation} />
    </>
  );
}
