import 'server-only';
import { getDb } from '@/db/client';
import { consumeApiToken } from '@/db/queries/api-tokens';
import { audit, type Actor } from '@/db/queries/audit';
import { getStaffUser } from './session';
import { hasRole, type Role } from '@/lib/auth/roles';

type ApiCaller = { kind: 'token'; actor: Actor; tokenName: string } | { kind: 'session'; actor: Actor };

const denied = (status: 401 | 403, message: string) =>
  Response.json({ error: message }, { status, headers: status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {} });

/**
 * The check every route handler makes itself: an API token (`Authorization: Bearer`)
 * when `tokens` allows it, else a staff session with at least `required`.
 * A wrong token is refused outright rather than falling back to the session.
 */
export async function authoriseApi(
  request: Request,
  required: Role,
  { tokens = false }: { tokens?: boolean } = {},
): Promise<{ ok: true; caller: ApiCaller } | { ok: false; response: Response }> {
  const path = new URL(request.url).pathname;
  const header = request.headers.get('authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const token = tokens && match ? consumeApiToken(getDb(), match[1]!) : null;
    if (!token) {
      // Never the token itself: a wrong one may be a real secret sent to the wrong place.
      audit(getDb(), { id: null, email: null }, 'api_token_refused', path, {
        reason: tokens ? 'invalid or revoked' : 'tokens not accepted here',
      });
      return { ok: false, response: denied(401, 'invalid or revoked API token') };
    }
    return { ok: true, caller: { kind: 'token', actor: { id: null, email: null }, tokenName: token.name } };
  }
  const user = await getStaffUser();
  if (!user) return { ok: false, response: denied(401, 'sign in or send an API token') };
  if (user.mustChangePassword) return { ok: false, response: denied(403, 'choose your own password first') };
  if (!hasRole(user.role, required)) {
    audit(getDb(), { id: user.id, email: user.email }, 'access_denied', path, { role: user.role, required });
    return { ok: false, response: denied(403, 'your role may not use this') };
  }
  return { ok: true, caller: { kind: 'session', actor: { id: user.id, email: user.email } } };
}
