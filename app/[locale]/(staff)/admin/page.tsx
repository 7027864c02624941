import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { countIdleApiTokens } from '@/db/queries/api-tokens';
import { hasOwnThresholds } from '@/db/queries/settings';
import { countStaff } from '@/db/queries/users';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';
import { IDLE_TOKEN_DAYS, idleTokenSince } from '@/lib/admin-lists';
import { staffPage } from '@/server/auth/session';
import { ADMIN_SECTIONS } from './sections';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('Admin');

/** The admin's start: what needs attention now, each with a count and a link to act, then the sections. */
export default async function AdminPage({ params }: LocalePageProps) {
  await staffPage(params, 'admin');
  const t = await getTranslations('Admin');
  const db = getDb();
  const now = new Date();
  const nextYear = now.getFullYear() + 1;
  const withoutTwoFactor = countStaff(db, { text: '', role: 'admin', twoFactor: false, disabled: false });
  const idleTokens = countIdleApiTokens(db, idleTokenSince(now));
  const attention = [
    withoutTwoFactor > 0 && {
      id: 'two-factor',
      text: t('attention.withoutTwoFactor', { count: withoutTwoFactor }),
      href: { pathname: '/admin/personer', query: { rolle: 'admin', status: 'aktiv', tofaktor: 'nej' } },
      act: t('attention.withoutTwoFactorAct'),
    },
    !hasOwnThresholds(db, nextYear) && {
      id: 'thresholds',
      text: t('attention.nextYearThresholds', { year: nextYear }),
      href: { pathname: '/admin/taerskler', query: { aar: String(nextYear) } },
      act: t('attention.nextYearThresholdsAct', { year: nextYear }),
    },
    idleTokens > 0 && {
      id: 'idle-tokens',
      text: t('attention.idleTokens', { count: idleTokens, days: IDLE_TOKEN_DAYS }),
      href: { pathname: '/admin/api-noegler', query: {} },
      act: t('attention.idleTokensAct'),
    },
  ].filter((item) => item !== false);
  return (
    <>
      <h1>{t('heading')}</h1>
      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">{t('attention.heading')}</h2>
        {attention.length === 0 ? (
          <p>{t('attention.none')}</p>
        ) : (
          <ul className="attention-list">
            {attention.map((item) => (
              <li key={item.id} data-testid={`attention-${item.id}`}>
                {item.text} <Link href={item.href}>{item.act}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t('sectionsHeading')}</h2>
        <dl className="admin-sections">
          {ADMIN_SECTIONS.map((section) => (
            <div key={section.href}>
              <dt>
                <Link href={section.href}>{t(section.key)}</Link>
              </dt>
              <dd>{t(`descriptions.${section.key}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
