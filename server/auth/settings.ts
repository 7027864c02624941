import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../../db/client';
import { setting, siteUrl } from '../../lib/env';

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set (do so in
 * production), else a random one kept in a file beside the database, so that
 * the demo runs without setup and no fixed secret ever exists.
 */
function resolveSecret(): string {
  const configured = setting('BETTER_AUTH_SECRET');
  if (configured) return configured;
  const database = databasePath();
  // `next build` collects page data without a database: nothing is written then.
  if (process.env.NEXT_PHASE === 'phase-production-build' || database === ':memory:') {
    return randomBytes(32).toString('hex');
  }
  const file = path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ database)), 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** Authentication settings from the environment (documented in the README). */
export function authSettings() {
  const baseURL = siteUrl();
  return {
    baseURL,
    secret: resolveSecret(),
    trustedOrigins: [new URL(baseURL).origin, ...setting('ALLOWED_ORIGINS')],
    // Secure cookies with the __Secure- prefix whenever the site is served over HTTPS.
    secureCookies: baseURL.startsWith('https://'),
    trustedProxies: setting('TRUSTED_PROXIES'),
    rateLimit: setting('AUTH_RATE_LIMIT') !== 'off',
  };
}
