'use server';

import { z } from 'zod';
import { addTeam, renameTeam, setTeamRetired } from '@/db/queries/reference';
import { DomainError } from '@/lib/errors';
import { referenceKey, retiredFlag, trimmed } from '@/lib/validation/forms';
import { adminAction, adminButton } from '@/server/admin-action';

export const createTeam = adminAction(z.object({ key: referenceKey, name: trimmed(120) }), (team, { db }) => {
  addTeam(db, team);
  return { audit: { action: 'team_created', target: team.key, details: { name: team.name } } };
});

export const renameTeamAction = adminAction(
  z.object({ key: z.string(), name: trimmed(120) }),
  ({ key, name }, { db }) => {
    if (!renameTeam(db, key, name)) throw new DomainError('invalidRequest');
    return { audit: { action: 'team_renamed', target: key, details: { name } } };
  },
);

export const setTeamRetiredAction = adminButton(retiredFlag, ({ key, retired }, { db }) =>
  setTeamRetired(db, key, retired) ? { action: retired ? 'team_retired' : 'team_restored', target: key } : null,
);
