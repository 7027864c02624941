import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import { audit, type AuditAction } from '@/db/queries/audit';
import type { ActionState, FormAction } from '@/lib/action-state';
import { DomainError } from '@/lib/errors';
import { formValues } from '@/lib/validation/forms';
import { requireRole, type StaffUser } from './auth/session';
import { forgetCitizenPages } from './citizen-pages';
import { invalid, refused, savedMessage } from './form-results';

/** `formData` for what is not text, such as an uploaded file. */
type AdminContext = { admin: StaffUser; db: Db; values: Record<string, string>; formData: FormData };

/** What an admin change did: what the audit log gets (null: nothing changed), and what the form shows. */
type AdminOutcome<Data> = {
  audit: { action: AuditAction; target?: string | null; details?: Record<string, unknown> } | null;
  message?: string;
  data?: Data;
};

/**
 * After an admin change, every admin page shows fresh data, and so do the cached citizen pages
 * (the identity, the logo and the settings the privacy notice quotes are admin changes).
 */
const refreshAdmin = () => {
  revalidatePath('/[locale]/admin', 'layout');
  forgetCitizenPages();
};

/**
 * Every admin form's action, in one order: the admin role (with two-factor) → the form parsed
 * by its zod schema → the change → the audit log → fresh admin pages → "saved" or the
 * change's own message. A domain rule's refusal (DomainError) becomes the field's error.
 */
export function adminAction<Schema extends z.ZodType, Data = undefined>(
  schema: Schema,
  change: (input: z.output<Schema>, context: AdminContext) => AdminOutcome<Data> | Promise<AdminOutcome<Data>>,
  options: { params?: Record<string, Record<string, number>> } = {},
): FormAction<Data> {
  return async (_state, formData): Promise<ActionState<Data>> => {
    const admin = await requireRole('admin');
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values, options.params);
    const db = getDb();
    let outcome: AdminOutcome<Data>;
    try {
      outcome = await change(parsed.data, { admin, db, values, formData });
    } catch (error) {
      if (error instanceof DomainError) return refused(error, values);
      throw error;
    }
    if (outcome.audit) {
      audit(
        db,
        { id: admin.id, email: admin.email },
        outcome.audit.action,
        outcome.audit.target,
        outcome.audit.details,
      );
    }
    refreshAdmin();
    return { status: 'done', message: outcome.message ?? (await savedMessage()), data: outcome.data as Data };
  };
}

/**
 * An admin button (a plain form without a result to show, such as "retire"): the same order,
 * and a post that does not parse changes nothing.
 */
export function adminButton<Schema extends z.ZodType>(
  schema: Schema,
  change: (input: z.output<Schema>, context: AdminContext) => AdminOutcome<undefined>['audit'],
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const admin = await requireRole('admin');
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return;
    const db = getDb();
    const entry = change(parsed.data, { admin, db, values, formData });
    if (entry) audit(db, { id: admin.id, email: admin.email }, entry.action, entry.target, entry.details);
    refreshAdmin();
  };
}
