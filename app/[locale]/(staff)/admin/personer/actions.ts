'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { getStaff, setStaffDisabled, setStaffRole } from '@/db/queries/users';
import { changeStaffTeam, createStaffUser, resetStaffPassword, StaffError } from '@/server/staff';
import type { FormState } from '@/lib/form-state';
import { getAuth } from '@/server/auth';
import { ROLES } from '@/lib/auth/roles';
import { requireRole } from '@/server/auth/session';
import { errorState, fieldError, formError } from '@/server/forms';
import { cleanText, email, formValues, trimmed } from '@/lib/validation/forms';
import { refreshAdmin } from '../refresh';

const role = z.enum(ROLES, { error: 'invalidRole' });
const team = z.string({ error: 'unknownTeam' }).transform((value) => cleanText(value) || null);

const createSchema = z.object({ name: trimmed(120), email, role, team });

export async function createPerson(_state: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const parsed = createSchema.safeParse(values);
  if (!parsed.success) return errorState(parsed.error, values);
  const db = getDb();
  try {
    const created = await createStaffUser(db, parsed.data, getAuth());
    audit(db, { id: admin.id, email: admin.email }, 'user_created', created.email, {
      role: parsed.data.role,
      team: parsed.data.team,
    });
    refreshAdmin();
    const t = await getTranslations('AdminPeople');
    return { status: 'success', message: t('created', { email: created.email }), secret: created.password };
  } catch (error) {
    if (error instanceof StaffError && (error.code === 'emailExists' || error.code === 'unknownTeam')) {
      return fieldError(error.code === 'emailExists' ? 'email' : 'team', error.code, values);
    }
    throw error;
  }
}

/** The target of a row action, never the admin themself for role changes and disabling. */
async function target(formData: FormData, allowSelf: boolean) {
  const admin = await requireRole('admin');
  const values = formValues(formData);
  const person = getStaff(getDb(), values.userId ?? '');
  if (!person) return { admin, values, error: await formError('invalidRequest') };
  if (!allowSelf && person.id === admin.id) return { admin, values, error: await formError('notYourself') };
  return { admin, values, person };
}

export async function changeRole(_state: FormState, formData: FormData): Promise<FormState> {
  const { admin, values, person, error } = await target(formData, false);
  if (error) return error;
  const parsed = role.safeParse(values.role);
  if (!parsed.success) return fieldError('role', 'invalidRole', values);
  const db = getDb();
  setStaffRole(db, person.id, parsed.data);
  audit(db, { id: admin.id, email: admin.email }, 'user_role_changed', person.email, {
    from: person.role,
    to: parsed.data,
  });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function changeTeam(_state: FormState, formData: FormData): Promise<FormState> {
  const { admin, values, person, error } = await target(formData, true);
  if (error) return error;
  const db = getDb();
  const parsedTeam = team.safeParse(values.team);
  if (!parsedTeam.success) return fieldError('team', 'unknownTeam', values);
  const newTeam = parsedTeam.data;
  try {
    changeStaffTeam(db, person.id, newTeam);
  } catch (cause) {
    if (cause instanceof StaffError) return fieldError('team', cause.code, values);
    throw cause;
  }
  audit(db, { id: admin.id, email: admin.email }, 'user_team_changed', person.email, { to: newTeam });
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function setDisabled(_state: FormState, formData: FormData): Promise<FormState> {
  const { admin, values, person, error } = await target(formData, false);
  if (error) return error;
  const disabled = values.disabled === 'true';
  const db = getDb();
  setStaffDisabled(db, person.id, disabled);
  audit(db, { id: admin.id, email: admin.email }, disabled ? 'user_disabled' : 'user_enabled', person.email);
  refreshAdmin();
  return { status: 'success', message: (await getTranslations('Forms'))('saved') };
}

export async function resetPassword(_state: FormState, formData: FormData): Promise<FormState> {
  const { admin, person, error } = await target(formData, true);
  if (error) return error;
  const db = getDb();
  const password = await resetStaffPassword(db, person.id, getAuth());
  audit(db, { id: admin.id, email: admin.email }, 'user_password_reset', person.email);
  const t = await getTranslations('AdminPeople');
  return { status: 'success', message: t('passwordReset', { email: person.email }), secret: password };
}
