import type { Role } from './roles';

/** Where each role lands after signing in (the managers' results page comes with its issue). */
export function homeFor(role: Role): string {
  return role === 'admin' ? '/admin' : '/invitationer';
}
