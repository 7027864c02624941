import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { quarterLabel, type PeriodKind, type Quarter } from '@/lib/periods';

type Props = {
  action: string;
  /** Quarters to choose from, newest first; the running one (its complete months) first of all. */
  quarters: { quarter: Quarter; name: string }[];
  years: number[];
  /** What is shown now: the form opens on it. */
  shown: { kind: PeriodKind; quarter?: string; year?: string; month?: string; from?: string; to?: string };
};

/**
 * One GET form for the period, opened on what is shown: a quarter, a year, a month or a range
 * of whole months, each choice with its own field below it, and one button. It works without
 * JavaScript (every field is there; the server reads the chosen one).
 */
export function PeriodPicker({ action, quarters, years, shown }: Props) {
  const t = useTranslations('Results');
  const choice = (kind: PeriodKind, label: string, fields: ReactNode) => (
    <div className="period-choice">
      <div className="form-group-radio">
        <input
          className="form-radio"
          type="radio"
          id={`period-${kind}`}
          name="period"
          value={kind}
          defaultChecked={shown.kind === kind}
        />
        <label htmlFor={`period-${kind}`}>{label}</label>
      </div>
      <div className="period-choice-fields">{fields}</div>
    </div>
  );
  const monthInput = (name: 'month' | 'from' | 'to', label: string) => (
    <div className="form-group">
      <label className="form-label" htmlFor={`period-${name}-value`}>
        {label}
      </label>
      <input
        className="form-input input-width-s"
        type="month"
        id={`period-${name}-value`}
        name={name}
        defaultValue={shown[name]}
        aria-describedby="period-month-hint"
      />
    </div>
  );
  const select = (name: 'quarter' | 'year', label: string, options: { value: string; name: string }[]) => (
    <div className="form-group">
      <label className="form-label" htmlFor={`period-${name}-value`}>
        {label}
      </label>
      <select className="form-select" id={`period-${name}-value`} name={name} defaultValue={shown[name]}>
        {options.map(({ value, name }) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={action} className="period-picker" data-testid="period-picker">
      <fieldset>
        <legend className="form-label">{t('periodLegend')}</legend>
        <p className="form-hint" id="period-month-hint">
          {t('dateHint')}
        </p>
        {choice(
          'quarter',
          t('byQuarter'),
          select(
            'quarter',
            t('quarter'),
            quarters.map(({ quarter, name }) => ({ value: quarterLabel(quarter), name })),
          ),
        )}
        {choice(
          'year',
          t('byYear'),
          select(
            'year',
            t('year'),
            years.map((year) => ({ value: String(year), name: String(year) })),
          ),
        )}
        {choice('month', t('byMonth'), monthInput('month', t('month')))}
        {choice(
          'range',
          t('byRange'),
          <>
            {monthInput('from', t('from'))}
            {monthInput('to', t('to'))}
          </>,
        )}
      </fieldset>
      <button type="submit" className="button button-primary">
        {t('show')}
      </button>
    </form>
  );
}
