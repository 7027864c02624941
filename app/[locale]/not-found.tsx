import { getTranslations } from 'next-intl/server';
import { CitizenShell } from '@/components/CitizenShell';
import { Link } from '@/i18n/navigation';

/** Unknown paths under a locale (the catch-all and any notFound() outside the staff pages). */
export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <CitizenShell>
      <title>{t('title')}</title>
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </CitizenShell>
  );
}
