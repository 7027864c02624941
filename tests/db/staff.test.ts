import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createApiToken, revokeApiToken, consumeApiToken } from '@/db/queries/api-tokens';
import { audit, searchAudit } from '@/db/queries/audit';
import {
  getSettings,
  listThresholdYears,
  setThresholds,
  thresholdsForYear,
  updateSettings,
} from '@/db/queries/settings';
import { releaseAttempt, reserveAttempt, THROTTLE_WINDOW_MS } from '@/db/queries/throttle';
import { claimTotpCode } from '@/db/queries/totp';
import { setStaffDisabled } from '@/db/queries/users';
import { createStaffUser, StaffError } from '@/server/staff';
import { createAuth } from '@/server/auth/auth';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { setUpFreshDatabase } from '../support/fresh-database';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh));

describe('sign-in throttling', () => {
  const now = new Date('2026-01-01T10:00:00Z');

  it('stops an account after 5 failures, whatever the address', () => {
    for (let i = 0; i < 5; i++)
      expect(reserveAttempt(db, { account: i % 2 ? 'A@x.dk' : 'a@x.dk', address: `10.0.0.${i}` }, now)).not.toBeNull();
    expect(reserveAttempt(db, { account: 'a@x.dk', address: '10.9.9.9' }, now)).toBeNull();
    expect(reserveAttempt(db, { account: 'b@x.dk', address: '10.9.9.9' }, now)).not.toBeNull();
  });

  it('stops an address after 20 failures across accounts', () => {
    for (let i = 0; i < 20; i++)
      expect(reserveAttempt(db, { account: `u${i}@x.dk`, address: '192.0.2.1' }, now)).not.toBeNull();
    expect(reserveAttempt(db, { account: 'new@x.dk', address: '192.0.2.1' }, now)).toBeNull();
    expect(reserveAttempt(db, { account: 'new@x.dk', address: '192.0.2.2' }, now)).not.toBeNull();
  });

  it("forgets failures after the window, and an account's after a right attempt", () => {
    for (let i = 0; i < 4; i++) reserveAttempt(db, { account: 'a@x.dk', address: '10.0.0.1' }, now);
    const right = reserveAttempt(db, { account: 'a@x.dk', address: '10.0.0.1' }, now)!;
    expect(reserveAttempt(db, { account: 'a@x.dk', address: '10.0.0.2' }, now)).toBeNull();
    expect(
      reserveAttempt(db, { account: 'a@x.dk', address: '10.0.0.2' }, new Date(now.getTime() + THROTTLE_WINDOW_MS + 1)),
    ).not.toBeNull();
    releaseAttempt(db, right);
    expect(reserveAttempt(db, { account: 'A@X.dk', address: '10.0.0.2' }, now)).not.toBeNull();
  });
});

describe('TOTP codes', () => {
  it('are accepted once per user within their window', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    expect(claimTotpCode(db, 'u1', '123456', now)).toBe(true);
    expect(claimTotpCode(db, 'u1', '123456', new Date(now.getTime() + 60_000))).toBe(false);
    expect(claimTotpCode(db, 'u2', '123456', now)).toBe(true);
    expect(claimTotpCode(db, 'u1', '123456', new Date(now.getTime() + 4 * 60_000))).toBe(true);
  });
});

describe('thresholds and settings', () => {
  it('start with the 2023 plan and use the nearest earlier year', () => {
    const defaults = { guidance: 60, clear_purpose: 80, min_plan: 70, resources: 80, cooperation: 75 };
    expect(thresholdsForYear(db, 2023)).toEqual(defaults);
    expect(thresholdsForYear(db, 2019)).toEqual(defaults);
    setThresholds(db, 2025, { ...defaults, clear_purpose: 85 }, 'admin@x.dk');
    expect(thresholdsForYear(db, 2024)).toEqual(defaults);
    expect(thresholdsForYear(db, 2025).clear_purpose).toBe(85);
    expect(thresholdsForYear(db, 2030).clear_purpose).toBe(85);
    expect(listThresholdYears(db).map((y) => y.year)).toEqual([2025, 2023]);
  });

  it('settings have defaults and keep changes', () => {
    expect(getSettings(db)).toEqual(DEFAULT_SETTINGS);
    updateSettings(db, { ...DEFAULT_SETTINGS, minCellSize: 7 }, 'admin@x.dk');
    expect(getSettings(db).minCellSize).toBe(7);
  });
});

