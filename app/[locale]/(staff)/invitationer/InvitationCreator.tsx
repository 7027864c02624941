'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import { useResultFocus } from '@/components/forms/use-result-focus';
import type { FormAction } from '@/lib/action-state';
import type { CreatedInvitation } from './state';

type Option = { value: string; label: string };
type Props = {
  action: FormAction<CreatedInvitation>;
  markPrinted: (formData: FormData) => Promise<void>;
  groups: Option[];
  teams: Option[];
  defaultTeam: string;
  defaultExpiryDays: number;
  mailEnabled: boolean;
};

/** The form for one invitation, then its link, code, QR code and printable card. */
export function InvitationCreator({
  action,
  markPrinted,
  groups,
  teams,
  defaultTeam,
  defaultExpiryDays,
  mailEnabled,
}: Props) {
  const t = useTranslations('Invitations');
  const m = useTranslations('InvitationEmail');
  const f = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  // The invitation whose link was copied: a new invitation starts uncopied without an effect.
  const [copiedFor, setCopiedFor] = useState<typeof state | null>(null);
  const copied = copiedFor === state;
  const { summaryRef, resultRef } = useResultFocus(state);

  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const fieldClass = (name: string) => `form-group${errors[name] ? ' form-error' : ''}`;
  const errorText = (name: string) =>
    errors[name] && (
      <span className="form-error-message" id={`${name}-error`}>
        {errors[name]}
      </span>
    );

  return (
    <>
      {state.status === 'error' && (
        <Alert variant="error" role="alert" heading={f('errorSummary')} headingId="invite-errors" ref={summaryRef}>
          <ul className="alert-text nobullet-list">
            {Object.entries(errors).map(([name, message]) => (
              <li key={name}>
                <a href={`#invite-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <form action={formAction} key={JSON.stringify(values)} className="no-print">
        <div className={fieldClass('targetGroup')}>
          <label className="form-label" htmlFor="invite-targetGroup">
            {t('targetGroup')}
          </label>
          {errorText('targetGroup')}
          <select
            className="form-select"
            id="invite-targetGroup"
            name="targetGroup"
            defaultValue={values.targetGroup ?? ''}
            aria-describedby={errors.targetGroup ? 'targetGroup-error' : undefined}
          >
            <option value="">{t('chooseGroup')}</option>
            {groups.map((group) => (
              <option key={group.value} value={group.value}>
                {group.label}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass('team')}>
          <label className="form-label" htmlFor="invite-team">
            {t('team')}
          </label>
          {errorText('team')}
          <select className="form-select" id="invite-team" name="team" defaultValue={values.team ?? defaultTeam}>
            <option value="">{t('noTeam')}</option>
            {teams.map((team) => (
              <option key={team.value} value={team.value}>
                {team.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <fieldset aria-describedby="invite-language-hint">
            <legend className="form-label">{t('language')}</legend>
            <span className="form-hint" id="invite-language-hint">
              {t('languageHint')}
            </span>
            {(['da', 'en'] as const).map((language) => (
              <div className="form-group-radio" key={language}>
                <input
                  className="form-radio"
                  type="radio"
                  id={`invite-language-${language}`}
                  name="language"
                  value={language}
                  defaultChecked={(values.language ?? 'da') === language}
                />
                <label htmlFor={`invite-language-${language}`}>{t(language)}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className={fieldClass('expiresInDays')}>
          <label className="form-label" htmlFor="invite-expiresInDays">
            {t('expiryDays')}
          </label>
          {errorText('expiresInDays')}
          <input
            className="form-input input-width-xs"
            id="invite-expiresInDays"
            name="expiresInDays"
            inputMode="numeric"
            defaultValue={values.expiresInDays ?? String(defaultExpiryDays)}
            aria-describedby={errors.expiresInDays ? 'expiresInDays-error' : undefined}
          />
        </div>
        {mailEnabled && (
          <div className={fieldClass('email')}>
            <label className="form-label" htmlFor="invite-email">
              {m('email')}
            </label>
            <span className="form-hint" id="invite-email-hint">
              {m('emailHint')}
            </span>
            {errorText('email')}
            <input
              className="form-input input-width-l"
              id="invite-email"
              name="email"
              type="email"
              autoComplete="off"
              defaultValue={values.email ?? ''}
              aria-describedby={errors.email ? 'invite-email-hint email-error' : 'invite-email-hint'}
            />
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('create')}
        </button>
      </form>

      {state.status === 'done' && (
        <div className="invitation-result" tabIndex={-1} ref={resultRef} aria-labelledby="invitation-ready">
          <div className="no-print">
            <h2 id="invitation-ready">{t('createdHeading')}</h2>
            <p>{t('createdText', { expires: state.data.expires })}</p>
            {state.data.sentTo && (
              <p role="status" className="alert alert-success">
                {m('sent', { email: state.data.sentTo })}
              </p>
            )}
            {state.data.sendFailed && (
              <p role="alert" className="alert alert-warning">
                {m('sendFailed')}
              </p>
            )}
            <p>
              {t('link')}:{' '}
              <a href={state.data.url} data-testid="invitation-link">
                {state.data.url}
              </a>
            </p>
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={async () => {
                  await navigator.clipboard.writeText(state.data.url);
                  setCopiedFor(state);
                }}
              >
                {t('copy')}
              </button>{' '}
              <span role="status">{copied ? t('copied') : ''}</span>
            </p>
            <p>
              {t('code')}:{' '}
              <strong className="code-display" data-testid="invitation-code">
                {state.data.code}
              </strong>
            </p>
            <form
              action={async (formData) => {
                await markPrinted(formData);
                window.print();
              }}
            >
              <input type="hidden" name="id" value={state.data.id} />
              <button type="submit" className="button button-secondary">
                {t('print')}
              </button>
            </form>
          </div>
          <div className="print-card" data-testid="print-card">
            {[state.data.card.first, state.data.card.second].map((text, index) => (
              <div
                className="print-card-half"
                key={index}
                lang={index === 0 ? state.data.language : state.data.language === 'da' ? 'en' : 'da'}
              >
                <p className="print-card-title">{text.title}</p>
                <p>{text.why}</p>
                <p>{text.how}</p>
              </div>
            ))}
            <div className="print-card-code">
              <div
                className="qr-code"
                role="img"
                aria-label={t('qr')}
                dangerouslySetInnerHTML={{ __html: state.data.qrSvg }}
              />
              <p className="code-display print-card-big">{state.data.code}</p>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
