import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BetterAuthOptions, BetterAuthPlugin, GenericEndpointContext } from 'better-auth';
import { createAuthMiddleware, getOAuthState } from 'better-auth/api';
import { deleteSessionCookie } from 'better-auth/cookies';
import { generateRandomString } from 'better-auth/crypto';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
// Relative imports: @better-auth/cli reads this file through server/auth/auth.ts.
import { getDb } from '../../db/client';
import { audit } from '../../db/queries/audit';
import { getPasswordPolicy } from '../../db/queries/settings';
import { oidcSettings, type OidcSettings } from '../../lib/env';
import { homeFor } from '../../lib/auth/home';
import type { Role } from '../../lib/auth/roles';
import { providerMfa, roleFromClaims } from '../../lib/auth/sso';

/** The provider's id in better-auth: its callback is `/api/auth/callback/oidc`. */
export const SSO_PROVIDER = 'oidc';

/**
 * What one callback learned from the verified ID token, from the check of its claims to the
 * session and the redirect in the same request (server/auth/sso-flow.ts runs the callback
 * inside it).
 */
type Callback = { role?: Role; mfa?: boolean };
// On globalThis like the auth instance (server/auth/index.ts): the route handler's bundle and the
// one that created the instance may each have their own copy of this module.
const globalForSso = globalThis as unknown as { vaerdigSsoCallback?: AsyncLocalStorage<Callback> };
export const ssoCallbackState = (globalForSso.vaerdigSsoCallback ??= new AsyncLocalStorage<Callback>());

const SIGNED_IN_WITHOUT_ACCESS = 'no_role';
const UNVERIFIED_CLAIMS = 'no_id_token';
// One code for both refusals below, so the error page's address does not tell a break-glass
// account from an unverified e-mail; the audit log keeps the reason.
const NOT_LINKED = 'account_not_linked';

/** Values stored for the audit log; the tokens and the other claims are never written anywhere. */
type Person = { id: string | null; email: string | null };

/**
 * Only claims of the ID token that better-auth verified (signature against the provider's
 * keys, issuer, audience, expiry, nonce) may decide access: a profile from the userinfo
 * endpoint has no issuer and audience of its own, and is refused.
 */
function fromIdToken(profile: Record<string, unknown>, settings: OidcSettings, issuer: string | undefined): boolean {
  const audience = Array.isArray(profile.aud) ? profile.aud : [profile.aud];
  const expected = (issuer ?? settings.issuer).replace(/\/+$/, '');
  return (
    typeof profile.iss === 'string' &&
    profile.iss.replace(/\/+$/, '') === expected &&
    audience.includes(settings.clientId)
  );
}

/**
 * better-auth's gate before a user is created, linked or signed in from the provider: the
 * role from the ID token's claim, or a refusal (no user, no session) written to the audit log.
 * A returning person's role follows the claim at every sign-in; their name follows through
 * `overrideUserInfo`.
 *
 * better-auth links the provider to an existing person on a matching e-mail alone (the
 * provider is trusted so that a person's password account is kept), so the gate decides: a
 * link needs the ID token's `email_verified` to be true, or anyone who can set their own
 * e-mail at the provider could take over a password account. An address on the break-glass
 * list is never signed in, linked or changed by SSO: it is the way in when the provider is
 * not to be trusted.
 */
async function checkClaims(
  settings: OidcSettings,
  data: Parameters<NonNullable<NonNullable<BetterAuthOptions['user']>['validateUserInfo']>>[0],
  ctx: GenericEndpointContext,
) {
  if (data.source.method !== 'oauth' || data.source.oauth?.providerId !== SSO_PROVIDER) return;
  const db = getDb();
  const profile = data.source.oauth.profile ?? {};
  const email = typeof data.user.email === 'string' ? data.user.email.toLowerCase() : null;
  const existing =
    typeof data.user.id === 'string' ? await ctx.context.internalAdapter.findUserById(data.user.id) : null;
  const person: Person = { id: existing?.id ?? null, email };
  const provider = ctx.context.socialProviders.find((candidate) => candidate.id === SSO_PROVIDER);
  if (!fromIdToken(profile, settings, provider?.issuer)) {
    audit(db, person, 'sign_in_failed', null, { reason: 'no verified ID token', method: 'sso' });
    return { error: UNVERIFIED_CLAIMS };
  }
  const role = roleFromClaims(profile, settings);
  if (!role) {
    audit(db, person, 'sign_in_failed', null, { reason: 'no role from the identity provider', method: 'sso' });
    return { error: SIGNED_IN_WITHOUT_ACCESS };
  }
  const breakGlass = getPasswordPolicy(db).breakGlassAccounts;
  if ([email, existing?.email.toLowerCase()].some((address) => address && breakGlass.includes(address))) {
    audit(db, person, 'sign_in_failed', null, { reason: 'break-glass account', method: 'sso' });
    return { error: NOT_LINKED };
  }
  if (data.source.action === 'link-account' && profile.email_verified !== true) {
    audit(db, person, 'sign_in_failed', null, { reason: 'e-mail not verified', method: 'sso' });
    return { error: NOT_LINKED };
  }
  const state = ssoCallbackState.getStore();
  if (!state) throw new Error('the SSO callback must run through server/auth/sso-flow.ts');
  state.role = role;
  state.mfa = providerMfa(profile);
  const before = (existing as { role?: string } | null)?.role;
  if (existing && before !== role) {
    await ctx.context.internalAdapter.updateUser(existing.id, { role });
    audit(db, person, 'user_role_changed', email, { from: before, to: role, method: 'sso' });
  }
}

