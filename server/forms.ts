import 'server-only';
import type { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { ErrorState } from '@/lib/action-state';
import { DomainError } from '@/lib/errors';

type Values = Record<string, string>;
type Params = Record<string, Record<string, number>>;

/** A failed zod parse as the form's error state, in the request's language; schema messages are keys of Forms.errors. */
export async function invalid(error: z.ZodError, values: Values, params: Params = {}): Promise<ErrorState> {
  const t = await getTranslations('Forms.errors');
  const fieldErrors: Record<string, string> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    // zod's own messages (for values no form would send) become a generic one.
    const key = t.has(issue.message as 'required') ? (issue.message as 'required') : 'invalidRequest';
    const message = t(key, params[String(field)] ?? {});
    if (typeof field === 'string') fieldErrors[field] ??= message;
    else if (!formErrors.includes(message)) formErrors.push(message);
  }
  return { status: 'error', fieldErrors, formErrors, values };
}

/** One field's error, by its key under Forms.errors. */
export async function fieldError(field: string, key: string, values: Values): Promise<ErrorState> {
  const t = await getTranslations('Forms.errors');
  return { status: 'error', fieldErrors: { [field]: t(key as 'required') }, formErrors: [], values };
}

/** An error of the whole form, by its key under Forms.errors. */
export async function formError(key: string, values: Values = {}): Promise<ErrorState> {
  const t = await getTranslations('Forms.errors');
  return { status: 'error', fieldErrors: {}, formErrors: [t(key as 'required')], values };
}

/** Errors already written out, such as every bad row of a file. */
export function problems(formErrors: string[], values: Values = {}): ErrorState {
  return { status: 'error', fieldErrors: {}, formErrors, values };
}

/** A domain rule's refusal on its field, or on the whole form. */
export function refused(error: DomainError, values: Values): Promise<ErrorState> {
  return error.field ? fieldError(error.field, error.code, values) : formError(error.code, values);
}

/** "The changes are saved", in the request's language. */
export async function savedMessage(): Promise<string> {
  return (await getTranslations('Forms'))('saved');
}
