'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/action-state';
import type { TotpSetup } from './state';

type Action = FormAction<TotpSetup>;

/**
 * Two steps on one page: password, then the QR code and a code from the app. A person who
 * signs in only by SSO has no password to give: step 1 is then the button alone.
 */
export function TwoFactorSetup({ action, needsPassword }: { action: Action; needsPassword: boolean }) {
  const t = useTranslations('TwoFactorSetup');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });

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
  return (
    <>
      <h2>{t('step2')}</h2>
      <div className="qr-code" role="img" aria-label={t('qrAlt')} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p>
        {t('secretLabel')} <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <p>{t('backupCodes')}</p>
      <ul data-testid="backup-codes">
        {setup.backupCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
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
