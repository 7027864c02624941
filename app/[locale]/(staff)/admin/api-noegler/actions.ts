'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';
import type { Secret } from '@/lib/action-state';
import { trimmed } from '@/lib/validation/forms';
import { adminAction, adminButton } from '@/server/admin-action';

export const createToken = adminAction(z.object({ name: trimmed(120) }), async ({ name }, { admin, db }) => {
  const { id, token } = createApiToken(db, name, admin.email);
  const t = await getTranslations('AdminApiTokens');
  return {
    audit: { action: 'api_token_created', target: String(id), details: { name } },
    message: t('created', { name }),
    data: { secret: token } satisfies Secret,
  };
});

export const revokeToken = adminButton(z.object({ id: z.coerce.number().int() }), ({ id }, { db }) =>
  revokeApiToken(db, id) ? { action: 'api_token_revoked', target: String(id) } : null,
);
