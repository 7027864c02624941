import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { apiTokens } from '../schema';

const PREFIX = 'vaerdig_';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a token and returns it in clear text: the only time it exists outside the caller. */
export function createApiToken(
  db: Db,
  name: string,
  by: string | null,
  now = new Date(),
): { id: number; token: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  const row = db
    .insert(apiTokens)
    .values({ name: name.trim(), tokenHash: hash(token), createdAt: now, createdBy: by })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, token };
}

/** The last sign of life of a token: its last use, or its creation when it was never used. */
const lastSeen = sql<number>`coalesce(${apiTokens.lastUsedAt}, ${apiTokens.createdAt})`;

/** Still valid but unused since `since` (never used counts from its creation): to revoke, or to ask about. */
const idleSince = (since: Date) => and(isNull(apiTokens.revokedAt), lt(lastSeen, since.getTime()));

/** Every token, newest first, each marked idle when unused since `idleFrom`. */
export function listApiTokens(db: Db, idleFrom = new Date(0)) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      createdBy: apiTokens.createdBy,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      idle: sql<boolean>`${idleSince(idleFrom)}`.mapWith(Boolean),
    })
    .from(apiTokens)
    .orderBy(desc(apiTokens.createdAt))
    .all();
}

/** How many tokens are idle since `since` (the overview's count; the same rule as `listApiTokens`). */
export function countIdleApiTokens(db: Db, since: Date): number {
  return db.select({ n: count() }).from(apiTokens).where(idleSince(since)).get()!.n;
}

export function revokeApiToken(db: Db, id: number, now = new Date()): boolean {
  return (
    db
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .run().changes === 1
  );
}

/** The token's id and name when it is valid (and marks it used), else null. */
export function consumeApiToken(db: Db, token: string, now = new Date()): { id: number; name: string } | null {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.tokenHash, hash(token)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name })
    .get();
  return row ?? null;
}
