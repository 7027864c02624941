import type { ErrorState } from '@/lib/action-state';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/locales';
import { SURVEY_FIELD_KEYS, type Answers, type SurveyFieldKey } from '@/lib/survey/definition';
import { normalizeCode } from '@/lib/tokens';
import { flattenSurveyErrors, surveyAnswersSchema } from '@/lib/validation/survey';

/**
 * A posted survey form, read the one way both submit paths read it: the server action
 * (app/[locale]/(citizen)/s/[token]/actions.ts) and the server's own no-JavaScript submit
 * (scripts/lib/survey-cache.ts).
 */

const FIELD_KEYS = new Set<string>(SURVEY_FIELD_KEYS);
const MAX_FIELD_LENGTH = 10_000;

export type SurveySubmission =
  | { ok: true; token: string; locale: Locale; answers: Answers; values: Record<string, string> }
  | { ok: false; locale: Locale; state: ErrorState };

type Entries = Iterable<[string, FormDataEntryValue]>;

/**
 * Reads the form strictly (known fields once each, strings only, nothing oversized) and checks
 * the answers against the survey's schema. Next's own fields (`$ACTION…`) are skipped.
 */
export function readSurveySubmission(form: Entries): SurveySubmission {
  const values: Partial<Record<SurveyFieldKey, string>> = {};
  let problem: 'unknownField' | 'invalidRequest' | null = null;
  let rawToken: string | null = null;
  let locale: Locale = DEFAULT_LOCALE;
  const seen = new Set<string>();
  for (const [key, value] of form) {
    if (key.startsWith('$ACTION')) continue;
    if (seen.has(key) || typeof value !== 'string' || value.length > MAX_FIELD_LENGTH) {
      problem ??= 'invalidRequest';
      continue;
    }
    seen.add(key);
    if (key === 'token') rawToken = value;
    else if (key === 'locale') locale = isLocale(value) ? value : DEFAULT_LOCALE;
    else if (FIELD_KEYS.has(key)) values[key as SurveyFieldKey] = value;
    else problem ??= 'unknownField';
  }
  const failed = (state: Omit<ErrorState, 'status' | 'values'>): SurveySubmission => ({
    ok: false,
    locale,
    state: { status: 'error', ...state, values },
  });
  if (problem) return failed({ fieldErrors: {}, formErrors: [problem] });
  const token = rawToken === null ? null : normalizeCode(rawToken);
  if (!token) return failed({ fieldErrors: {}, formErrors: ['invalidRequest'] });
  const parsed = surveyAnswersSchema.safeParse(values);
  if (!parsed.success) return failed(flattenSurveyErrors(parsed.error));
  return { ok: true, token, locale, answers: parsed.data, values };
}
