'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionState, FormAction, Secret } from '@/lib/action-state';
import { Alert } from '../Alert';
import { Field, type FieldSpec } from './Field';
import { useResultFocus } from './use-result-focus';

export type { FieldSpec } from './Field';

type Props<Data extends Secret | undefined> = {
  action: FormAction<Data>;
  fields: FieldSpec[];
  submitLabel: string;
  /** Distinguishes several forms on one page (ids of fields and the summary). */
  id: string;
  secondary?: boolean;
};

/**
 * A DKFDS form bound to a server action: error summary that takes focus,
 * inline errors, values kept after an error, and a success message that can
 * carry a secret shown once. Works without JavaScript too.
 */
export function ActionForm<Data extends Secret | undefined>({
  action,
  fields,
  submitLabel,
  id,
  secondary,
}: Props<Data>) {
  const [state, formAction, pending] = useActionState<ActionState<Data>, FormData>(action, { status: 'idle' });
  const t = useTranslations('Forms');
  const { summaryRef, resultRef } = useResultFocus(state);
  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const fieldId = (name: string) => `${id}-${name}`;

  return (
    <>
      {state.status === 'error' && (
        <Alert variant="error" role="alert" heading={t('errorSummary')} headingId={`${id}-summary`} ref={summaryRef}>
          <ul className="alert-text nobullet-list">
            {state.formErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {fields
              .filter((field) => errors[field.name])
              .map((field) => (
                <li key={field.name}>
                  <a href={`#${fieldId(field.name)}`}>{errors[field.name]}</a>
                </li>
              ))}
          </ul>
        </Alert>
      )}
      {state.status === 'done' && (
        <Alert variant="success" role="status" heading={state.message} headingLevel="p" ref={resultRef}>
          {state.data?.secret && (
            <p className="alert-text">
              <code className="secret" data-testid={`${id}-secret`}>
                {state.data.secret}
              </code>
            </p>
          )}
        </Alert>
      )}
      <form action={formAction} noValidate key={state.status === 'error' ? JSON.stringify(values) : state.status}>
        {fields.map((field) =>
          field.type === 'hidden' ? (
            <input key={field.name} type="hidden" name={field.name} value={field.defaultValue ?? ''} />
          ) : (
            <Field
              key={field.name}
              field={field}
              id={fieldId(field.name)}
              error={errors[field.name]}
              value={values[field.name]}
            />
          ),
        )}
        <button
          type="submit"
          className={`button ${secondary ? 'button-secondary' : 'button-primary'}`}
          disabled={pending}
        >
          {submitLabel}
        </button>
      </form>
    </>
  );
}