/**
 * The same pending sign-in the two-factor plugin makes after a right password (its after hook
 * on /sign-in/email): no session, a signed `two_factor` cookie naming a verification record
 * that holds the user's id, and the attempts record beside it. /log-ind/to-faktor finishes it.
 */
async function askForSecondFactor(ctx: GenericEndpointContext, created: { token: string; userId: string }) {
  deleteSessionCookie(ctx, true);
  await ctx.context.internalAdapter.deleteSession(created.token);
  ctx.context.setNewSession(null);
  const maxAge = 600;
  const cookie = ctx.context.createAuthCookie('two_factor', { maxAge });
  const identifier = `2fa-${generateRandomString(20)}`;
  const expiresAt = new Date(Date.now() + maxAge * 1000);
  await ctx.context.internalAdapter.createVerificationValue({ value: created.userId, identifier, expiresAt });
  await ctx.context.internalAdapter.createVerificationValue({
    value: '0',
    identifier: `2fa-attempts-${identifier}`,
    expiresAt,
  });
  await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);
}

/**
 * After the callback made the session: anyone with TOTP on whose provider did not report
 * multi-factor (`amr` without `mfa`) gets the code step instead of the session, as after a
 * right password; a session counts as multi-factor when TOTP is on (server/auth/session.ts),
 * so it must not start without the code. An admin without TOTP keeps the session, and every
 * admin page sends them to set it up. Then each role goes to its own start page, in the
 * language the sign-in started in (its `callbackURL`, `/` or `/en`).
 */
const afterCallback = () =>
  ({
    id: 'vaerdig-sso',
    hooks: {
      after: [
        {
          matcher: (context) => context.path === '/callback/:id',
          handler: createAuthMiddleware(async (ctx) => {
            const state = ssoCallbackState.getStore();
            const created = ctx.context.newSession;
            if (!created || !state?.role) return;
            const prefix = (await getOAuthState())?.callbackURL === '/en' ? '/en' : '';
            const user = created.user as typeof created.user & { twoFactorEnabled?: boolean | null };
            const person = { id: user.id, email: user.email };
            if (!state.mfa && user.twoFactorEnabled) {
              await askForSecondFactor(ctx, { token: created.session.token, userId: user.id });
              throw ctx.redirect(`${prefix}/log-ind/to-faktor`);
            }
            audit(getDb(), person, 'sign_in', null, { method: 'sso', ...(state.mfa ? { providerMfa: true } : {}) });
            throw ctx.redirect(`${prefix}${homeFor(state.role)}`);
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;

/**
 * better-auth's options for single sign-on, merged into createAuth's; none while OIDC_ISSUER is
 * unset. The protocol is better-auth's generic OAuth provider: discovery, authorization code
 * with PKCE, `state` bound to a signed cookie, `nonce`, and the ID token verified against the
 * provider's JWKS. Værdig keeps none of the provider's tokens.
 */
export function ssoOptions() {
  const settings = oidcSettings();
  if (!settings) return null;
  return {
    plugins: [
      genericOAuth({
        config: [
          {
            providerId: SSO_PROVIDER,
            name: settings.name,
            discoveryUrl: `${settings.issuer}/.well-known/openid-configuration`,
            clientId: settings.clientId,
            clientSecret: settings.clientSecret,
            scopes: ['openid', 'profile', 'email'],
            pkce: true,
            requireIdTokenVerification: true,
            overrideUserInfo: true,
          },
        ],
      }),
      afterCallback(),
    ],
    validateUserInfo: (
      data: Parameters<typeof checkClaims>[1],
      ctx: GenericEndpointContext,
    ): ReturnType<typeof checkClaims> => checkClaims(settings, data, ctx),
    accountLinking: {
      // A person with a password account today signs in to the same account by SSO, but only
      // when the ID token says the e-mail is verified and the address is not a break-glass
      // account: checkClaims refuses the link otherwise (better-auth's own check would refuse
      // without an entry in the audit log).
      trustedProviders: [SSO_PROVIDER],
      requireLocalEmailVerified: false,
    },
  };
}

/** Only what the callback learned in this request: the new person's role, the session's `mfa`. */
export const ssoDatabaseHooks = {
  user: {
    create: {
      before: async (user: Record<string, unknown>) => {
        const role = ssoCallbackState.getStore()?.role;
        return role ? { data: { ...user, role } } : undefined;
      },
      after: async (user: Record<string, unknown>) => {
        const role = ssoCallbackState.getStore()?.role;
        if (!role) return;
        const email = String(user.email);
        audit(getDb(), { id: String(user.id), email }, 'user_created', email, { role, team: null, method: 'sso' });
      },
    },
  },
  session: {
    create: {
      before: async (session: Record<string, unknown>) =>
        ssoCallbackState.getStore()?.mfa ? { data: { ...session, providerMfa: true } } : undefined,
    },
  },
  account: {
    // The provider's tokens are not needed after sign-in (Værdig calls none of its APIs): none is kept.
    create: { before: async (account: Record<string, unknown>) => ({ data: withoutTokens(account) }) },
    update: { before: async (account: Record<string, unknown>) => ({ data: withoutTokens(account) }) },
  },
};

function withoutTokens(account: Record<string, unknown>) {
  if (account.providerId !== SSO_PROVIDER) return account;
  return { ...account, accessToken: null, refreshToken: null, idToken: null };
}