describe('API tokens', () => {
  it('work until revoked and are stored only as a hash', () => {
    const { id, token } = createApiToken(db, 'BI', 'admin@x.dk');
    expect(JSON.stringify(db.$client.prepare('SELECT * FROM api_tokens').all())).not.toContain(token);
    expect(consumeApiToken(db, token)).toEqual({ id, name: 'BI' });
    expect(consumeApiToken(db, `${token}x`)).toBeNull();
    expect(consumeApiToken(db, 'Bearer nonsense')).toBeNull();
    expect(revokeApiToken(db, id)).toBe(true);
    expect(consumeApiToken(db, token)).toBeNull();
  });
});

describe('audit log', () => {
  it('is searchable by period and person, newest first', () => {
    audit(db, { id: '1', email: 'anna_admin@x.dk' }, 'settings_changed', null, {}, new Date('2026-01-01T10:00:00Z'));
    audit(db, { id: '2', email: 'annaXadmin@x.dk' }, 'sign_in', null, undefined, new Date('2026-02-01T10:00:00Z'));
    audit(db, { id: '1', email: 'anna_admin@x.dk' }, 'sign_out', null, undefined, new Date('2026-03-01T10:00:00Z'));
    expect(searchAudit(db, { person: 'anna_admin' }).map((e) => e.action)).toEqual(['sign_out', 'settings_changed']);
    expect(searchAudit(db, { from: new Date('2026-01-15'), to: new Date('2026-02-15') }).map((e) => e.action)).toEqual([
      'sign_in',
    ]);
    expect(searchAudit(db, { person: '%' })).toEqual([]);
  });
});

describe('staff users', () => {
  it('are created through better-auth with a role and can sign in; disabled ones cannot', async () => {
    const auth = createAuth(db);
    await createStaffUser(
      db,
      { email: 'Sara@Kommune.dk', name: 'Sara', role: 'manager', password: 'Korrekt-Hest-Batteri-42' },
      auth,
    );
    const row = db.$client.prepare('SELECT id, email, role FROM user').get() as {
      id: string;
      email: string;
      role: string;
    };
    expect(row).toMatchObject({ email: 'sara@kommune.dk', role: 'manager' });
    const account = db.$client.prepare('SELECT password FROM account WHERE user_id = ?').get(row.id) as {
      password: string;
    };
    expect(account.password).not.toContain('Korrekt');
    const signedIn = await auth.api.signInEmail({
      body: { email: 'sara@kommune.dk', password: 'Korrekt-Hest-Batteri-42' },
    });
    expect(signedIn).toHaveProperty('token');
    setStaffDisabled(db, row.id, true);
    expect(db.$client.prepare('SELECT count(*) AS n FROM session').get()).toEqual({ n: 0 });
    await expect(
      auth.api.signInEmail({ body: { email: 'sara@kommune.dk', password: 'Korrekt-Hest-Batteri-42' } }),
    ).rejects.toThrow();
  });

  it('refuse duplicates, weak passwords and unknown teams', async () => {
    const auth = createAuth(db);
    const base = { email: 'a@x.dk', name: 'A', role: 'caseworker' as const, password: 'Korrekt-Hest-Batteri-42' };
    await createStaffUser(db, base, auth);
    await expect(createStaffUser(db, base, auth)).rejects.toThrow(StaffError);
    await expect(createStaffUser(db, { ...base, email: 'b@x.dk', password: 'password1234' }, auth)).rejects.toThrow(
      /passwordCommon/,
    );
    await expect(createStaffUser(db, { ...base, email: 'c@x.dk', team: 'nowhere' }, auth)).rejects.toThrow(
      /unknown team/,
    );
  });
});

describe('session cookies', () => {
  it('are HttpOnly and SameSite, and Secure with the __Secure- prefix on an https site', async () => {
    const previous = process.env.BETTER_AUTH_URL;
    try {
      for (const [url, secure] of [
        ['http://localhost:3000', false],
        ['https://vaerdig.kommune.dk', true],
      ] as const) {
        process.env.BETTER_AUTH_URL = url;
        const auth = createAuth(db);
        const email = `cookie-${secure}@x.dk`;
        await createStaffUser(db, { email, name: 'C', role: 'caseworker', password: 'Korrekt-Hest-Batteri-42' }, auth);
        const { headers } = await auth.api.signInEmail({
          body: { email, password: 'Korrekt-Hest-Batteri-42' },
          returnHeaders: true,
        });
        const cookie = headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(secure ? /^__Secure-vaerdig\.session_token=/ : /^vaerdig\.session_token=/);
        expect(cookie).toMatch(/HttpOnly/i);
        expect(cookie).toMatch(/SameSite=Lax/i);
        expect(/;\s*Secure/i.test(cookie)).toBe(secure);
      }
    } finally {
      if (previous === undefined) delete process.env.BETTER_AUTH_URL;
      else process.env.BETTER_AUTH_URL = previous;
    }
  });
});
