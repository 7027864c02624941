'use client';

import { useActionState, useEffect, useState, startTransition, type ReactNode } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { COMMENT_MAX_LENGTH, ITEMS, type SurveyFieldKey } from '@/lib/survey/definition';
import { keepAnswers, readKeptAnswers } from '@/lib/survey/kept-answers';
import { FieldFrame, RadioGroup } from '@/components/forms/Field';
import { useOptionLabels } from '@/components/survey/option-labels';
import { surveyAnswersSchema, type SurveyFormValues } from '@/lib/validation/survey';
import type { ActionState, FormAction } from '@/lib/action-state';
import { ErrorSummary, type SummaryError } from './ErrorSummary';
import { titleWith } from '@/lib/organisation';
import { LANGUAGE_TAGS } from '@/lib/locales';

type Props = {
  /** The heading and introduction; the error summary goes above them, at the top of the page. */
  intro: ReactNode;
  action: FormAction;
  token: string;
  locale: string;
  /** The municipality's name, which ends every citizen page's title. */
  organisation: string;
};

/**
 * The server sends a kept survey page with its scripts loading on first use
 * (scripts/lib/first-use.ts), so a citizen may have answered before React takes over the page,
 * and react-hook-form would clear a radio button chosen before it registered it. React attaches
 * this to the form's first input before react-hook-form registers the rest, at a moment nothing
 * else can run: each radio button chosen by then becomes the form's starting choice, which
 * react-hook-form reads from the page. (A comment typed by then it keeps by itself.)
 */
function keepChoicesMade(first: HTMLInputElement | null) {
  for (const radio of first?.form?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? [])
    radio.defaultChecked = true;
}

export function SurveyForm({ intro, action, token, locale, organisation }: Props) {
  const t = useTranslations('Survey');
  const optionLabels = useOptionLabels();
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const serverValues = state.status === 'error' ? state.values : undefined;
  const [showClientErrors, setShowClientErrors] = useState(false);

  const { register, handleSubmit, control, subscribe, reset, getValues, formState } = useForm<SurveyFormValues>({
    resolver: zodResolver(surveyAnswersSchema) as unknown as Resolver<SurveyFormValues>,
    defaultValues: serverValues ?? {},
    shouldFocusError: false,
  });

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => keepAnswers(token, values),
      }),
    [subscribe, token],
  );

  const comment = useWatch({ control, name: 'comment' }) ?? serverValues?.comment ?? '';
  const commentLength = comment.replace(/\r\n?/g, '\n').length;

  // Answers survive the language switch: kept in this tab only, removed after sending. Those in
  // the page when the script starts (given before it ran) win over the kept ones; with any, the
  // form starts from them (reset: useWatch hears the comment too).
  useEffect(() => {
    if (serverValues) return;
    const inPage = Object.fromEntries(Object.entries(getValues()).filter(([, value]) => Boolean(value)));
    const answers = { ...readKeptAnswers(token), ...inPage };
    if (Object.values(answers).some(Boolean)) reset(answers);
  }, [token, reset, getValues, serverValues]);

  const errors: SummaryError[] = collectErrors(showClientErrors ? formState.errors : undefined, state);
  const errorKey = `${formState.submitCount}:${state.status === 'error' ? JSON.stringify(state) : ''}`;

  const onSubmit = handleSubmit(
    (_values, event) => {
      setShowClientErrors(false);
      const formData = new FormData(event!.target as HTMLFormElement);
      startTransition(() => formAction(formData));
    },
    () => setShowClientErrors(true),
  );

  const fieldError = (key: SurveyFieldKey) => {
    const message = errors.find((error) => error.field === key)?.message;
    return message ? t(`errors.${message as 'invalidChoice'}`) : undefined;
  };

  return (
    <>
      <title>{titleWith(errors.length > 0 ? t('errorTitle') : t('title'), organisation)}</title>
      {errors.length > 0 && <ErrorSummary errors={errors} focusKey={errorKey} />}
      {intro}
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="token" value={token} ref={keepChoicesMade} />
        <input type="hidden" name="locale" value={locale} />
        {ITEMS.map((item) => {
          // The follow-up is always in the page; styles.css shows it once its condition is
          // chosen, with or without JavaScript (and throughout in a browser without :has()).
          const followUp = 'showWhen' in item;
          const label = t(`items.${item.key}.label`);
          const hint =
            item.key === 'min_plan_use' || item.key === 'min_plan_overview'
              ? t(`items.${item.key}.hint`)
              : item.kind === 'likert'
                ? t('scaleHint')
                : undefined;
          return (
            <RadioGroup
              key={item.key}
              id={item.key}
              legend={label}
              hint={hint}
              error={fieldError(item.key)}
              errorPrefix={t('errors.summaryHeading')}
              options={optionLabels(item)}
              defaultValue={serverValues?.[item.key]}
              input={register(item.key)}
              className={followUp ? 'ml-5 survey-follow-up' : undefined}
            />
          );
        })}
        <CommentField
          register={register('comment')}
          defaultValue={serverValues?.comment}
          length={commentLength}
          error={fieldError('comment')}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('sending') : t('submit')}
        </button>
      </form>
    </>
  );
}

