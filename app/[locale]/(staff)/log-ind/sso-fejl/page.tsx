import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ssoName } from '@/server/auth/sso-flow';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale, type LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('SsoError');

/**
 * Where a single sign-on that did not end in a session lands (better-auth's error redirect):
 * no role in the provider's claim, or any other failure (a tampered or expired `state`, a
 * token that did not verify, the provider unreachable). Nothing here reveals more than that.
 */
export default async function SsoErrorPage({ params, searchParams }: LocalePageProps<{ error?: string }>) {
  await pageLocale(params);
  const { error } = await searchParams;
  const t = await getTranslations('SsoError');
  const name = ssoName() ?? t('provider');
  const noRole = error === 'no_role';
  return (
    <>
      <h1>{noRole ? t('noRoleHeading') : t('heading', { name })}</h1>
      <p>{noRole ? t('noRoleText', { name }) : t('text')}</p>
      <p>
        <Link href="/log-ind">{t('back')}</Link>
      </p>
    </>
  );
}
