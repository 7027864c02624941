'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '../Alert';
import type { FormAction, FormState } from '@/lib/form-state';

export type FieldSpec = {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password' | 'number' | 'select' | 'hidden' | 'date';
  hint?: string;
  options?: { value: string; label: string }[];
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  width?: 'xs' | 's' | 'm' | 'l';
};

type Props = {
  action: FormAction;
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
export function ActionForm({ action, fields, submitLabel, id, secondary }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: 'idle' });
  const t = useTranslations('Forms');
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
    if (state.status === 'success') resultRef.current?.focus();
  }, [state]);

  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const fieldId = (name: string) => `${id}-${name}`;

  return (
    <>
      {state.status === 'error' && (
        <Alert variant="error" role="alert" heading={t('errorSummary')} headingId={`${id}-summary`} ref={summaryRef}>
          <ul className="alert-text nobullet-list">
            {state.formError && <li>{state.formError}</li>}
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
      {state.status === 'success' && (
        <Alert variant="success" role="status" heading={state.message} headingLevel="p" ref={resultRef}>
          {state.secret && (
            <p className="alert-text">
              <code className="secret" data-testid={`${id}-secret`}>
                {state.secret}
              </code>
            </p>
          )}
          {state.extra && (
            <ul className="alert-text">
              {state.extra.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <form
        action={formAction}
        noValidate
        key={state.status === 'error' ? JSON.stringify(values) : String(state.status)}
      >
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

function Field({ field, id, error, value }: { field: FieldSpec; id: string; error?: string; value?: string }) {
  const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    defaultValue: field.type === 'password' ? undefined : (value ?? field.defaultValue),
  };
  const width = field.width ? ` input-width-${field.width}` : '';
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {field.label}
      </label>
      {field.hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {field.hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {field.type === 'select' ? (
        <select className={`form-select${width}`} {...common}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          className={`form-input${width}`}
          type={field.type === 'number' ? 'text' : field.type}
          inputMode={field.type === 'number' ? 'numeric' : field.inputMode}
          autoComplete={field.autoComplete ?? 'off'}
          {...common}
        />
      )}
    </div>
  );
}