function CommentField({
  register,
  defaultValue,
  length,
  error,
}: {
  register: ReturnType<ReturnType<typeof useForm<SurveyFormValues>>['register']>;
  defaultValue?: string;
  length: number;
  error?: string;
}) {
  const t = useTranslations('Survey');
  // Written by the page's language tag: easy-read Danish (`let`) is Danish, which Intl knows as `da`
  // only (an unknown tag falls back to the server's and the browser's own, which differ). Western
  // digits in every language, as the texts around the number write them (and the same on the
  // server and in any browser, whose Arabic defaults differ).
  const numbers = new Intl.NumberFormat(LANGUAGE_TAGS[useLocale()], { numberingSystem: 'latn' });
  const remaining = COMMENT_MAX_LENGTH - length;
  return (
    <FieldFrame
      id="comment"
      className="form-limit"
      label={t('items.comment.label')}
      hint={t('items.comment.hint')}
      error={error}
      errorPrefix={t('errors.summaryHeading')}
    >
      <textarea
        className="form-input"
        id="comment"
        rows={5}
        aria-describedby={`comment-hint comment-counter${error ? ' comment-error' : ''}`}
        aria-invalid={error ? true : undefined}
        defaultValue={defaultValue}
        {...register}
      />
      <span
        id="comment-counter"
        className={`character-limit${remaining < 0 ? ' limit-exceeded' : ''}`}
        aria-live="polite"
      >
        {remaining >= 0
          ? t('items.comment.counter', { remaining, shown: numbers.format(remaining) })
          : t('items.comment.counterOver', { over: -remaining, shown: numbers.format(-remaining) })}
      </span>
    </FieldFrame>
  );
}

/** Errors to show: the browser's own check, else what the server sent back. */
function collectErrors(
  clientErrors: Record<string, { message?: string } | undefined> | undefined,
  state: ActionState,
): SummaryError[] {
  const found: SummaryError[] = [];
  if (clientErrors && Object.keys(clientErrors).length > 0) {
    if (clientErrors.root?.message) found.push({ message: clientErrors.root.message });
    for (const key of [...ITEMS.map((item) => item.key), 'comment'] as SurveyFieldKey[]) {
      const message = clientErrors[key]?.message;
      if (message) found.push({ field: key, message });
    }
    return found;
  }
  if (state.status !== 'error') return found;
  for (const message of state.formErrors) found.push({ message });
  for (const key of [...ITEMS.map((item) => item.key), 'comment'] as SurveyFieldKey[]) {
    const message = state.fieldErrors[key];
    if (message) found.push({ field: key, message });
  }
  return found;
}
