'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import { Field } from '@/components/forms/Field';
import { useResultFocus } from '@/components/forms/use-result-focus';
import type { FormAction } from '@/lib/action-state';
import type { CreatedInvitation } from './state';
import { useLatestResult } from './latest-result';
import { InvitationCard } from './InvitationCard';
import { InvitationFields } from './InvitationFields';

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

  // After creating, the next invitation starts from the same choices (not the e-mail address).
  const values = state.status === 'error' ? state.values : state.status === 'done' ? state.data.choices : {};
  // A batch made after this invitation takes its place: its card is not left on screen to print.
  const shown = useLatestResult('single', state);
  const { summaryRef, resultRef } = useResultFocus(state, shown);
  const errors = state.status === 'error' ? state.fieldErrors : {};

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
        <InvitationFields
          idPrefix="invite"
          labels={{
            targetGroup: t('targetGroup'),
            team: t('team'),
            language: t('language'),
            languageHint: t('languageHint'),
          }}
          groups={groups}
          teams={teams}
          defaultTeam={defaultTeam}
          values={values}
          errors={errors}
        />
        <Field
          id="invite-expiresInDays"
          field={{ name: 'expiresInDays', label: t('expiryDays'), type: 'number', width: 'xs' }}
          error={errors.expiresInDays}
          value={values.expiresInDays ?? String(defaultExpiryDays)}
        />
        {mailEnabled && (
          <Field
            id="invite-email"
            field={{ name: 'email', label: m('email'), hint: m('emailHint'), type: 'email', width: 'l' }}
            error={errors.email}
            value={values.email ?? ''}
          />
        )}
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('create')}
        </button>
      </form>

      {state.status === 'done' && shown && (
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
            <InvitationCard card={state.data.card} issuer={state.data.issuer} qrLabel={t('qr')} />
          </div>
        </div>
      )}
    </>
  );
}
