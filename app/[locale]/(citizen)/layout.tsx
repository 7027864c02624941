import type { ReactNode } from 'react';
import { CitizenShell } from '@/components/CitizenShell';
import { shownOrganisation } from '@/server/organisation';

/** The citizens' pages say who asks: the municipality's settings in their header and footer (titles: server/page-title.ts). */
export default function CitizenLayout({ children }: { children: ReactNode }) {
  return <CitizenShell organisation={shownOrganisation()}>{children}</CitizenShell>;
}
