import 'server-only';
import type { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/form-state';

/** Turns a failed zod parse into the form state, with messages translated for the request's language. */
export async function errorState(
  error: z.ZodError,
  values: Record<string, string>,
  params: Record<string, Record<string, number>> = {},
): Promise<FormState> {
  const t = await getTranslations('Forms.errors');
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[0];
    // zod's own messages (for values no form would send) become a generic one.
    const key = t.has(issue.message as 'required') ? (issue.message as 'required') : 'invalidRequest';
    const message = t(key, params[String(field)] ?? {});
    if (typeof field === 'string') fieldErrors[field] ??= message;
    else formError ??= message;
  }
  return { status: 'error', fieldErrors, formError, values };
}

export async function fieldError(field: string, key: string, values: Record<string, string>): Promise<FormState> {
  const t = await getTranslations('Forms.errors');
  return { status: 'error', fieldErrors: { [field]: t(key as 'required') }, values };
}

export async function formError(key: string, values: Record<string, string> = {}): Promise<FormState> {
  const t = await getTranslations('Forms.errors');
  return { status: 'error', fieldErrors: {}, formError: t(key as 'required'), values };
}
