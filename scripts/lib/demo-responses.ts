import type { Db } from '../../db/client';
import { createInvitations } from '../../db/queries/invitations';
import { submitResponse } from '../../db/queries/responses';
import { copenhagenMidnight, DAY_MS } from '../../lib/dates';
import type { Answers } from '../../lib/survey/definition';
import { lastCompleteQuarter, quarterPeriod, quartersUpTo } from '../../lib/periods';
import { seededRandom } from './random';

// Invitations per quarter by target group; revalidering and ledighedsydelse are small
// on purpose, so the dashboard shows hidden and suppressed cells.
const GROUPS: { key: string; invited: number; mood: number }[] = [
  { key: 'dagpenge', invited: 90, mood: 0.06 },
  { key: 'kontanthjaelp_jobparat', invited: 45, mood: 0 },
  { key: 'kontanthjaelp_aktivitetsparat', invited: 50, mood: -0.08 },
  { key: 'uddannelseshjaelp', invited: 40, mood: -0.02 },
  { key: 'integration', invited: 30, mood: -0.12 },
  { key: 'sygedagpenge', invited: 45, mood: 0.04 },
  { key: 'jobafklaring', invited: 14, mood: -0.05 },
  { key: 'ressourceforloeb', invited: 14, mood: 0 },
  { key: 'ledighedsydelse', invited: 8, mood: 0.02 },
  { key: 'revalidering', invited: 5, mood: 0.05 },
];
const TEAMS = ['nord', 'syd', 'unge'];
const COMMENTS = [
  'Min rådgiver lyttede til mig, og vi lavede en plan, jeg kan se mig selv i.',
  'Det er svært at finde rundt i Min Plan på telefonen.',
  'Jeg har haft tre forskellige rådgivere på et halvt år. Det har gjort det svært.',
  'Gode samtaler, men jeg ville gerne have haft dem ansigt til ansigt i stedet for over telefonen.',
  'Tak for hjælpen med at finde en praktikplads.',
  'Jeg forstod ikke altid, hvorfor jeg skulle til samtale.',
];

/**
 * Eight quarters of invitations and answers through the real submit path, so the
 * results and the response rate tell a story from the first minute: goals 1 and 4
 * mostly met, goal 2 not, goal 3 (Min Plan) improving, goal 5 close to its threshold.
 * Skipped when the database already holds responses from before this quarter.
 */
export function seedDemoResponses(db: Db, now = new Date()): number {
  const quarters = quartersUpTo(lastCompleteQuarter(now), 8).map(quarterPeriod);
  const older = db.$client
    .prepare('SELECT COUNT(*) AS n FROM responses WHERE submitted_on < ?')
    .get(quarters.at(-1)!.to) as { n: number };
  if (older.n > 0) return 0;
  const next = seededRandom(2023);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const likert = (agree: number): string => {
    const r = next();
    if (r < 0.05) return 'dk';
    return next() < agree ? (r < 0.5 ? '5' : '4') : pick(['1', '2', '3', '3']);
  };
  const maybe = (answer: string) => (next() < 0.03 ? undefined : answer);

  let stored = 0;
  // The demo writes a few thousand rows; one fsync per row is not needed for that.
  db.$client.pragma('synchronous = OFF');
  try {
    quarters.forEach((quarter, index) => {
      const start = copenhagenMidnight(quarter.from).getTime();
      const length = copenhagenMidnight(quarter.to, 1).getTime() - start;
      const trend = index / (quarters.length - 1);
      for (const group of GROUPS) {
        for (let i = 0; i < group.invited; i++) {
          const created = new Date(start + next() * (length - 5 * DAY_MS));
          const [invitation] = createInvitations(db, {
            targetGroup: group.key,
            team: group.key === 'uddannelseshjaelp' ? 'unge' : pick(TEAMS.slice(0, 2)),
            channel: pick(['link', 'card', 'email', 'link'] as const),
            count: 1,
            now: created,
          });
          if (next() > 0.47) continue;
          const mood = group.mood + (next() - 0.5) * 0.1;
          const uses = next() < 0.45 + 0.25 * trend ? 'yes' : pick(['no', 'unknown', 'no']);
          const answers: Answers = {
            guidance_helps: maybe(likert(0.5 + mood)),
            guidance_knowledge: maybe(likert(0.45 + mood)),
            clear_purpose: maybe(likert(0.74 + mood)),
            min_plan_use: maybe(uses),
            resources_included: maybe(likert(0.84 + mood)),
            professionals_cooperate: maybe(likert(0.72 + mood + 0.06 * Math.sin(index))),
            meeting_channel: maybe(pick(['in_person', 'in_person', 'phone', 'video', 'dk'])),
          };
          if (answers.min_plan_use === 'yes') answers.min_plan_overview = maybe(likert(0.8 + mood + 0.1 * trend));
          if (next() < 0.08) answers.comment = pick(COMMENTS);
          const submitted = new Date(created.getTime() + next() * 4 * DAY_MS);
          const language = next() < 0.9 ? 'da' : 'en';
          if (submitResponse(db, invitation!.token, answers, language, submitted).ok) stored++;
        }
      }
    });
  } finally {
    db.$client.pragma('synchronous = FULL');
  }
  return stored;
}
