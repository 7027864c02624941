import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { quarterLabel as label, type Quarter } from '@/lib/periods';

type Props = {
  action: string;
  quarters: Quarter[];
  current: Quarter;
  years: number[];
  selected: { quarter?: string; year?: string; from?: string; to?: string };
};

function PeriodForm({
  action,
  legend,
  submit,
  children,
}: {
  action: string;
  legend: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} className="period-form">
      <fieldset>
        <legend className="h5">{legend}</legend>
        {children}
        <button type="submit" className="button button-secondary">
          {submit}
        </button>
      </fieldset>
    </form>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** Three small GET forms (a quarter, a year, a range of whole months), so the picker works without JavaScript. */
export function PeriodPicker({ action, quarters, current, years, selected }: Props) {
  const t = useTranslations('Results');
  const show = t('show');
  return (
    <div className="period-picker">
      <PeriodForm action={action} legend={t('byQuarter')} submit={show}>
        <Field id="period-quarter" label={t('quarter')}>
          <select className="form-select" id="period-quarter" name="quarter" defaultValue={selected.quarter}>
            <option value={label(current)}>{t('soFar', { quarter: label(current) })}</option>
            {quarters.map((q) => (
              <option key={label(q)} value={label(q)}>
                {label(q)}
              </option>
            ))}
          </select>
        </Field>
      </PeriodForm>
      <PeriodForm action={action} legend={t('byYear')} submit={show}>
        <Field id="period-year" label={t('year')}>
          <select className="form-select" id="period-year" name="year" defaultValue={selected.year}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </Field>
      </PeriodForm>
      <PeriodForm action={action} legend={t('byRange')} submit={show}>
        <p className="form-hint" id="period-date-hint">
          {t('dateHint')}
        </p>
        {(['from', 'to'] as const).map((name) => (
          <Field key={name} id={`period-${name}`} label={t(name)}>
            <input
              className="form-input input-width-s"
              type="month"
              id={`period-${name}`}
              name={name}
              defaultValue={selected[name]}
              aria-describedby="period-date-hint"
              required
            />
          </Field>
        ))}
      </PeriodForm>
    </div>
  );
}
