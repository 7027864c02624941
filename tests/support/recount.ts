import fc from 'fast-check';
import { LOCALES } from '@/lib/locales';

/**
 * Stored response rows at random, and a plain recount of the five goals straight from
 * DESIGN.md's table, written apart from the code under test (the SQL and the roll-up).
 */
/** The teams the rows name; the target groups are the reference data's. */
export const TEAMS = [
  { key: 'nord', name: 'Nord' },
  { key: 'syd', name: 'Syd' },
];

const likert = fc.constantFrom(null, 0, 1, 2, 3, 4, 5);
export const responseRow = fc
  .record({
    targetGroup: fc.constantFrom('dagpenge', 'integration', 'sygedagpenge'),
    team: fc.constantFrom(null, 'nord', 'syd'),
    submittedOn: fc.constantFrom('2023-02-28', '2023-03-01', '2023-03-31', '2023-06-30', '2023-07-01', '2024-01-15'),
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

export type Raw = typeof responseRow extends fc.Arbitrary<infer R> ? R : never;

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

export function recount(rows: Raw[]) {
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
