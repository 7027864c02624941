import type { SurveyFieldKey } from '@/lib/survey/definition';

/** What the submit action hands back to the form when it cannot store the answers. */
export type SurveyState =
  | { status: 'idle' }
  | {
      status: 'error';
      fieldErrors: Partial<Record<SurveyFieldKey, string>>;
      formError?: string;
      values: Partial<Record<SurveyFieldKey, string>>;
    };
