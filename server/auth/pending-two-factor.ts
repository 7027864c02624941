import 'server-only';
import type { BetterAuthPlugin } from 'better-auth';
import { createAuthEndpoint } from 'better-auth/api';

/**
 * Who the pending second sign-in step belongs to: the user whose password was right, read
 * from better-auth's own signed two-factor cookie and its verification record. Server only:
 * it is never reachable over HTTP. The code step throttles per pending user with it, and
 * refuses a request without a valid challenge before anything is counted.
 */
export const pendingTwoFactor = () =>
  ({
    id: 'vaerdig-pending-two-factor',
    endpoints: {
      pendingTwoFactorUser: createAuthEndpoint.serverOnly({ method: 'GET' }, async (ctx) => {
        const cookie = ctx.context.createAuthCookie('two_factor');
        const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
        if (!identifier) return ctx.json({ user: null });
        const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
        if (!verification || verification.expiresAt.getTime() <= Date.now()) return ctx.json({ user: null });
        const user = await ctx.context.internalAdapter.findUserById(verification.value);
        return ctx.json({ user: user ? { id: user.id, email: user.email } : null });
      }),
    },
  }) satisfies BetterAuthPlugin;
