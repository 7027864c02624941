import { z } from 'zod';
import { normaliseText } from '@/lib/text';

/** Staff text as it is stored: normalised (see normaliseText) and trimmed. */
export const cleanText = (value: string) => normaliseText(value).trim();

/** Shared pieces of the staff forms' zod schemas. Messages are keys under Forms.errors. */
export const trimmed = (max = 200) =>
  z
    .string({ error: 'required' })
    .transform(cleanText)
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }));

export const email = z
  .string({ error: 'required' })
  .transform((value) => cleanText(value).toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .pipe(z.email({ error: 'invalidEmail' })),
  );

export const referenceKey = z
  .string({ error: 'required' })
  .transform(cleanText)
  .pipe(z.string().regex(/^[a-z0-9_]{1,40}$/, { error: 'invalidKey' }));

export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'invalidNumber' })
    .int({ error: 'invalidNumber' })
    .min(min, { error: 'invalidNumber' })
    .max(max, { error: 'invalidNumber' });

/** FormData to a plain object of strings, keeping the first value of each name. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || key in values) continue;
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/** A row button that retires or restores a target group or team. */
export const retiredFlag = z.object({
  key: z.string(),
  retired: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
