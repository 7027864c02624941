'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import { ITEMS, type SurveyFieldKey } from '@/lib/survey/definition';

export type SummaryError = { field?: SurveyFieldKey; message: string };

/** The first control of a field: the summary links there (GOV.UK: the first radio of a group). */
function anchorFor(field: SurveyFieldKey | undefined): string {
  if (field === 'comment') return '#comment';
  const item = ITEMS.find((candidate) => candidate.key === field) ?? ITEMS[0];
  return `#${item.key}-${item.options[0]}`;
}

/** DKFDS error summary; takes focus each time a submit fails. */
export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: string }) {
  const t = useTranslations('Survey.errors');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <Alert variant="error" role="alert" heading={t('summaryHeading')} headingId="error-summary-heading" ref={ref}>
      <ul className="alert-text nobullet-list">
        {errors.map((error) => (
          <li key={`${error.field ?? 'form'}-${error.message}`}>
            <a href={anchorFor(error.field)}>{t(error.message as 'noAnswers')}</a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
