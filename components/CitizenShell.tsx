import type { ReactNode } from 'react';
import type { Organisation } from '@/lib/organisation';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { PageMain } from './PageMain';

/** The citizens' pages: their header, the page, their footer; `organisation` is who asks (the admin's settings). */
export function CitizenShell({ organisation, children }: { organisation: Organisation; children: ReactNode }) {
  return (
    <>
      <SiteHeader organisation={organisation} />
      <PageMain>{children}</PageMain>
      <SiteFooter organisation={organisation} />
    </>
  );
}
