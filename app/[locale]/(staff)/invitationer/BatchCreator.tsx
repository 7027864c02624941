'use client';

import { useActionState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import { Link } from '@/i18n/navigation';
import type { FormAction } from '@/lib/action-state';
import { Field } from '@/components/forms/Field';
import { useResultFocus } from '@/components/forms/use-result-focus';
import type { CreatedBatch } from './batch-state';
import { useLatestResult } from './latest-result';
import { InvitationCard } from './InvitationCard';
import { InvitationFields } from './InvitationFields';
import type { CardData } from '@/server/invitation-card';

/** Four A6 cards to an A4 sheet. */
const sheets = (cards: CardData[]) =>
  Array.from({ length: Math.ceil(cards.length / 4) }, (_, i) => cards.slice(i * 4, i * 4 + 4));

type Option = { value: string; label: string };
type Props = {
  action: FormAction<CreatedBatch>;
  groups: Option[];
  teams: Option[];
  defaultTeam: string;
  /** A CSV file with the columns and two example rows, as a data: address. */
  template: string;
};

/** Two ways to make many invitations; one result: problems by line, or a CSV of links to download. */
export function BatchCreator({ action, groups, teams, defaultTeam, template }: Props) {
  const t = useTranslations('Batch');
  const i = useTranslations('Invitations');
  const j = useTranslations('MailJob');
  const f = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const shown = useLatestResult('batch', state);
  const { summaryRef, resultRef } = useResultFocus(state, shown);
  const cards =
    state.status === 'done' && shown && state.data.cards && 'items' in state.data.cards ? state.data.cards : null;
  // The count form keeps what was chosen, after an error and after creating.
  const values =
    state.status === 'error' && state.values.mode === 'count'
      ? state.values
      : state.status === 'done'
        ? (state.data.choices ?? {})
        : {};

  return (
    <>
      {state.status === 'error' && (
        <Alert
          variant="error"
          role="alert"
          heading={state.formErrors.length ? t('problemsHeading') : f('errorSummary')}
          headingLevel={3}
          headingId="batch-problems"
          ref={summaryRef}
        >
          <ul className="alert-text" data-testid="batch-problems">
            {state.formErrors.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
            {Object.entries(errors).map(([name, message]) => (
              <li key={name}>
                <a href={`#batch-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {state.status === 'done' && shown && (
        <Alert variant="success" role="status" heading={state.message} headingLevel="p" ref={resultRef}>
          {state.data.mailJob && (
            <p className="alert-text">
              <Link href={`/invitationer/forsendelse/${state.data.mailJob.id}`}>
                {j('follow', { count: state.data.mailJob.count })}
              </Link>
            </p>
          )}
          <p className="alert-text">
            <a href={state.data.download} download="invitationer.csv" data-testid="batch-download">
              {t('download')}
            </a>
          </p>
          {state.data.cards && 'tooMany' in state.data.cards && (
            <p className="alert-text">{t('cardsTooMany', { max: state.data.cards.tooMany })}</p>
          )}
          {cards && (
            <>
              <p className="alert-text">{t('cardsHint')}</p>
              <p className="alert-text">
                <button type="button" className="button button-secondary" onClick={() => window.print()}>
                  {t('printCards', { count: cards.items.length })}
                </button>
              </p>
            </>
          )}
        </Alert>
      )}
      {/* The sheets print alone, straight under <body> (see app/styles.css); never shown on screen. */}
      {cards &&
        typeof document !== 'undefined' &&
        createPortal(
          <div className="card-sheets" data-testid="card-sheets">
            {sheets(cards.items).map((sheet, index) => (
              <div className="card-sheet" key={index}>
                {sheet.map((card) => (
                  <InvitationCard key={card.code} card={card} issuer={cards.issuer} qrLabel={i('qr')} />
                ))}
              </div>
            ))}
          </div>,
          document.body,
        )}

      <h3>{t('countHeading')}</h3>
      <form action={formAction} key={JSON.stringify(values)}>
        <input type="hidden" name="mode" value="count" />
        <InvitationFields
          idPrefix="batch"
          labels={{ targetGroup: t('groupForAll'), team: t('teamForAll'), language: t('languageForAll') }}
          groups={groups}
          teams={teams}
          defaultTeam={defaultTeam}
          values={values}
          errors={errors}
        />
        <Field
          id="batch-count"
          field={{ name: 'count', label: t('count'), hint: t('countHint'), type: 'number', width: 'xs' }}
          error={errors.count}
          value={values.count ?? '10'}
        />
        <button type="submit" className="button button-secondary" disabled={pending}>
          {t('createCount')}
        </button>
      </form>

      <h3>{t('fileHeading')}</h3>
      <form action={formAction}>
        <input type="hidden" name="mode" value="file" />
        <p>
          <a href={template} download={t('templateFile')}>
            {t('template')}
          </a>
        </p>
        <Field
          id="batch-file"
          field={{ name: 'file', label: t('file'), hint: t('fileHint'), type: 'file', accept: '.csv,text/csv' }}
        />
        <button type="submit" className="button button-secondary" disabled={pending}>
          {t('createFile')}
        </button>
      </form>
    </>
  );
}
