// zod/mini: the same schema language with functions instead of methods, so the browser
// gets only the parts this schema uses (the survey page's own JavaScript stays small).
import * as z from 'zod/mini';
import {
  COMMENT_MAX_LENGTH,
  ITEMS,
  applyFollowUpRule,
  type Answers,
  type ChoiceItemKey,
} from '@/lib/survey/definition';
import { normaliseText } from '@/lib/text';

/**
 * One schema for the survey form, used by react-hook-form in the browser and
 * again by the server action. Error messages are keys under Survey.errors.
 */
const blankToUndefined = (value: unknown) =>
  value === null || value === undefined || value === '' ? undefined : value;

const choice = (options: readonly [string, ...string[]]) =>
  z.pipe(z.transform(blankToUndefined), z.optional(z.enum(options, { error: 'invalidChoice' })));

const comment = z.pipe(
  z.transform((value: unknown) => {
    if (typeof value !== 'string') return blankToUndefined(value);
    // Stored as normalised text; a textarea's CRLF becomes one newline, so it counts as one character.
    const text = normaliseText(value).trim();
    return text === '' ? undefined : text;
  }),
  z.optional(z.string({ error: 'invalidComment' }).check(z.maxLength(COMMENT_MAX_LENGTH, { error: 'commentTooLong' }))),
);

const itemShape = Object.fromEntries(
  ITEMS.map((item) => [item.key, choice(item.options as unknown as [string, ...string[]])]),
) as Record<ChoiceItemKey, ReturnType<typeof choice>>;

export const surveyAnswersSchema = z
  .pipe(
    z.strictObject({ ...itemShape, comment }, { error: 'unknownField' }),
    z.transform((answers) => applyFollowUpRule(answers as Answers)),
  )
  .check(
    z.superRefine((answers, ctx) => {
      if (!hasAnyAnswer(answers)) {
        // On the `root` path, where react-hook-form keeps errors about the whole form.
        ctx.addIssue({ code: 'custom', message: 'noAnswers', path: ['root'] });
      }
    }),
  );

export type SurveyFormValues = Partial<Record<ChoiceItemKey | 'comment', string | null>>;

function hasAnyAnswer(answers: Answers): boolean {
  return Object.values(answers).some((value) => value !== undefined);
}

/** Field errors as message keys, the first per field, and a form-level error key. */
export function flattenSurveyErrors(error: z.core.$ZodError): {
  fieldErrors: Partial<Record<ChoiceItemKey | 'comment', string>>;
  formErrors: string[];
} {
  const fieldErrors: Partial<Record<ChoiceItemKey | 'comment', string>> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (field in itemShape || field === 'comment')) {
      fieldErrors[field as ChoiceItemKey] ??= issue.message;
    } else if (!formErrors.includes(issue.message)) {
      formErrors.push(issue.message);
    }
  }
  return { fieldErrors, formErrors };
}
