'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import { Link } from '@/i18n/navigation';
import type { FormAction } from '@/lib/action-state';
import type { TotpSetup } from './state';

type Action = FormAction<TotpSetup>;

/**
 * Two steps on one page: password, then the QR code and a code from the app; then the
 * confirmation. A person who signs in only by SSO has no password to give: step 1 is then the
 * button alone.
 */
export function TwoFactorSetup({
  action,
  alreadyOn,
  needsPassword,
}: {
  action: Action;
  alreadyOn: boolean;
  needsPassword: boolean;
}) {
  const t = useTranslations('TwoFactorSetup');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });

  // On before this visit (the confirmation below is shown once, right after turning it on).
  if (alreadyOn && !(state.status === 'done' && state.data.home))
    return (
      <Alert variant="info" heading={t('alreadyOn')} headingLevel="p">
        <p>
          <Link href="/konto">{t('toAccount')}</Link>
        </p>
      </Alert>
    );

  if (state.status !== 'done') {
    const error = state.status === 'error' ? state.fieldErrors.password : undefined;
    return (
      <form action={formAction}>
        <h2>{needsPassword ? t('step1') : t('step1Passwordless')}</h2>
        {needsPassword && (
          <div className={`form-group${error ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor="setup-password">
              {t('password')}
            </label>
            {error && (
              <span className="form-error-message" id="setup-password-error" role="alert">
                {error}
              </span>
            )}
            <input
              className="form-input input-width-l"
              id="setup-password"
              name="password"
              type="password"
              autoComplete="current-password"
              aria-describedby={error ? 'setup-password-error' : undefined}
              aria-invalid={error ? true : undefined}
            />
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('start')}
        </button>
      </form>
    );
  }
  const setup = state.data;
  if (setup.home) return <TwoFactorOn backupCodes={setup.backupCodes} home={setup.home} />;
  return (
    <>
      <h2>{t('step2')}</h2>
      <div className="qr-code" role="img" aria-label={t('qrAlt')} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p>
        {t('secretLabel')} <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <form action={formAction}>
        <h2>{t('step3')}</h2>
        <div className={`form-group${setup.codeError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="setup-code">
            {t('code')}
          </label>
          {setup.codeError && (
            <span className="form-error-message" id="setup-code-error" role="alert">
              {setup.codeError}
            </span>
          )}
          <input
            className="form-input input-width-s"
            id="setup-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby={setup.codeError ? 'setup-code-error' : undefined}
            aria-invalid={setup.codeError ? true : undefined}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('verify')}
        </button>
      </form>
    </>
  );
}

/** Two-factor is on: say so, and hand over the backup codes, as a list and as a file to keep. */
function TwoFactorOn({ backupCodes, home }: { backupCodes: string[]; home: string }) {
  const t = useTranslations('TwoFactorSetup');
  const file = `${t('backupFileIntro')}\r\n\r\n${backupCodes.join('\r\n')}\r\n`;
  return (
    <>
      <Alert variant="success" heading={t('done')} headingLevel={2} role="status" testId="two-factor-on">
        <p>{t('doneText')}</p>
      </Alert>
      <h2>{t('backupHeading')}</h2>
      <p>{t('backupText')}</p>
      <ul className="backup-codes" data-testid="backup-codes">
        {backupCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download={t('backupFileName')}>
          {t('backupDownload')}
        </a>
      </p>
      <Link className="button button-primary" href={home}>
        {t('continue')}
      </Link>
    </>
  );
}
