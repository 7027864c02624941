'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { getStaff, setStaffDisabled, setStaffRole } from '@/db/queries/users';
import type { Secret } from '@/lib/action-state';
import { ROLES } from '@/lib/auth/roles';
import { DomainError } from '@/lib/errors';
import { cleanText, email, trimmed } from '@/lib/validation/forms';
import { adminAction } from '@/server/admin-action';
import { getAuth } from '@/server/auth';
import type { StaffUser } from '@/server/auth/session';
import { changeStaffTeam, createStaffUser, resetStaffPassword } from '@/server/staff';

const role = z.enum(ROLES, { error: 'invalidRole' });
const team = z.string({ error: 'unknownTeam' }).transform((value) => cleanText(value) || null);
const person = { userId: z.string() };

/** The person a row action is for; never the admin themself for role changes and disabling. */
function target(db: Db, userId: string, admin: StaffUser, allowSelf: boolean) {
  const found = getStaff(db, userId);
  if (!found) throw new DomainError('invalidRequest');
  if (!allowSelf && found.id === admin.id) throw new DomainError('notYourself');
  return found;
}

export const createPerson = adminAction(z.object({ name: trimmed(120), email, role, team }), async (input, { db }) => {
  const created = await createStaffUser(db, input, getAuth());
  const t = await getTranslations('AdminPeople');
  return {
    audit: { action: 'user_created', target: created.email, details: { role: input.role, team: input.team } },
    message: t('created', { email: created.email }),
    data: { secret: created.password } satisfies Secret,
  };
});

export const changeRole = adminAction(z.object({ ...person, role }), ({ userId, role }, { admin, db }) => {
  const found = target(db, userId, admin, false);
  setStaffRole(db, found.id, role);
  return { audit: { action: 'user_role_changed', target: found.email, details: { from: found.role, to: role } } };
});

export const changeTeam = adminAction(z.object({ ...person, team }), ({ userId, team }, { admin, db }) => {
  const found = target(db, userId, admin, true);
  changeStaffTeam(db, found.id, team);
  return { audit: { action: 'user_team_changed', target: found.email, details: { to: team } } };
});

export const setDisabled = adminAction(
  z.object({ ...person, disabled: z.enum(['true', 'false']).transform((value) => value === 'true') }),
  ({ userId, disabled }, { admin, db }) => {
    const found = target(db, userId, admin, false);
    setStaffDisabled(db, found.id, disabled);
    return { audit: { action: disabled ? 'user_disabled' : 'user_enabled', target: found.email } };
  },
);

export const resetPassword = adminAction(z.object(person), async ({ userId }, { admin, db }) => {
  const found = target(db, userId, admin, true);
  const password = await resetStaffPassword(db, found.id, getAuth());
  const t = await getTranslations('AdminPeople');
  return {
    audit: { action: 'user_password_reset', target: found.email },
    message: t('passwordReset', { email: found.email }),
    data: { secret: password } satisfies Secret,
  };
});
