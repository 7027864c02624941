import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireRole } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { ADMIN_SECTIONS } from './sections';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { title: t('title') };
}

export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole('admin');
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
