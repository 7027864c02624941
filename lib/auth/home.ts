import type { Role } from './roles';

/** Where each role lands after signing in (the caseworker and manager pages come with their issues). */
export function homeFor(role: Role): string {
  return role === 'admin' ? '/admin' : '/konto';
}
