import { isRole, type Role } from './auth/roles';
import { cleanText } from './validation/forms';
import type { Query } from './search-params';
import { DAY_MS } from './dates';

/** Search text as staff type it: normalised and trimmed, at most 100 characters. */
const searchText = (value: string | undefined) => cleanText(value ?? '').slice(0, 100);

/** The team filter's value for "no team" (a team key has only a-z, 0-9 and _). */
export const NO_TEAM = '-';

export type PeopleFilter = {
  /** Part of a name or an e-mail address. */
  text: string;
  role?: Role;
  /** A team's key, null for people without a team, undefined for any. */
  team?: string | null;
  disabled?: boolean;
  twoFactor?: boolean;
};

/** `/admin/personer?q=&rolle=&team=&status=aktiv|deaktiveret&tofaktor=ja|nej`, anything else ignored. */
export function peopleFilter(params: Query): PeopleFilter {
  const role = params.rolle ?? '';
  const team = params.team ?? '';
  const status = params.status ?? '';
  const twoFactor = params.tofaktor ?? '';
  return {
    text: searchText(params.q),
    role: isRole(role) ? role : undefined,
    team: team === NO_TEAM ? null : /^[a-z0-9_]{1,40}$/.test(team) ? team : undefined,
    disabled: status === 'aktiv' ? false : status === 'deaktiveret' ? true : undefined,
    twoFactor: twoFactor === 'ja' ? true : twoFactor === 'nej' ? false : undefined,
  };
}

/** The filter back as search parameters (for the pager's links), only those set. */
export function peopleQuery(filter: PeopleFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.text) query.q = filter.text;
  if (filter.role) query.rolle = filter.role;
  if (filter.team !== undefined) query.team = filter.team ?? NO_TEAM;
  if (filter.disabled !== undefined) query.status = filter.disabled ? 'deaktiveret' : 'aktiv';
  if (filter.twoFactor !== undefined) query.tofaktor = filter.twoFactor ? 'ja' : 'nej';
  return query;
}

/** A target group or a team as its list shows it: key, names, retired or not. */
export type ReferenceRow = { key: string; names: string[]; retired: boolean };
export type ReferenceFilter = { text: string; retired?: boolean };

/** `?q=&status=aktiv|udgaaet` on the lists of target groups and teams. */
export function referenceFilter(params: Query): ReferenceFilter {
  const status = params.status ?? '';
  return {
    text: searchText(params.q),
    retired: status === 'aktiv' ? false : status === 'udgaaet' ? true : undefined,
  };
}

export function referenceQuery(filter: ReferenceFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.text) query.q = filter.text;
  if (filter.retired !== undefined) query.status = filter.retired ? 'udgaaet' : 'aktiv';
  return query;
}

/** The rows that match: the text in the key or any name (case-insensitive), and the status. */
export function filterReferences<Row extends ReferenceRow>(rows: Row[], filter: ReferenceFilter): Row[] {
  const text = filter.text.toLocaleLowerCase('da');
  return rows.filter(
    (row) =>
      (filter.retired === undefined || row.retired === filter.retired) &&
      (!text || [row.key, ...row.names].some((name) => name.toLocaleLowerCase('da').includes(text))),
  );
}

/** An API token unused this long is probably forgotten: revoke it, or find out who still needs it. */
export const IDLE_TOKEN_DAYS = 90;

/** Whether a valid token counts as idle: not used (or, never used, not created) since IDLE_TOKEN_DAYS. */
export const idleTokenSince = (now: Date) => new Date(now.getTime() - IDLE_TOKEN_DAYS * DAY_MS);
