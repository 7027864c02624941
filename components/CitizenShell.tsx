import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The citizens' pages: their header, the page, their footer. */
export function CitizenShell({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <div className="container page-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
