'use server';

import { z } from 'zod';
import { addTargetGroup, renameTargetGroup, setTargetGroupRetired } from '@/db/queries/reference';
import { DomainError } from '@/lib/errors';
import { referenceKey, retiredFlag, trimmed } from '@/lib/validation/forms';
import { adminAction, adminButton } from '@/server/admin-action';

const names = z.object({ nameDa: trimmed(120), nameEn: trimmed(120) });

export const createTargetGroup = adminAction(names.extend({ key: referenceKey }), (group, { db }) => {
  addTargetGroup(db, group);
  return {
    audit: {
      action: 'target_group_created',
      target: group.key,
      details: { nameDa: group.nameDa, nameEn: group.nameEn },
    },
  };
});

export const renameGroup = adminAction(names.extend({ key: z.string() }), ({ key, ...newNames }, { db }) => {
  if (!renameTargetGroup(db, key, newNames)) throw new DomainError('invalidRequest');
  return { audit: { action: 'target_group_renamed', target: key, details: newNames } };
});

export const setGroupRetired = adminButton(retiredFlag, ({ key, retired }, { db }) =>
  setTargetGroupRetired(db, key, retired)
    ? { action: retired ? 'target_group_retired' : 'target_group_restored', target: key }
    : null,
);
