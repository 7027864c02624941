/** The admin area's pages, in the order of its navigation. */
export const ADMIN_SECTIONS = [
  { href: '/admin/personer', key: 'people' },
  { href: '/admin/maalgrupper', key: 'targetGroups' },
  { href: '/admin/teams', key: 'teams' },
  { href: '/admin/taerskler', key: 'thresholds' },
  { href: '/admin/indstillinger', key: 'settings' },
  { href: '/admin/api-noegler', key: 'apiTokens' },
  { href: '/admin/import', key: 'import' },
  { href: '/admin/log', key: 'auditLog' },
] as const;
