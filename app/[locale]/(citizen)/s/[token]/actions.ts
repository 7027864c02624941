'use server';

import { getDb } from '@/db/client';
import { submitResponse } from '@/db/queries/responses';
import { redirect } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { SURVEY_FIELD_KEYS, type SurveyFieldKey } from '@/lib/survey/definition';
import { logError, logEvent } from '@/lib/log';
import { formatCode, normalizeCode } from '@/lib/tokens';
import { flattenSurveyErrors, surveyAnswersSchema } from '@/lib/validation/survey';
import type { ActionState } from '@/lib/action-state';

const FIELD_KEYS = new Set<string>(SURVEY_FIELD_KEYS);
const MAX_FIELD_LENGTH = 10_000;

type ReadForm =
  | { ok: true; token: string | null; locale: Locale; values: Partial<Record<SurveyFieldKey, string>> }
  | {
      ok: false;
      formError: 'unknownField' | 'invalidRequest';
      locale: Locale;
      values: Partial<Record<SurveyFieldKey, string>>;
    };

/** Reads the posted form strictly: known fields once each, strings only, nothing oversized. */
function readForm(formData: FormData): ReadForm {
  const localeValue = formData.get('locale');
  const locale = routing.locales.find((l) => l === localeValue) ?? routing.defaultLocale;
  const values: Partial<Record<SurveyFieldKey, string>> = {};
  let problem: 'unknownField' | 'invalidRequest' | null = null;
  const seen = new Set<string>();
  for (const [key, value] of formData.entries()) {
    // Next's own fields for progressive enhancement.
    if (key.startsWith('$ACTION')) continue;
    if (seen.has(key) || typeof value !== 'string' || value.length > MAX_FIELD_LENGTH) {
      problem ??= 'invalidRequest';
      continue;
    }
    seen.add(key);
    if (key === 'token' || key === 'locale') continue;
    if (!FIELD_KEYS.has(key)) {
      problem ??= 'unknownField';
      continue;
    }
    values[key as SurveyFieldKey] = value;
  }
  if (problem) return { ok: false, formError: problem, locale, values };
  const rawToken = formData.get('token');
  const token = typeof rawToken === 'string' ? normalizeCode(rawToken) : null;
  return { ok: true, token, locale, values };
}

/**
 * The public submit action. The token is the only authorisation a citizen
 * has, so it is checked here: spent and stored in one transaction.
 */
export async function submitSurvey(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = readForm(formData);
  if (!form.ok) return { status: 'error', fieldErrors: {}, formErrors: [form.formError], values: form.values };
  if (!form.token) return { status: 'error', fieldErrors: {}, formErrors: ['invalidRequest'], values: form.values };

  const parsed = surveyAnswersSchema.safeParse(form.values);
  if (!parsed.success) {
    return { status: 'error', ...flattenSurveyErrors(parsed.error), values: form.values };
  }

  let result;
  try {
    result = submitResponse(getDb(), form.token, parsed.data, form.locale);
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
