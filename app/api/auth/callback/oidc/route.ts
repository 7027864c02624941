import { oidcSettings } from '@/lib/env';
import { handleSsoCallback } from '@/server/auth/sso-flow';

/**
 * Where the identity provider sends the browser back after sign-in. Public by nature: what
 * makes it safe is better-auth's check of `state` against this browser's signed cookie, PKCE
 * and the ID token's signature and nonce. Only this one path of better-auth is mounted.
 */
export async function GET(request: Request) {
  if (!oidcSettings()) return new Response('Not found', { status: 404 });
  return handleSsoCallback(request);
}
