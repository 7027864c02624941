import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import {
  INVITATION_STATUSES,
  invitationStatus,
  listOwnInvitations,
  purge,
  responseRate,
  responseRateBy,
} from '@/db/queries/follow-up';
import { createInvitations, markOpened } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { DAY_MS } from '@/lib/dates';
import { quarterOf, quarterRange } from '@/lib/periods';
import { setUpFreshDatabase } from '../support/fresh-database';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh), {
  teams: [
    { key: 'nord', name: 'Team Nord' },
    { key: 'syd', name: 'Team Syd' },
  ],
});

const make = (options: Partial<Parameters<typeof createInvitations>[1]> = {}) =>
  createInvitations(db, { targetGroup: 'dagpenge', channel: 'link', count: 1, ...options })[0]!;

describe('quarters in Copenhagen', () => {
  it('start at local midnight', () => {
    expect(quarterOf(new Date('2023-03-31T22:30:00Z'))).toEqual({ year: 2023, quarter: 2 });
    const range = quarterRange({ year: 2023, quarter: 1 });
    expect(range.from.toISOString()).toBe('2022-12-31T23:00:00.000Z');
    expect(range.to.toISOString()).toBe('2023-03-31T22:00:00.000Z');
    expect(quarterRange({ year: 2023, quarter: 4 }).to.toISOString()).toBe('2023-12-31T23:00:00.000Z');
  });
});

describe('follow-up', () => {
  it("shows each invitation's status to its own caseworker only", () => {
    const now = new Date();
    const answered = make({ createdBy: 'u1' });
    const opened = make({ createdBy: 'u1' });
    make({ createdBy: 'u1', expiresInDays: 1, now: new Date(now.getTime() - 2 * DAY_MS) });
    make({ createdBy: 'u2' });
    submitResponse(db, answered.token, { clear_purpose: '4' }, 'da');
    markOpened(db, opened.token);
    const { rows: mine, total } = listOwnInvitations(db, 'u1');
    expect(total).toBe(3);
    expect(mine).toHaveLength(3);
    expect(mine.map((row) => invitationStatus(row)).sort()).toEqual(['answered', 'expired', 'opened']);
    expect(JSON.stringify(mine)).not.toMatch(/clear_purpose|comment/);
  });

  it("filters a caseworker's invitations by status exactly as the status is shown, and by period", () => {
    const now = new Date();
    const old = new Date(now.getTime() - 40 * DAY_MS);
    const made = [
      make({ createdBy: 'u1' }),
      make({ createdBy: 'u1' }),
      make({ createdBy: 'u1', now: old, expiresInDays: 60 }),
      make({ createdBy: 'u1', expiresInDays: 1, now: new Date(now.getTime() - 2 * DAY_MS) }),
    ];
    submitResponse(db, made[0]!.token, { clear_purpose: '4' }, 'da');
    markOpened(db, made[1]!.token);
    const all = listOwnInvitations(db, 'u1').rows;
    for (const status of INVITATION_STATUSES) {
      const filtered = listOwnInvitations(db, 'u1', { status }).rows;
      expect(filtered.map((row) => row.id).sort()).toEqual(
        all
          .filter((row) => invitationStatus(row) === status)
          .map((row) => row.id)
          .sort(),
      );
    }
    expect(listOwnInvitations(db, 'u1', { status: 'created' }).total).toBe(1);
    const lastMonth = { from: new Date(old.getTime() - DAY_MS), to: new Date(old.getTime() + DAY_MS) };
    expect(listOwnInvitations(db, 'u1', { period: lastMonth }).rows.map((row) => row.id)).toEqual([made[2]!.id]);
  });

  it('pages 50 at a time, newest first, and keeps an out-of-range page inside', () => {
    for (let i = 0; i < 120; i++) make({ createdBy: 'u3', now: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    const first = listOwnInvitations(db, 'u3');
    expect(first).toMatchObject({ total: 120, page: 1, pages: 3 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.createdAt.getTime()).toBeGreaterThan(first.rows[49]!.createdAt.getTime());
    const last = listOwnInvitations(db, 'u3', { page: 3 });
    expect(last.rows).toHaveLength(20);
    expect(listOwnInvitations(db, 'u3', { page: 99 }).page).toBe(3);
    const seen = new Set([1, 2, 3].flatMap((page) => listOwnInvitations(db, 'u3', { page }).rows.map((row) => row.id)));
    expect(seen.size).toBe(120);
  });

  it('computes RR1 for the period, per caseworker, team and target group', () => {
    const period = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
    const inside = new Date('2026-02-01T12:00:00Z');
    const a = make({ createdBy: 'u1', team: 'nord', now: inside, expiresInDays: 365 });
    make({ createdBy: 'u1', team: 'nord', now: inside, expiresInDays: 365 });
    make({ createdBy: 'u2', team: 'syd', targetGroup: 'integration', now: inside, expiresInDays: 365 });
    make({ createdBy: 'u1', team: 'nord', now: new Date('2025-12-31T12:00:00Z'), expiresInDays: 365 });
    submitResponse(db, a.token, { clear_purpose: '5' }, 'da');
    expect(responseRate(db, period)).toEqual({ invited: 3, answered: 1, rate: 1 / 3 });
    expect(responseRate(db, period, 'u1')).toEqual({ invited: 2, answered: 1, rate: 0.5 });
    expect(responseRate(db, { from: new Date('2020-01-01'), to: new Date('2020-02-01') }).rate).toBeNull();
    expect(responseRateBy(db, period, 'team')).toEqual([
      { value: 'nord', invited: 2, answered: 1, rate: 0.5 },
      { value: 'syd', invited: 1, answered: 0, rate: 0 },
    ]);
    expect(responseRateBy(db, period, 'target_group').map((row) => row.value)).toEqual(['dagpenge', 'integration']);
  });
});

describe('purge', () => {
  it('erases e-mail addresses of expired invitations, and old comments; counts only', () => {
    const now = new Date();
    const answered = make({ email: 'a@borger.dk' });
    make({ email: 'b@borger.dk', expiresInDays: 1, now: new Date(now.getTime() - 2 * DAY_MS) });
    make({ email: 'c@borger.dk' });
    submitResponse(db, answered.token, { comment: 'ny kommentar' }, 'da');
    const old = make();
    submitResponse(
      db,
      old.token,
      { comment: 'gammel kommentar', clear_purpose: '3' },
      'da',
      new Date(now.getTime() - 800 * DAY_MS),
    );

    // Answering already erased the first address; purge takes the expired one.
    expect(purge(db, 24, now)).toEqual({ emailsErased: 1, commentsDeleted: 1 });
    const emails = db.$client.prepare('SELECT email FROM invitations WHERE email IS NOT NULL').all();
    expect(emails).toEqual([{ email: 'c@borger.dk' }]);
    const comments = db.$client
      .prepare('SELECT comment, clear_purpose FROM responses ORDER BY submitted_on DESC')
      .all();
    expect(comments).toEqual([
      { comment: 'ny kommentar', clear_purpose: null },
      { comment: null, clear_purpose: 3 },
    ]);
    expect(purge(db, 24, now)).toEqual({ emailsErased: 0, commentsDeleted: 0 });
  });
});
