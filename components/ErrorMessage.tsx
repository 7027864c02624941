'use client';

import { useTranslations } from 'next-intl';

/**
 * What a page shows when the server cannot answer (the database read-only, locked or
 * gone): a plain message in the page's language, never a half-done thank-you.
 */
export function ErrorMessage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
      <p>{t('nothingSaved')}</p>
      <button type="button" className="button button-secondary" onClick={() => reset()}>
        {t('retry')}
      </button>
    </>
  );
}
