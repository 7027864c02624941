import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createInvitations } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { DAY_MS } from '@/lib/dates';
import { freshDatabase } from '../support/db';
import { submitAtOnce } from '../support/submit-at-once';

/**
 * A model of the submit path: invitations that are open, answered or expired. Fast-check
 * runs random sequences of create, submit, resubmit, concurrent submit and the clock
 * moving on, and after every step the database must hold exactly one response per
 * spent token, and the outcome of each submit must be the one the model predicts.
 */
type Model = { now: number; invitations: { expiresAt: number; answered: boolean }[] };
type Real = { db: Db; file: string; tokens: string[] };

const count = (db: Db, sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

function checkInvariant(model: Model, real: Real) {
  const answered = model.invitations.filter((i) => i.answered).length;
  expect(count(real.db, 'SELECT COUNT(*) AS n FROM responses')).toBe(answered);
  expect(count(real.db, 'SELECT COUNT(*) AS n FROM invitations WHERE answered = 1')).toBe(answered);
}

const expected = (model: Model, index: number) => {
  const invitation = model.invitations[index]!;
  return invitation.answered ? 'answered' : model.now >= invitation.expiresAt ? 'unavailable' : 'stored';
};

class Create implements fc.AsyncCommand<Model, Real> {
  constructor(readonly days: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const [created] = createInvitations(real.db, {
      targetGroup: 'dagpenge',
      channel: 'cli',
      count: 1,
      expiresInDays: this.days,
      now: new Date(model.now),
    });
    real.tokens.push(created!.token);
    model.invitations.push({ expiresAt: model.now + this.days * DAY_MS, answered: false });
    checkInvariant(model, real);
  }
  toString = () => `create(${this.days}d)`;
}

class Submit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly twice: boolean,
  ) {}
  check = (model: Readonly<Model>) => model.invitations.length > 0;
  async run(model: Model, real: Real) {
    const index = this.pick % model.invitations.length;
    for (let round = 0; round < (this.twice ? 2 : 1); round++) {
      const want = expected(model, index);
      const result = submitResponse(real.db, real.tokens[index]!, { guidance_helps: '4' }, 'da', new Date(model.now));
      expect(result.ok ? 'stored' : result.reason).toBe(want);
      if (want === 'stored') model.invitations[index]!.answered = true;
    }
    checkInvariant(model, real);
  }
  toString = () => `${this.twice ? 'resubmit' : 'submit'}(#${this.pick})`;
}

class ConcurrentSubmit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly submitters: number,
  ) {}
  check = (model: Readonly<Model>) => model.invitations.length > 0;
  async run(model: Model, real: Real) {
    const index = this.pick % model.invitations.length;
    const want = expected(model, index);
    const results = await submitAtOnce(real.file, real.tokens[index]!, this.submitters, model.now);
    const stored = results.filter((r) => r === 'stored').length;
    expect(stored).toBe(want === 'stored' ? 1 : 0);
    expect(
      results.filter((r) => r !== 'stored').every((r) => r === (want === 'unavailable' ? 'unavailable' : 'answered')),
    ).toBe(true);
    if (want === 'stored') model.invitations[index]!.answered = true;
    checkInvariant(model, real);
  }
  toString = () => `concurrent(#${this.pick} x${this.submitters})`;
}

class ClockMoves implements fc.AsyncCommand<Model, Real> {
  constructor(readonly hours: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    model.now += this.hours * 3_600_000;
    checkInvariant(model, real);
  }
  toString = () => `clock(+${this.hours}h)`;
}

const commands = [
  fc.integer({ min: 1, max: 3 }).map((days) => new Create(days)),
  fc.tuple(fc.nat(), fc.boolean()).map(([pick, twice]) => new Submit(pick, twice)),
  fc.tuple(fc.nat(), fc.integer({ min: 2, max: 4 })).map(([pick, n]) => new ConcurrentSubmit(pick, n)),
  fc.integer({ min: 1, max: 40 }).map((hours) => new ClockMoves(hours)),
];

describe('the submit path against a model', () => {
  it('keeps responses equal to spent tokens through submit, resubmit, concurrent submit and expiry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (sequence) => {
        const { db, file, cleanup } = freshDatabase();
        try {
          const model: Model = { now: Date.parse('2025-03-01T09:00:00Z'), invitations: [] };
          await fc.asyncModelRun(() => ({ model, real: { db, file, tokens: [] } }), sequence);
          expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          cleanup();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
