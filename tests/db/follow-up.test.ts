import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import {
  INVITATION_STATUSES,
  countOwnInvitations,
  listOwnInvitations,
  purge,
  responseRate,
  responseRateBy,
} from '@/db/queries/follow-up';
import { createInvitations, markOpened } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { DAY_MS } from '@/lib/dates';
import { pageOf } from '@/lib/paging';
import { markSent } from '@/db/queries/reminders';
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
    const mine = listOwnInvitations(db, 'u1');
    const total = countOwnInvitations(db, 'u1');
    expect(total).toBe(3);
    expect(mine).toHaveLength(3);
    expect(mine.map((row) => row.status).sort()).toEqual(['answered', 'expired', 'opened']);
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
      make({ createdBy: 'u1' }),
      // Answered after its e-mail was opened: answered wins over the rest.
      make({ createdBy: 'u1' }),
    ];
    submitResponse(db, made[0]!.token, { clear_purpose: '4' }, 'da');
    markOpened(db, made[1]!.token);
    markSent(db, made[4]!.id);
    markSent(db, made[5]!.id);
    markOpened(db, made[5]!.token);
    submitResponse(db, made[5]!.token, { clear_purpose: '2' }, 'da');
    // Each status as made above, by construction.
    const expected: Record<string, number[]> = {
      answered: [made[0]!.id, made[5]!.id],
      opened: [made[1]!.id],
      created: [made[2]!.id],
      expired: [made[3]!.id],
      sent: [made[4]!.id],
    };
    const all = listOwnInvitations(db, 'u1');
    for (const status of INVITATION_STATUSES) {
      const filtered = listOwnInvitations(db, 'u1', { status });
      expect(filtered.map((row) => row.id).sort(), status).toEqual([...expected[status]!].sort());
      expect(filtered.map((row) => row.id).sort()).toEqual(
        all
          .filter((row) => row.status === status)
          .map((row) => row.id)
          .sort(),
      );
    }
    expect(countOwnInvitations(db, 'u1', { status: 'created' })).toBe(1);
    const lastMonth = { from: new Date(old.getTime() - DAY_MS), to: new Date(old.getTime() + DAY_MS) };
    expect(listOwnInvitations(db, 'u1', { period: lastMonth }).map((row) => row.id)).toEqual([made[2]!.id]);
  });

  it('pages 50 at a time, newest first, and keeps an out-of-range page inside', () => {
    for (let i = 0; i < 120; i++) make({ createdBy: 'u3', now: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    const total = countOwnInvitations(db, 'u3');
    const page = (asked?: string) => listOwnInvitations(db, 'u3', {}, pageOf(asked, total));
    expect(pageOf(undefined, total)).toMatchObject({ page: 1, pages: 3 });
    expect(total).toBe(120);
    const first = page();
    expect(first).toHaveLength(50);
    expect(first[0]!.createdAt.getTime()).toBeGreaterThan(first[49]!.createdAt.getTime());
    const last = page('3');
    expect(last).toHaveLength(20);
    expect(pageOf('99', total).page).toBe(3);
    expect(page('99')).toEqual(last);
    const seen = new Set(['1', '2', '3'].flatMap((asked) => page(asked).map((row) => row.id)));
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
