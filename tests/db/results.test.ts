import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { countDistribution, countGoals, countGoalsByQuarter } from '@/db/queries/results';
import { BREAKDOWNS, type Breakdown } from '@/lib/results/types';
import { LOCALES } from '@/lib/locales';
import { responses, type NewResponse } from '@/db/schema';
import { setUpFreshDatabase } from '../support/fresh-database';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh), {
  once: true,
  teams: [
    { key: 'nord', name: 'Nord' },
    { key: 'syd', name: 'Syd' },
  ],
});

const likert = fc.constantFrom(null, 0, 1, 2, 3, 4, 5);
const row = fc
  .record({
    targetGroup: fc.constantFrom('dagpenge', 'integration', 'sygedagpenge'),
    team: fc.constantFrom(null, 'nord', 'syd'),
    submittedOn: fc.constantFrom('2023-03-30', '2023-03-31', '2023-04-01', '2023-06-30', '2023-07-01', '2024-01-15'),
    guidanceHelps: likert,
    guidanceKnowledge: likert,
    clearPurpose: likert,
    minPlanUse: fc.constantFrom(null, 'yes', 'no', 'unknown'),
    minPlanOverview: likert,
    resourcesIncluded: likert,
    professionalsCooperate: likert,
    meetingChannel: fc.constantFrom(null, 'in_person', 'phone', 'video', 'dk'),
    language: fc.constantFrom(...LOCALES),
  })
  // The survey asks the overview only after "yes"; stored rows never have it otherwise.
  .map((r) => ({ ...r, minPlanOverview: r.minPlanUse === 'yes' ? r.minPlanOverview : null }));

type Raw = typeof row extends fc.Arbitrary<infer R> ? R : never;

// A plain recount straight from DESIGN.md's table, written apart from the code under test.
const answered = (v: number | null) => v !== null && v >= 1 && v <= 5;
const agrees = (v: number | null) => v === 4 || v === 5;
const RECOUNT: Record<string, { n: (r: Raw) => boolean; agree: (r: Raw) => boolean }> = {
  guidance: {
    n: (r) => answered(r.guidanceHelps) || answered(r.guidanceKnowledge),
    agree: (r) => agrees(r.guidanceHelps) || agrees(r.guidanceKnowledge),
  },
  clear_purpose: { n: (r) => answered(r.clearPurpose), agree: (r) => agrees(r.clearPurpose) },
  min_plan: { n: (r) => r.minPlanUse !== null, agree: (r) => r.minPlanUse === 'yes' && agrees(r.minPlanOverview) },
  resources: { n: (r) => answered(r.resourcesIncluded), agree: (r) => agrees(r.resourcesIncluded) },
  cooperation: { n: (r) => answered(r.professionalsCooperate), agree: (r) => agrees(r.professionalsCooperate) },
};

function recount(rows: Raw[]) {
  return {
    responses: rows.length,
    goals: Object.fromEntries(
      Object.entries(RECOUNT).map(([goal, rule]) => [
        goal,
        { n: rows.filter(rule.n).length, agree: rows.filter((r) => rule.n(r) && rule.agree(r)).length },
      ]),
    ),
  };
}

const COLUMN: Record<Breakdown, 'targetGroup' | 'team' | 'meetingChannel' | 'language'> = {
  target_group: 'targetGroup',
  team: 'team',
  meeting_channel: 'meetingChannel',
  language: 'language',
};
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

function store(rows: Raw[]) {
  db.$client.prepare('DELETE FROM responses').run();
  if (rows.length)
    db.insert(responses)
      .values(rows.map((r) => ({ ...r, surveyVersion: '2023.1' }) as NewResponse))
      .run();
}

describe('counting the five goals in SQL', () => {
  it('gives the same numbers as a plain recount of the raw rows, overall, per breakdown and per quarter', () => {
    const period = { from: '2023-03-31', to: '2023-07-01' };
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        store(rows);
        const inPeriod = rows.filter((r) => r.submittedOn >= period.from && r.submittedOn <= period.to);

        const [total] = countGoals(db, period);
        expect(total).toEqual({ value: null, ...recount(inPeriod) });

        for (const by of BREAKDOWNS) {
          const values = [...new Set(inPeriod.map((r) => r[COLUMN[by]] as string | null))];
          const expected = values
            .map((value) => ({ value, ...recount(inPeriod.filter((r) => r[COLUMN[by]] === value)) }))
            .sort((a, b) => (a.value ?? '').localeCompare(b.value ?? ''));
          expect(countGoals(db, period, by)).toEqual(expected);
        }

        const quarters = [...new Set(rows.map((r) => quarterOf(r.submittedOn)))].sort();
        expect(countGoalsByQuarter(db, { from: '2000-01-01', to: '2099-12-31' })).toEqual(
          quarters.map((value) => ({ value, ...recount(rows.filter((r) => quarterOf(r.submittedOn) === value)) })),
        );

        const distribution = countDistribution(db, period);
        const clear = distribution.find((d) => d.item === 'clear_purpose')!;
        expect(clear.counts.dk).toBe(inPeriod.filter((r) => r.clearPurpose === 0).length);
        expect(clear.counts['5']).toBe(inPeriod.filter((r) => r.clearPurpose === 5).length);
        expect(clear.skipped).toBe(inPeriod.filter((r) => r.clearPurpose === null).length);
        const use = distribution.find((d) => d.item === 'min_plan_use')!;
        expect(use.counts.unknown).toBe(inPeriod.filter((r) => r.minPlanUse === 'unknown').length);
        // The follow-up was skipped only by those asked it: who use Min Plan and left it empty.
        const overview = distribution.find((d) => d.item === 'min_plan_overview')!;
        expect(overview.skipped).toBe(
          inPeriod.filter((r) => r.minPlanUse === 'yes' && r.minPlanOverview === null).length,
        );
      }),
      { numRuns: 150 },
    );
  });
});
