import 'server-only';
import type { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { ErrorState } from '@/lib/action-state';
import type { DomainError } from '@/lib/errors';
import messages from '@/messages/staff/da.json';

type Values = Record<string, string>;
type Params = Record<string, Record<string, number>>;

/** A message under Forms.errors: what schemas, domain rules and actions give as a reason. */
type FormErrorKey = keyof (typeof messages)['Forms']['errors'];

/** Whether a schema's or a rule's message is one of Forms.errors (zod's own messages are not). */
const isFormErrorKey = (key: string): key is FormErrorKey => Object.hasOwn(messages.Forms.errors, key);
const reason = (key: string): FormErrorKey => (isFormErrorKey(key) ? key : 'invalidRequest');

/** A failed zod parse as the form's error state, in the request's language. */
export async function invalid(error: z.ZodError, values: Values, params: Params = {}): Promise<ErrorState> {
  const t = await getTranslations('Forms.errors');
  const fieldErrors: Record<string, string> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    const message = t(reason(issue.message), params[String(field)] ?? {});
    if (typeof field === 'string') fieldErrors[field] ??= message;
    else if (!formErrors.includes(message)) formErrors.push(message);
  }
  return { status: 'error', fieldErrors, formErrors, values };
}

/** One field's error. */
export async function fieldError(field: string, key: FormErrorKey, values: Values): Promise<ErrorState> {
  const t = await getTranslations('Forms.errors');
  return { status: 'error', fieldErrors: { [field]: t(key) }, formErrors: [], values };
}

/** An error of the whole form. */
export async function formError(key: FormErrorKey, values: Values = {}): Promise<ErrorState> {
  const t = await getTranslations('Forms.errors');
  return { status: 'error', fieldErrors: {}, formErrors: [t(key)], values };
}

/** Errors already written out, such as every bad row of a file. */
export function problems(formErrors: string[], values: Values = {}): ErrorState {
  return { status: 'error', fieldErrors: {}, formErrors, values };
}

/** A domain rule's refusal on its field, or on the whole form. */
export function refused(error: DomainError, values: Values): Promise<ErrorState> {
  return error.field ? fieldError(error.field, reason(error.code), values) : formError(reason(error.code), values);
}

/** "The changes are saved", in the request's language. */
export async function savedMessage(): Promise<string> {
  return (await getTranslations('Forms'))('saved');
}
