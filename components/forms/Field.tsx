import type { ReactNode } from 'react';

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

/** The ids that tie a field's hint and error to its input, for `aria-describedby`. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A DKFDS form group's label, hint and error message; the control is the child. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
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
    defaultValue: field.type === 'password' ? undefined : (value ?? field.defaultValue),
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

/** A file input with its label and hint. */
export function FileField({
  id,
  name,
  label,
  hint,
  accept,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  accept: string;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint}>
      <input
        className="form-file-input"
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, hint)}
      />
    </FieldFrame>
  );
}
