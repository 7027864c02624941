import { responses, type NewResponse } from '@/db/schema';
import type { Db } from '@/db/client';

/** The results tests' answers: hand-counted figures in a quarter no other test writes to. */

// A quarter of its own, far from the answers other tests store today.
export const QUARTER = '2019-Q2';
export const COMMENT = '=HYPERLINK("http://example.invalid")';

/** The quarter's answers, unless they are there already. */
export function seedQuarter(db: Db) {
  if (db.$client.prepare("SELECT 1 FROM responses WHERE submitted_on BETWEEN '2019-04-01' AND '2019-06-30'").get())
    return;
  const row = (targetGroup: string, answers: Partial<NewResponse>): NewResponse => ({
    surveyVersion: '2023.1',
    language: 'da',
    targetGroup,
    submittedOn: '2019-05-15',
    ...answers,
  });
  const rows: NewResponse[] = [
    // dagpenge: goal 1 agree (either item), goal 2 six of seven answered, goal 3 four of eight.
    ...[5, 5, 4, 4, 4, 4, 2, 0].map((clearPurpose, i) =>
      row('dagpenge', {
        guidanceHelps: 4,
        guidanceKnowledge: 2,
        clearPurpose,
        minPlanUse: i < 6 ? 'yes' : 'no',
        minPlanOverview: i < 4 ? 5 : null,
        meetingChannel: 'in_person',
        comment: i === 0 ? COMMENT : null,
      }),
    ),
    // integration: nobody agrees on goal 1; goal 2 three of six; Min Plan unknown. Two answered
    // in English: too few to show, so Danish (the only other language) is hidden with them.
    ...[4, 4, 4, 1, 2, 3].map((clearPurpose, i) =>
      row('integration', {
        language: i < 4 ? 'da' : 'en',
        guidanceHelps: 2,
        guidanceKnowledge: 0,
        clearPurpose,
        minPlanUse: 'unknown',
        meetingChannel: 'phone',
      }),
    ),
    // revalidering: two answers, too few to show, so integration is hidden with it.
    ...[5, 1].map((clearPurpose) => row('revalidering', { guidanceHelps: 0, guidanceKnowledge: 0, clearPurpose })),
    // The quarter before (2019-Q1): goal 2 agreed by 2 of 20, against 10 of 15 in 2019-Q2.
    ...Array.from({ length: 20 }, (_, i) => ({
      ...row('dagpenge', { clearPurpose: i < 2 ? 4 : 2 }),
      submittedOn: '2019-02-15',
    })),
  ];
  db.insert(responses).values(rows).run();
}
