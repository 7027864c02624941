'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/Alert';
import type { ImportState } from './import-state';

/** Upload of one file; the result takes focus: every bad row, or how many responses were imported. */
export function ImportForm({ action }: { action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const t = useTranslations('AdminImport');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') resultRef.current?.focus();
  }, [state]);

  return (
    <>
      {state.status === 'error' && (
        <Alert variant="error" role="alert" heading={t('problemsHeading')} headingId="import-problems" ref={resultRef}>
          <ul className="alert-text" data-testid="import-problems">
            {state.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {state.status === 'imported' && (
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
        <div className="form-group">
          <label className="form-label" htmlFor="import-file">
            {t('file')}
          </label>
          <span className="form-hint" id="import-file-hint">
            {t('fileHint')}
          </span>
          <input
            className="form-file-input"
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
          />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('importing') : t('submit')}
        </button>
      </form>
    </>
  );
}
