import type { ReactNode } from 'react';

/** The page's own content between a header and a footer: the skip link's target. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <div className="container page-container">
      <main id="main-content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
