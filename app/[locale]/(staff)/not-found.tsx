import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** A staff page for something that is not there (an unknown person or batch), in the staff shell. */
export default async function StaffNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <>
      <title>{t('title')}</title>
      <h1>{t('heading')}</h1>
      <p>{t('staffText')}</p>
      <p>
        <Link href="/konto">{t('staffHome')}</Link>
      </p>
    </>
  );
}
