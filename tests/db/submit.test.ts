import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createInvitations, getTokenState } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { DAY_MS } from '@/lib/dates';
import { addTeam } from '@/db/queries/reference';
import { hashToken } from '@/lib/tokens';
import { setUpFreshDatabase } from '../support/fresh-database';
import { submitAtOnce } from '../support/submit-at-once';

let db: Db;
let file: string;
setUpFreshDatabase((fresh) => ({ db, file } = fresh));

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const invite = (options: Partial<Parameters<typeof createInvitations>[1]> = {}) =>
  createInvitations(db, { targetGroup: 'dagpenge', channel: 'cli', count: 1, ...options })[0]!.token;

describe('the database', () => {
  it('runs with WAL, synchronous FULL, a busy timeout and foreign keys', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('seeds the eleven default target groups once', () => {
    expect(count('target_groups')).toBe(11);
    expect(db.$client.prepare("SELECT name_da FROM target_groups WHERE key = 'integration'").get()).toEqual({
      name_da: 'Flygtninge og familiesammenførte',
    });
  });

  it('keeps no reference from a response to its invitation', () => {
    const columns = (db.$client.prepare('PRAGMA table_info(responses)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining(['survey_version', 'language', 'target_group', 'team', 'submitted_on']),
    );
    expect(columns.filter((name) => /invitation|token|email|user|caseworker|created_at|time/.test(name))).toEqual([]);
    const foreignKeys = db.$client.prepare('PRAGMA foreign_key_list(responses)').all() as { table: string }[];
    expect(foreignKeys.map((fk) => fk.table).sort()).toEqual(['target_groups', 'teams']);
  });

  it('stores only the hash of a token', () => {
    const token = invite();
    const rows = db.$client.prepare('SELECT * FROM invitations').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('submitResponse', () => {
  it('stores the answers with the day, version, language and the invitation group and team', () => {
    addTeam(db, { key: 'nord', name: 'Team Nord' });
    const token = invite({ team: 'nord' });
    const now = new Date('2023-03-31T22:30:00Z'); // already 1 April in Copenhagen
    const result = submitResponse(
      db,
      token,
      { guidance_helps: '5', guidance_knowledge: 'dk', min_plan_use: 'no' },
      'en',
      now,
    );
    expect(result).toEqual({ ok: true });
    expect(db.$client.prepare('SELECT * FROM responses').all()).toEqual([
      expect.objectContaining({
        survey_version: '2023.1',
        language: 'en',
        target_group: 'dagpenge',
        team: 'nord',
        submitted_on: '2023-04-01',
        source: 'survey',
        guidance_helps: 5,
        guidance_knowledge: 0,
        clear_purpose: null,
        min_plan_use: 'no',
        min_plan_overview: null,
        comment: null,
      }),
    ]);
    expect(getTokenState(db, token)).toBe('answered');
  });

  it('lets a token through once', () => {
    const token = invite();
    expect(submitResponse(db, token, { clear_purpose: '4' }, 'da')).toEqual({ ok: true });
    expect(submitResponse(db, token, { clear_purpose: '2' }, 'da')).toEqual({ ok: false, reason: 'answered' });
    expect(count('responses')).toBe(1);
  });

  it('refuses an expired or unknown token and stores nothing', () => {
    const now = new Date();
    const token = invite({ expiresInDays: 1, now: new Date(now.getTime() - 2 * DAY_MS) });
    expect(getTokenState(db, token, now)).toBe('unavailable');
    expect(submitResponse(db, token, { clear_purpose: '4' }, 'da', now)).toEqual({ ok: false, reason: 'unavailable' });
    expect(submitResponse(db, 'ABCDEFGHJKMNPQRS', { clear_purpose: '4' }, 'da', now)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(count('responses')).toBe(0);
    expect(getTokenState(db, token, now)).toBe('unavailable');
  });

  it('rolls back the claim when the response cannot be stored', () => {
    const token = invite();
    // A value the CHECK constraint refuses: the insert fails after the claim.
    expect(() => submitResponse(db, token, { clear_purpose: '9' }, 'da')).toThrow(/CHECK/);
    expect(count('responses')).toBe(0);
    expect(getTokenState(db, token)).toBe('open');
  });

  it('stores exactly one response for 50 concurrent submissions of one token', async () => {
    const outcomes = await submitAtOnce(file, invite(), 50);

    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
    // The rest see "already answered"; on a starved machine one may instead give up on the
    // lock after the busy timeout (the citizen sees "try again"), which writes nothing either.
    expect(outcomes.filter((o) => o !== 'stored' && o !== 'answered' && o !== 'error:SQLITE_BUSY')).toEqual([]);
    expect(outcomes.filter((o) => o === 'answered').length).toBeGreaterThanOrEqual(40);
    expect(count('responses')).toBe(1);
  }, 60_000);
});
