import 'server-only';
import { headers } from 'next/headers';
import type { Db } from '@/db/client';
import { getPasswordPolicy } from '@/db/queries/settings';
import { getAuth } from '.';
import { SSO_PROVIDER, ssoCallbackState } from './sso';
import { oidcSettings } from '@/lib/env';
import { logError, logEvent } from '@/lib/log';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@/lib/settings';
import { localePrefix, type StaffLocale } from '@/lib/locales';

/** The path the provider sends the browser back to; register `<BETTER_AUTH_URL>` + this. */
export const SSO_CALLBACK_PATH = `/api/auth/callback/${SSO_PROVIDER}`;

/** The provider's name for the sign-in button, or null when single sign-on is not set up. */
export const ssoName = (): string | null => oidcSettings()?.name ?? null;

/** The break-glass setting in force: only while single sign-on is set up can passwords be turned off. */
export function passwordPolicy(db: Db): PasswordPolicy {
  return oidcSettings() ? getPasswordPolicy(db) : DEFAULT_PASSWORD_POLICY;
}

/**
 * The address at the provider that starts a sign-in: better-auth makes `state` (kept in the
 * database and bound to this browser by a signed cookie), the PKCE verifier and the `nonce`.
 * `callbackURL` carries only the language; the callback picks the page by role. Null if the
 * provider cannot be reached.
 */
export async function ssoStartUrl(locale: StaffLocale): Promise<string | null> {
  const prefix = localePrefix(locale);
  try {
    const { url } = await getAuth().api.signInSocial({
      body: {
        provider: SSO_PROVIDER,
        callbackURL: prefix || '/',
        errorCallbackURL: `${prefix}/log-ind/sso-fejl`,
        disableRedirect: true,
      },
      headers: await headers(),
    });
    return url ?? null;
  } catch (error) {
    logError('sso_start_failed', error);
    return null;
  }
}

/** An error code as the log may show it: better-auth's and OAuth's codes are short snake case. */
const errorCode = (location: string | null, base: string) => {
  if (!location) return undefined;
  const code = new URL(location, base).searchParams.get('error');
  return code === null ? undefined : /^[a-z_]{1,40}$/.test(code) ? code : 'other';
};

/**
 * The provider's callback, handed to better-auth's handler as it is (better-auth checks the
 * state, exchanges the code with the PKCE verifier, verifies the ID token and its nonce), with
 * this request's SSO state around it. Logged like a page: path, status, and an error's code,
 * never the code, state or tokens.
 */
export async function handleSsoCallback(request: Request): Promise<Response> {
  const response = await ssoCallbackState.run({}, () => getAuth().handler(request));
  logEvent('request', {
    method: request.method,
    path: SSO_CALLBACK_PATH,
    status: response.status,
    error: errorCode(response.headers.get('location'), request.url),
  });
  return response;
}
