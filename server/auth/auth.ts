import 'server-only';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin as adminPlugin, twoFactor } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
// Relative imports: @better-auth/cli reads this file to generate db/auth-schema.ts.
import type { Db } from '../../db/client';
import * as authSchema from '../../db/auth-schema';
import { pendingTwoFactor } from './pending-two-factor';
import { authSettings } from './settings';
import { ssoDatabaseHooks, ssoOptions } from './sso';
import { SETTINGS } from '../../lib/settings';

const ac = createAccessControl(defaultStatements);

/** better-auth, configured for Værdig: e-mail and password, roles, TOTP, database rate limits. */
export function createAuth(db: Db) {
  const settings = authSettings();
  const sso = ssoOptions();
  return betterAuth({
    appName: 'Værdig',
    baseURL: settings.baseURL,
    secret: settings.secret,
    trustedOrigins: settings.trustedOrigins,
    database: drizzleAdapter(db, { provider: 'sqlite', schema: authSchema }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin or the command line, never by sign-up.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        team: { type: 'string', required: false, input: false },
        // Set while the password is a one-time password: it must be changed, and expires then.
        oneTimePasswordExpiresAt: { type: 'date', required: false, input: false },
      },
      ...(sso ? { validateUserInfo: sso.validateUserInfo } : {}),
    },
    ...(sso
      ? {
          account: { accountLinking: sso.accountLinking },
          databaseHooks: ssoDatabaseHooks,
          // A callback refused before its state is read (tampered, expired) lands here, in Danish.
          onAPIError: { errorURL: `${settings.baseURL}/log-ind/sso-fejl` },
        }
      : {}),
    session: {
      // The absolute limit's maximum; the admin's shorter limits and the idle timeout are
      // enforced on every request (server/auth/session.ts), so the session is never extended.
      expiresIn: 60 * 60 * SETTINGS.sessionMaxHours.max,
      disableSessionRefresh: true,
      // Every request reads the session from the database, so revocation is immediate.
      cookieCache: { enabled: false },
      additionalFields: {
        lastActiveAt: { type: 'date', required: false, input: false },
        // Signed in by SSO with a provider that reported multi-factor (`amr` holds `mfa`).
        providerMfa: { type: 'boolean', required: false, input: false },
      },
    },
    rateLimit: {
      enabled: settings.rateLimit,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/two-factor/verify-totp': { window: 60, max: 5 },
        '/change-password': { window: 60, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: 'vaerdig',
      useSecureCookies: settings.secureCookies,
      ipAddress: {
        ipAddressHeaders: ['x-forwarded-for'],
        trustedProxies: settings.trustedProxies,
      },
    },
    plugins: [
      // Passwordless: a person who signs in only by SSO sets up TOTP without a password of their own.
      twoFactor({ issuer: 'Værdig', skipVerificationOnEnable: false, allowPasswordless: true }),
      pendingTwoFactor(),
      adminPlugin({
        ac,
        roles: { caseworker: ac.newRole({}), manager: ac.newRole({}), admin: adminAc },
        defaultRole: 'caseworker',
        adminRoles: ['admin'],
      }),
      ...(sso?.plugins ?? []),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
