import type { ReactNode } from 'react';

/** One part of a legal text under its own h2, so that the page can be scanned by its headings. */
export function LegalSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section>
      <h2>{heading}</h2>
      {children}
    </section>
  );
}
