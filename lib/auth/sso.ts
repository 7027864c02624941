import type { OidcSettings } from '../env';
import { ROLES, type Role } from './roles';

type Claims = Record<string, unknown>;

/**
 * A claim by name; a name with dots that is not itself a claim is read as a path
 * (`resource_access.vaerdig.roles`, where Keycloak keeps a client's roles without a mapper).
 */
function claim(claims: Claims, name: string): unknown {
  if (name in claims) return claims[name];
  return name.split('.').reduce<unknown>((value, key) => {
    return value && typeof value === 'object' ? (value as Claims)[key] : undefined;
  }, claims);
}

/** A claim's values: a list, or one value (some providers send a single role as a string). */
function values(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

/**
 * The role the ID token's roles claim gives: the highest of caseworker < manager < admin
 * whose configured value it holds, or null when it holds none (no access).
 */
export function roleFromClaims(claims: Claims, settings: Pick<OidcSettings, 'rolesClaim' | 'roleValues'>): Role | null {
  const held = new Set(values(claim(claims, settings.rolesClaim)));
  return [...ROLES].reverse().find((role) => held.has(settings.roleValues[role])) ?? null;
}

/** Whether the provider says the person signed in with more than one factor (`amr` holds `mfa`). */
export function providerMfa(claims: Claims): boolean {
  return values(claims.amr).includes('mfa');
}
