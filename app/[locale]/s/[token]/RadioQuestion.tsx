'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslations } from 'next-intl';

type Props = {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  register: UseFormRegisterReturn;
  indented?: boolean;
};

/** One statement as a fieldset of radios (GOV.UK radios pattern, DKFDS markup); nothing preselected. */
export function RadioQuestion({ name, legend, hint, error, options, defaultValue, register, indented }: Props) {
  const t = useTranslations('Survey');
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}${indented ? ' ml-5' : ''}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${name}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="form-error-message" id={`${name}-error`}>
            <span className="sr-only">{t('errors.summaryHeading')}: </span>
            {error}
          </span>
        )}
        {options.map((option) => (
          <div className="form-group-radio" key={option.value}>
            <input
              className="form-radio"
              type="radio"
              id={`${name}-${option.value}`}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              {...register}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
