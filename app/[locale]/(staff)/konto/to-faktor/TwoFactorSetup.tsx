'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { SetupState } from './state';

type Action = (state: SetupState, formData: FormData) => Promise<SetupState>;

/** Two steps on one page: password, then the QR code and a code from the app. */
export function TwoFactorSetup({ action }: { action: Action }) {
  const t = useTranslations('TwoFactorSetup');
  const [state, formAction, pending] = useActionState(action, { step: 'password' });

  if (state.step === 'password') {
    return (
      <form action={formAction}>
        <h2>{t('step1')}</h2>
        <div className={`form-group${state.error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="setup-password">
            {t('password')}
          </label>
          {state.error && (
            <span className="form-error-message" id="setup-password-error" role="alert">
              {state.error}
            </span>
          )}
          <input
            className="form-input input-width-l"
            id="setup-password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={state.error ? 'setup-password-error' : undefined}
            aria-invalid={state.error ? true : undefined}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('start')}
        </button>
      </form>
    );
  }
  return (
    <>
      <h2>{t('step2')}</h2>
      <div className="qr-code" role="img" aria-label={t('qrAlt')} dangerouslySetInnerHTML={{ __html: state.qrSvg }} />
      <p>
        {t('secretLabel')} <code data-testid="totp-secret">{state.secret}</code>
      </p>
      <p>{t('backupCodes')}</p>
      <ul data-testid="backup-codes">
        {state.backupCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <form action={formAction}>
        <h2>{t('step3')}</h2>
        <div className={`form-group${state.error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="setup-code">
            {t('code')}
          </label>
          {state.error && (
            <span className="form-error-message" id="setup-code-error" role="alert">
              {state.error}
            </span>
          )}
          <input
            className="form-input input-width-s"
            id="setup-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby={state.error ? 'setup-code-error' : undefined}
            aria-invalid={state.error ? true : undefined}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('verify')}
        </button>
      </form>
    </>
  );
}
