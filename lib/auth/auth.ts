import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin as adminPlugin, twoFactor } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
// Relative imports: @better-auth/cli reads this file to generate db/auth-schema.ts.
import type { Db } from '../../db/client';
import * as authSchema from '../../db/auth-schema';
import { authSettings } from './settings';

const ac = createAccessControl(defaultStatements);

/** better-auth, configured for Værdig: e-mail and password, roles, TOTP, database rate limits. */
export function createAuth(db: Db) {
  const settings = authSettings();
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
      },
    },
    session: {
      expiresIn: 60 * 60 * 8,
      updateAge: 60 * 60,
      // Every request reads the session from the database, so revocation is immediate.
      cookieCache: { enabled: false },
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
      twoFactor({ issuer: 'Værdig', skipVerificationOnEnable: false }),
      adminPlugin({
        ac,
        roles: { caseworker: ac.newRole({}), manager: ac.newRole({}), admin: adminAc },
        defaultRole: 'caseworker',
        adminRoles: ['admin'],
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
