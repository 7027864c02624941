import http from 'node:http';
import Provider from 'oidc-provider';

/**
 * A person at the test's identity provider: the claims its ID token carries. `emailVerified`
 * is the token's `email_verified` (true unless given; null leaves the claim out), as a provider
 * sends false for an address a person set themselves.
 */
export type TestAccount = {
  email: string;
  name: string;
  roles?: string[];
  amr?: string[];
  emailVerified?: boolean | null;
};

export const CLIENT = { id: 'vaerdig-test', secret: 'test-only-client-secret-not-used-anywhere-else' };

/**
 * A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1, with its built-in
 * login and consent pages (any password is accepted; the login names the account). Only for
 * tests: plain http, a fixed cookie key, and every claim in the ID token (as Entra ID puts
 * `roles` and `amr` there).
 */
export async function startOidcProvider(port: number, redirectUri: string) {
  const accounts = new Map<string, TestAccount>();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'roles', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-only-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          ...(account.emailVerified === null ? {} : { email_verified: account.emailVerified ?? true }),
          name: account.name,
          ...(account.roles ? { roles: account.roles } : {}),
        }),
      };
    },
  });
  // `amr` comes from the login, as at a real provider: the dev login page gives only the account,
  // so the account's methods are added to its result.
  const finish = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, result, options) => {
    const amr = result.login ? accounts.get(result.login.accountId)?.amr : undefined;
    return finish(req, res, amr && result.login ? { ...result, login: { ...result.login, amr } } : result, options);
  };
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
