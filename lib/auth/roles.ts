/** Staff roles, each including the one before. */
export const ROLES = ['caseworker', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { caseworker: 1, manager: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a user with `role` may do what needs `required`. */
export function hasRole(role: unknown, required: Role): boolean {
  return isRole(role) && RANK[role] >= RANK[required];
}
