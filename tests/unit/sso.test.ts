import { describe, expect, it } from 'vitest';
import { providerMfa, roleFromClaims } from '@/lib/auth/sso';
import { ConfigurationError, oidcSettings } from '@/lib/env';
import { emailList, passwordSignInAllowed } from '@/lib/settings';

const settings = {
  rolesClaim: 'roles',
  roleValues: { caseworker: 'vaerdig-caseworker', manager: 'vaerdig-manager', admin: 'vaerdig-admin' },
};

describe('the role from the identity provider', () => {
  it('is the highest of caseworker < manager < admin that the claim holds', () => {
    expect(roleFromClaims({ roles: ['vaerdig-caseworker'] }, settings)).toBe('caseworker');
    expect(roleFromClaims({ roles: ['vaerdig-manager', 'vaerdig-caseworker'] }, settings)).toBe('manager');
    expect(roleFromClaims({ roles: ['other', 'vaerdig-admin', 'vaerdig-caseworker'] }, settings)).toBe('admin');
    expect(roleFromClaims({ roles: 'vaerdig-manager' }, settings)).toBe('manager');
  });

  it('is none without the claim or any of the values: no access', () => {
    expect(roleFromClaims({}, settings)).toBeNull();
    expect(roleFromClaims({ roles: [] }, settings)).toBeNull();
    expect(roleFromClaims({ roles: ['Vaerdig-Admin', 'admin', 42] }, settings)).toBeNull();
    expect(roleFromClaims({ groups: ['vaerdig-admin'] }, settings)).toBeNull();
  });

  it('reads a configured claim and values, also a path into the token (Keycloak client roles)', () => {
    const keycloak = {
      rolesClaim: 'resource_access.vaerdig.roles',
      roleValues: { caseworker: 'sagsbehandler', manager: 'leder', admin: 'administrator' },
    };
    expect(roleFromClaims({ resource_access: { vaerdig: { roles: ['leder'] } } }, keycloak)).toBe('manager');
    expect(roleFromClaims({ 'resource_access.vaerdig.roles': ['administrator'] }, keycloak)).toBe('admin');
    expect(roleFromClaims({ resource_access: { other: { roles: ['leder'] } } }, keycloak)).toBeNull();
  });

  it('tells multi-factor only from `amr` holding `mfa`', () => {
    expect(providerMfa({ amr: ['pwd', 'mfa'] })).toBe(true);
    expect(providerMfa({ amr: ['pwd'] })).toBe(false);
    expect(providerMfa({ amr: 'mfa' })).toBe(true);
    expect(providerMfa({})).toBe(false);
  });
});

describe('the single sign-on settings', () => {
  it('are off without OIDC_ISSUER, with defaults for the claim and its values', () => {
    expect(oidcSettings({ OIDC_CLIENT_ID: 'x' })).toBeNull();
    expect(
      oidcSettings({
        OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0/',
        OIDC_CLIENT_ID: 'id',
        OIDC_CLIENT_SECRET: 'secret',
        OIDC_NAME: 'Kommunens login',
      }),
    ).toEqual({
      issuer: 'https://login.microsoftonline.com/tenant/v2.0',
      clientId: 'id',
      clientSecret: 'secret',
      name: 'Kommunens login',
      ...settings,
    });
  });

  it('name what is missing, never a value', () => {
    const source = { OIDC_ISSUER: 'https://idp.kommune.dk', OIDC_CLIENT_ID: 'id', OIDC_NAME: 'Login' };
    expect(() => oidcSettings(source)).toThrow(ConfigurationError);
    expect(() => oidcSettings(source)).toThrow(/OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is/);
    expect(() => oidcSettings({ OIDC_ISSUER: 'not a url' })).toThrow(/OIDC_ISSUER/);
  });
});

describe('passwords only for break-glass accounts', () => {
  it('lets only the listed addresses sign in with a password while on', () => {
    const policy = {
      breakGlassOnly: true,
      breakGlassAccounts: emailList('Nød@Kommune.dk; it@kommune.dk\nnød@kommune.dk'),
    };
    expect(policy.breakGlassAccounts).toEqual(['nød@kommune.dk', 'it@kommune.dk']);
    expect(passwordSignInAllowed(policy, ' NØD@kommune.dk')).toBe(true);
    expect(passwordSignInAllowed(policy, 'anden@kommune.dk')).toBe(false);
    expect(passwordSignInAllowed({ ...policy, breakGlassOnly: false }, 'anden@kommune.dk')).toBe(true);
  });
});
