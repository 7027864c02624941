'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import { Field } from '@/components/forms/Field';
import { useResultFocus } from '@/components/forms/use-result-focus';
import type { FormAction } from '@/lib/action-state';

/** Upload of one file; the result takes focus: every bad row, or how many responses were imported. */
export function ImportForm({ action }: { action: FormAction }) {
  const t = useTranslations('AdminImport');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const { summaryRef, resultRef } = useResultFocus(state);

  return (
    <>
      {state.status === 'error' && (
        <Alert variant="error" role="alert" heading={t('problemsHeading')} headingId="import-problems" ref={summaryRef}>
          <ul className="alert-text" data-testid="import-problems">
            {state.formErrors.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {state.status === 'done' && (
        <Alert
          variant="success"
          role="status"
          heading={state.message}
          headingLevel="p"
          ref={resultRef}
          testId="import-done"
        />
      )}
      <form action={formAction}>
        <Field
          id="import-file"
          field={{
            name: 'file',
            label: t('file'),
            hint: t('fileHint'),
            type: 'file',
            accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('importing') : t('submit')}
        </button>
      </form>
    </>
  );
}
