import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/Alert';
import { redirect } from '@/i18n/navigation';
import { formatCode, normalizeCode } from '@/lib/tokens';
import { pageLocale } from '@/i18n/page-locale';
import { citizenTitle } from '@/server/page-title';
import { describedBy, FieldFrame } from '@/components/forms/Field';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
};

function codeError(code: string | string[] | undefined): 'errorEmpty' | 'errorInvalid' | null {
  if (code === undefined) return null;
  const value = Array.isArray(code) ? (code[0] ?? '') : code;
  if (value.trim() === '') return 'errorEmpty';
  return normalizeCode(value) ? null : 'errorInvalid';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { code } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'CodeEntry' });
  return { title: citizenTitle(codeError(code) ? t('errorTitle') : t('title')) };
}

/** Where a citizen types the code from a printed card. A plain GET form: works without JavaScript. */
export default async function CodeEntryPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { code } = await searchParams;
  const error = codeError(code);
  if (code !== undefined && !error) {
    const token = normalizeCode(Array.isArray(code) ? code[0]! : code)!;
    redirect({ href: `/s/${formatCode(token)}`, locale });
  }
  const t = await getTranslations('CodeEntry');
  const typed = Array.isArray(code) ? code[0] : code;
  return (
    <>
      {error && (
        <Alert variant="error" heading={t('errorSummary')} headingId="code-error-heading" role="alert">
          <ul className="alert-text nobullet-list">
            <li>
              <a href="#code">{t(error)}</a>
            </li>
          </ul>
        </Alert>
      )}
      <h1>{t('heading')}</h1>
      <form method="get" noValidate>
        <FieldFrame id="code" label={t('label')} hint={t('hint')} error={error ? t(error) : undefined}>
          <input
            className="form-input input-code"
            id="code"
            name="code"
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={typed}
            aria-describedby={describedBy('code', t('hint'), error ?? undefined)}
            aria-invalid={error ? true : undefined}
            autoFocus={Boolean(error)}
          />
        </FieldFrame>
        <button type="submit" className="button button-primary">
          {t('submit')}
        </button>
      </form>
    </>
  );
}
