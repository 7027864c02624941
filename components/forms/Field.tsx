import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

export type FieldSpec = {
  name: string;
  label: string;
  type: 'text' | 'search' | 'email' | 'password' | 'number' | 'select' | 'hidden' | 'date' | 'file';
  hint?: string;
  options?: { value: string; label: string }[];
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  width?: 'xs' | 's' | 'm' | 'l';
  /** The kinds of file a file field offers. */
  accept?: string;
};

/** The ids that tie a field's hint and error to its input, for `aria-describedby`. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A field's error under its label (DKFDS), tied to the control by `${id}-error`. */
function FieldError({ id, error, prefix }: { id: string; error?: string; prefix?: string }) {
  if (!error) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      {prefix && <span className="sr-only">{prefix}: </span>}
      {error}
    </span>
  );
}

/** A DKFDS form group's label, hint and error message; the control is the child. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  errorPrefix,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Read before the error by screen readers only, as GOV.UK does ("Fejl: "). */
  errorPrefix?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${className ? ` ${className}` : ''}${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError id={id} error={error} prefix={errorPrefix} />
      {children}
    </div>
  );
}

/** A text input or a select, with its label, hint and error (DKFDS markup); works without JavaScript. */
export function Field({ field, id, error, value }: { field: FieldSpec; id: string; error?: string; value?: string }) {
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy(id, field.hint, error),
    'aria-invalid': error ? true : undefined,
    defaultValue: field.type === 'password' || field.type === 'file' ? undefined : (value ?? field.defaultValue),
  };
  const width = field.width ? ` input-width-${field.width}` : '';
  return (
    <FieldFrame id={id} label={field.label} hint={field.hint} error={error}>
      {field.type === 'select' ? (
        <select className={`form-select${width}`} {...common}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.type === 'file' ? (
        <input className="form-file-input" type="file" accept={field.accept} {...common} />
      ) : (
        <input
          className={`form-input${width}`}
          type={field.type === 'number' ? 'text' : field.type}
          inputMode={field.type === 'number' ? 'numeric' : field.inputMode}
          autoComplete={field.autoComplete ?? 'off'}
          {...common}
        />
      )}
    </FieldFrame>
  );
}

/**
 * Radio buttons in a fieldset whose legend asks the question (GOV.UK's radios pattern in DKFDS
 * markup), nothing preselected unless `defaultValue` says so. `input` carries the name, or
 * react-hook-form's registration on the survey.
 */
export function RadioGroup({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  options,
  defaultValue,
  input,
  className,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  input: InputHTMLAttributes<HTMLInputElement> & { name: string; ref?: Ref<HTMLInputElement> };
  className?: string;
}) {
  return (
    <div className={`form-group${className ? ` ${className}` : ''}${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        <FieldError id={id} error={error} prefix={errorPrefix} />
        {options.map((option) => (
          <div className="form-group-radio" key={option.value}>
            <input
              className="form-radio"
              type="radio"
              id={`${id}-${option.value}`}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              {...input}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
