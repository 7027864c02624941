import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { countDistribution, countGoals, countGoalsByQuarter } from '@/db/queries/results';
import { BREAKDOWNS, type Breakdown } from '@/lib/results/types';
import { responses, type NewResponse } from '@/db/schema';
import { setUpFreshDatabase } from '../support/fresh-database';
import { TEAMS, recount, responseRow as row, type Raw } from '../support/recount';

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh), { once: true, teams: TEAMS });

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
    const period = { from: '2023-03-01', to: '2023-06-30' };
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
