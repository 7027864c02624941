import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function SiteHeader() {
  const t = await getTranslations('Layout');
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="solution-info">
          <div className="container solution-info-inner">
            <div className="solution-heading">
              <Link href="/">{t('serviceName')}</Link>
            </div>
            <p className="mt-0 mb-0">{t('serviceTagline')}</p>
          </div>
        </div>
        <LanguageSwitcher
          label={t('languageSwitch')}
          otherLanguage={t('otherLanguage')}
          otherLanguageLabel={t('otherLanguageLabel')}
        />
      </header>
    </>
  );
}
