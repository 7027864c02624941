import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { migrationsFolder } from '@/db/migrate';
import { purge } from '@/db/queries/follow-up';
import { importResponses } from '@/db/queries/import';
import { createInvitations } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { rollUpSql } from '@/db/roll-up';
import { responses, type NewResponse } from '@/db/schema';
import { GOALS } from '@/lib/goals';
import type { Answers } from '@/lib/survey/definition';
import { setUpFreshDatabase } from '../support/fresh-database';
import { TEAMS, recount, responseRow, type Raw } from '../support/recount';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh), { once: true, teams: TEAMS });

const NOW = new Date('2025-01-01T12:00:00Z');
const likertAnswer = (value: number | null) => (value === null ? undefined : value === 0 ? 'dk' : String(value));

/** A raw row as the answers a citizen or an import file gives. */
function answersOf(row: Raw): Answers {
  const answers: Record<string, string | undefined> = {
    guidance_helps: likertAnswer(row.guidanceHelps),
    guidance_knowledge: likertAnswer(row.guidanceKnowledge),
    clear_purpose: likertAnswer(row.clearPurpose),
    min_plan_use: row.minPlanUse ?? undefined,
    min_plan_overview: likertAnswer(row.minPlanOverview),
    resources_included: likertAnswer(row.resourcesIncluded),
    professionals_cooperate: likertAnswer(row.professionalsCooperate),
    meeting_channel: row.meetingChannel ?? undefined,
    comment: 'en kommentar',
  };
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Answers;
}

/** Every way rows come, change and go: the survey, an import, SQL, the comment purge. */
const operation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), rows: fc.array(responseRow, { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('import' as const), rows: fc.array(responseRow, { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('submit' as const), row: responseRow }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), row: responseRow }),
  fc.record({ kind: fc.constant('purge' as const) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer O> ? O : never;

function apply(op: Operation) {
  const ids = () => db.$client.prepare('SELECT id FROM responses ORDER BY id').pluck().all() as Buffer[];
  switch (op.kind) {
    case 'insert':
      if (op.rows.length)
        db.insert(responses)
          .values(op.rows.map((row) => ({ ...row, surveyVersion: '2023.1' }) as NewResponse))
          .run();
      return;
    case 'import': {
      const rows = op.rows.map((row, i) => ({ line: i + 2, ...row, answers: answersOf(row) }));
      expect(importResponses(db, rows, NOW)).toEqual({ ok: true, imported: rows.length });
      return;
    }
    case 'submit': {
      const { targetGroup, team, language } = op.row;
      const [invitation] = createInvitations(db, { targetGroup, team, language, channel: 'cli', count: 1, now: NOW });
      expect(submitResponse(db, invitation!.token, answersOf(op.row), language, NOW)).toEqual({ ok: true });
      return;
    }
    case 'delete': {
      const all = ids();
      for (const id of all.slice(op.pick % Math.max(all.length, 1)).slice(0, op.count))
        db.$client.prepare('DELETE FROM responses WHERE id = ?').run(id);
      return;
    }
    case 'update': {
      const all = ids();
      if (!all.length) return;
      const { row } = op;
      db.$client
        .prepare(
          `UPDATE responses SET submitted_on = ?, target_group = ?, team = ?, meeting_channel = ?, clear_purpose = ?,
             min_plan_use = ?, min_plan_overview = ? WHERE id = ?`,
        )
        .run(
          row.submittedOn,
          row.targetGroup,
          row.team,
          row.meetingChannel,
          row.clearPurpose,
          row.minPlanUse,
          row.minPlanOverview,
          all[op.pick % all.length],
        );
      return;
    }
    case 'purge':
      purge(db, 1, NOW);
  }
}

/** The roll-up as a recount of the stored rows would write it: one entry per month and cell. */
function recountedCells(): Record<string, unknown> {
  const rows = db.select().from(responses).all() as unknown as Raw[];
  const cells = new Map<string, Raw[]>();
  for (const row of rows) {
    const key = [row.submittedOn.slice(0, 7), row.targetGroup, row.team ?? '', row.meetingChannel ?? '', row.language];
    cells.set(key.join('|'), [...(cells.get(key.join('|')) ?? []), row]);
  }
  return Object.fromEntries([...cells].map(([key, cell]) => [key, recount(cell)]));
}

function rolledUpCells(): Record<string, unknown> {
  const rows = db.$client.prepare('SELECT * FROM response_months').all() as Record<string, string | number>[];
  return Object.fromEntries(
    rows.map((row) => [
      [row.month, row.target_group, row.team, row.meeting_channel, row.language].join('|'),
      {
        responses: row.responses,
        goals: Object.fromEntries(GOALS.map(({ key }) => [key, { n: row[`${key}_n`], agree: row[`${key}_agree`] }])),
      },
    ]),
  );
}

describe('the monthly roll-up of the goals', () => {
  it('equals a recount of the stored rows after any sequence of inserts, imports, submissions, updates, deletes and purges', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 12 }), (operations) => {
        // A clean start for each run, so that a failing run does not make the next one fail.
        db.$client.exec('DELETE FROM responses; DELETE FROM response_months');
        for (const op of operations) apply(op);
        expect(rolledUpCells()).toEqual(recountedCells());
      }),
      { numRuns: 120 },
    );
  });

  it('is kept by the triggers migration 0009 holds, written from the goals as they are now', () => {
    const migration = fs.readFileSync(path.join(migrationsFolder, '0009_responses_roll_up.sql'), 'utf8');
    const statements = migration.split('--> statement-breakpoint').map((statement) => statement.trim());
    // A change to the questionnaire's goals needs a new migration that drops and rewrites these.
    expect(statements.slice(1)).toEqual(rollUpSql());
  });
});
