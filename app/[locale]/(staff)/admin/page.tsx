import { getTranslations } from 'next-intl/server';
import { staffPage } from '@/server/auth/session';
import { Link } from '@/i18n/navigation';
import { ADMIN_SECTIONS } from './sections';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Admin');

export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  await staffPage(params, 'admin');
  const t = await getTranslations('Admin');
  return (
    <>
      <h1>{t('heading')}</h1>
      <ul>
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{t(section.key)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
