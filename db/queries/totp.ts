import { createHash } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Db } from '../client';
import { usedTotpCodes } from '../schema';

/** Long enough to cover a code's whole validity (30 s steps, one step of drift either way). */
const REMEMBER_MS = 3 * 60 * 1000;

/**
 * Records that a user's TOTP code was accepted. Returns false when the same
 * code was already accepted within its window: a replayed code.
 */
export function claimTotpCode(db: Db, userId: string, code: string, now = new Date()): boolean {
  const codeHash = createHash('sha256').update(`${userId}:${code}`).digest('hex');
  return db.transaction(
    (tx) => {
      tx.delete(usedTotpCodes)
        .where(lt(usedTotpCodes.usedAt, new Date(now.getTime() - REMEMBER_MS)))
        .run();
      const inserted = tx.insert(usedTotpCodes).values({ userId, codeHash, usedAt: now }).onConflictDoNothing().run();
      return inserted.changes === 1;
    },
    { behavior: 'immediate' },
  );
}
