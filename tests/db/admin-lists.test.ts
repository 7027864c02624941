import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import {
  consumeApiToken,
  countIdleApiTokens,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '@/db/queries/api-tokens';
import { addTeam } from '@/db/queries/reference';
import { hasOwnThresholds, setThresholds } from '@/db/queries/settings';
import { countStaff, searchStaff, setStaffDisabled, staffPerTeam } from '@/db/queries/users';
import { DEFAULT_THRESHOLDS } from '@/lib/goals';
import { createAuth } from '@/server/auth/auth';
import { createStaffUser } from '@/server/staff';
import { setUpFreshDatabase } from '../support/fresh-database';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh));

const all = { text: '' };
const PASSWORD = 'Korrekt-Hest-Batteri-42';

async function people() {
  addTeam(db, { key: 'nord', name: 'Team Nord' });
  const auth = createAuth(db);
  const made = [
    { name: 'Åse Ørum', email: 'aase@kommune.dk', role: 'caseworker', team: 'nord' },
    { name: 'Bo 100% Hansen', email: 'bo_h@kommune.dk', role: 'manager', team: null },
    { name: 'Cai Admin', email: 'cai@kommune.dk', role: 'admin', team: 'nord' },
  ] as const;
  const ids = [];
  for (const person of made) ids.push((await createStaffUser(db, { ...person, password: PASSWORD }, auth)).id);
  return ids;
}

describe('the people list', () => {
  it('searches name and e-mail, with % and _ taken literally, and filters role, team, status and two-factor', async () => {
    const [aase, bo, cai] = await people();
    expect(countStaff(db, all)).toBe(3);
    expect(searchStaff(db, { text: 'ørum' }, { limit: 50, offset: 0 }).map((p) => p.name)).toEqual(['Åse Ørum']);
    expect(searchStaff(db, { text: 'CAI@' }, { limit: 50, offset: 0 }).map((p) => p.name)).toEqual(['Cai Admin']);
    expect(countStaff(db, { text: '100%' })).toBe(1);
    expect(countStaff(db, { text: '%' })).toBe(1);
    expect(countStaff(db, { text: 'o_h' })).toBe(1);
    expect(countStaff(db, { text: '_' })).toBe(1);
    expect(countStaff(db, { ...all, role: 'manager' })).toBe(1);
    expect(countStaff(db, { ...all, team: 'nord' })).toBe(2);
    expect(countStaff(db, { ...all, team: null })).toBe(1);
    setStaffDisabled(db, aase!, true);
    expect(searchStaff(db, { ...all, disabled: true }, { limit: 50, offset: 0 })[0]!.id).toBe(aase);
    expect(countStaff(db, { ...all, disabled: false })).toBe(2);
    expect(countStaff(db, { ...all, role: 'admin', twoFactor: false, disabled: false })).toBe(1);
    expect(countStaff(db, { ...all, twoFactor: true })).toBe(0);
    expect(staffPerTeam(db).get('nord')).toBe(2);
    // By name, in code-point order (Å after A–Z here; not yet a Danish collation); one page at a time.
    expect(searchStaff(db, all, { limit: 50, offset: 0 }).map((p) => p.id)).toEqual([bo, cai, aase]);
    expect(searchStaff(db, all, { limit: 1, offset: 1 }).map((p) => p.id)).toEqual([cai]);
  });
});

describe('the admin overview', () => {
  it('counts valid API tokens unused since a day, never-used ones from their creation', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    const since = daysAgo(90);
    createApiToken(db, 'new, never used', null, daysAgo(10));
    const old = createApiToken(db, 'old, never used', null, daysAgo(200));
    const used = createApiToken(db, 'old, used lately', null, daysAgo(200));
    consumeApiToken(db, used.token, daysAgo(5));
    const revoked = createApiToken(db, 'old, revoked', null, daysAgo(200));
    revokeApiToken(db, revoked.id, daysAgo(100));
    const stale = createApiToken(db, 'used long ago', null, daysAgo(300));
    consumeApiToken(db, stale.token, daysAgo(120));
    expect(countIdleApiTokens(db, since)).toBe(2);
    // The list marks the same two, by the same rule.
    const idleNames = (from: Date) =>
      listApiTokens(db, from)
        .filter((token) => token.idle)
        .map((token) => token.name)
        .sort();
    expect(idleNames(since)).toEqual(['old, never used', 'used long ago']);
    consumeApiToken(db, old.token, now);
    expect(countIdleApiTokens(db, since)).toBe(1);
    expect(idleNames(since)).toEqual(['used long ago']);
  });

  it('tells whether a year has thresholds of its own', () => {
    expect(hasOwnThresholds(db, 2027)).toBe(false);
    setThresholds(db, 2026, DEFAULT_THRESHOLDS, null);
    expect(hasOwnThresholds(db, 2027)).toBe(false);
    setThresholds(db, 2027, DEFAULT_THRESHOLDS, null);
    expect(hasOwnThresholds(db, 2027)).toBe(true);
  });
});
