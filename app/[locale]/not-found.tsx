import { getTranslations } from 'next-intl/server';
import { CitizenShell } from '@/components/CitizenShell';
import { Link } from '@/i18n/navigation';
import { shownOrganisation } from '@/server/organisation';
import { titleWith } from '@/lib/organisation';

/** A notFound() outside the staff pages (unknown paths get app/not-found.tsx). */
export default async function NotFound() {
  const t = await getTranslations('NotFound');
  const organisation = shownOrganisation();
  return (
    <CitizenShell organisation={organisation}>
      <title>{titleWith(t('title'), organisation.name)}</title>
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </CitizenShell>
  );
}
