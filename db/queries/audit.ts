import { and, desc, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema';
import { containsPattern } from '@/lib/text';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_throttled'
  | 'sign_out'
  | 'two_factor_enabled'
  | 'two_factor_disabled'
  | 'two_factor_failed'
  | 'password_changed'
  | 'user_created'
  | 'user_role_changed'
  | 'user_team_changed'
  | 'user_disabled'
  | 'user_enabled'
  | 'user_password_reset'
  | 'target_group_created'
  | 'target_group_renamed'
  | 'target_group_retired'
  | 'target_group_restored'
  | 'team_created'
  | 'team_renamed'
  | 'team_retired'
  | 'team_restored'
  | 'thresholds_changed'
  | 'settings_changed'
  | 'organisation_changed'
  | 'logo_uploaded'
  | 'logo_removed'
  | 'password_policy_changed'
  | 'api_token_created'
  | 'api_token_revoked'
  | 'api_token_used'
  | 'api_results'
  | 'api_token_refused'
  | 'access_denied'
  | 'password_change_failed'
  | 'export'
  | 'import';

export type Actor = { id: string | null; email: string | null };

/** Appends one entry. `details` must never hold a password, token, e-mail of a citizen or answer. */
export function audit(
  db: Db,
  actor: Actor,
  action: AuditAction,
  target?: string | null,
  details?: Record<string, unknown>,
  now = new Date(),
): void {
  db.insert(auditLog)
    .values({
      at: now,
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      target: target ?? null,
      details: details ? JSON.stringify(details) : null,
    })
    .run();
}

type AuditQuery = { from?: Date; to?: Date; person?: string; limit?: number };

/**
 * Entries newest first, filtered by period (to is exclusive) and by a person's e-mail (part of it),
 * with what the log page shows (not the actor's id).
 */
export function searchAudit(db: Db, query: AuditQuery) {
  const conditions: SQL[] = [];
  if (query.from) conditions.push(gte(auditLog.at, query.from));
  if (query.to) conditions.push(lt(auditLog.at, query.to));
  if (query.person) {
    conditions.push(sql`${auditLog.actorEmail} LIKE ${containsPattern(query.person)} ESCAPE '\\'`);
  }
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      target: auditLog.target,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit ?? 500)
    .all();
}
