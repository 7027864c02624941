'use server';

import { getDb } from '@/db/client';
import { submitResponse } from '@/db/queries/responses';
import { redirect } from '@/i18n/navigation';
import { logError, logEvent } from '@/lib/log';
import { readSurveySubmission } from '@/lib/survey/submission';
import { formatCode } from '@/lib/tokens';
import type { ActionState } from '@/lib/action-state';

/**
 * The public submit action. The token is the only authorisation a citizen
 * has, so it is checked here: spent and stored in one transaction.
 * (Without JavaScript, `npm start`'s server takes a valid submission itself,
 * in the same way: scripts/lib/survey-cache.ts.)
 */
export async function submitSurvey(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = readSurveySubmission(formData.entries());
  if (!form.ok) return form.state;

  let result;
  try {
    result = submitResponse(getDb(), form.token, form.answers, form.locale);
  } catch (error) {
    // Busy, read-only or full database: nothing was written, the token is unspent.
    logError('survey_submit_failed', error);
    return { status: 'error', fieldErrors: {}, formErrors: ['tryAgain'], values: form.values };
  }
  if (!result.ok) {
    // Already answered or no longer valid: the token's own page says which.
    return redirect({ href: `/s/${formatCode(form.token)}`, locale: form.locale });
  }
  logEvent('survey_submitted', { language: form.locale });
  return redirect({ href: '/s/tak', locale: form.locale });
}
