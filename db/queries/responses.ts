import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations, responses, type NewResponse } from '../schema';
import { copenhagenDate } from '@/lib/dates';
import { SURVEY_VERSION, type Answers } from '@/lib/survey/definition';
import { hashToken } from '@/lib/tokens';
import { getTokenState } from './invitations';
import type { Locale } from '@/lib/locales';

type SubmitResult = { ok: true } | { ok: false; reason: 'answered' | 'unavailable' };

const likert = (value: string | undefined): number | null =>
  value === undefined ? null : value === 'dk' ? 0 : Number(value);

/** A stored Likert value back as its answer code ('' when skipped), as files and the import use it. */
export const likertCode = (stored: number | null): string =>
  stored === null ? '' : stored === 0 ? 'dk' : String(stored);

/** Maps validated answers to the anonymous row; Likert "don't know" is stored as 0. */
export function toResponseColumns(answers: Answers) {
  return {
    guidanceHelps: likert(answers.guidance_helps),
    guidanceKnowledge: likert(answers.guidance_knowledge),
    clearPurpose: likert(answers.clear_purpose),
    minPlanUse: (answers.min_plan_use ?? null) as NewResponse['minPlanUse'],
    minPlanOverview: likert(answers.min_plan_overview),
    resourcesIncluded: likert(answers.resources_included),
    professionalsCooperate: likert(answers.professionals_cooperate),
    meetingChannel: (answers.meeting_channel ?? null) as NewResponse['meetingChannel'],
    comment: answers.comment ?? null,
  } satisfies Partial<NewResponse>;
}

/**
 * Spends the token and stores the answers in one immediate transaction: the
 * conditional UPDATE lets exactly one submission of a token through, however
 * many arrive at once. The response copies the invitation's target group and
 * team but keeps no reference to it.
 */
export function submitResponse(
  db: Db,
  token: string,
  answers: Answers,
  language: Locale,
  now = new Date(),
): SubmitResult {
  const today = copenhagenDate(now);
  const tokenHash = hashToken(token);
  return db.transaction(
    (tx) => {
      const claimed = tx
        .update(invitations)
        // Answered: the e-mail address has served its purpose and is erased now.
        .set({ answered: true, email: null })
        .where(
          and(eq(invitations.tokenHash, tokenHash), eq(invitations.answered, false), gt(invitations.expiresAt, now)),
        )
        .returning({ targetGroup: invitations.targetGroup, team: invitations.team })
        .get();
      if (!claimed) {
        const state = getTokenState(tx as unknown as Db, token, now);
        return { ok: false, reason: state === 'answered' ? 'answered' : 'unavailable' } as const;
      }
      tx.insert(responses)
        .values({
          surveyVersion: SURVEY_VERSION,
          language,
          targetGroup: claimed.targetGroup,
          team: claimed.team,
          submittedOn: today,
          source: 'survey',
          ...toResponseColumns(answers),
        })
        .run();
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}
