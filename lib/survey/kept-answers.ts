import type { SurveyFormValues } from '@/lib/validation/survey';

/**
 * The answers a browser tab keeps for a survey across the language switch (sessionStorage,
 * removed on the thank-you page). A browser that refuses storage (every cookie blocked) throws on
 * each use: then nothing is kept, and the survey works as before.
 */

/** The key's prefix; the token follows (the server's loader reads it too: scripts/lib/first-use.ts). */
export const KEPT_ANSWERS_PREFIX = 'vaerdig:survey:';

const keyOf = (token: string) => `${KEPT_ANSWERS_PREFIX}${token}`;

export function readKeptAnswers(token: string): Partial<SurveyFormValues> | null {
  try {
    const saved = sessionStorage.getItem(keyOf(token));
    const answers: unknown = saved === null ? null : JSON.parse(saved);
    return answers !== null && typeof answers === 'object' ? (answers as Partial<SurveyFormValues>) : null;
  } catch {
    tryStorage(() => sessionStorage.removeItem(keyOf(token)));
    return null;
  }
}

export function keepAnswers(token: string, answers: Partial<SurveyFormValues>) {
  tryStorage(() => sessionStorage.setItem(keyOf(token), JSON.stringify(answers)));
}

/** After sending: every survey's kept answers in this tab. */
export function forgetKeptAnswers() {
  tryStorage(() => {
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith(KEPT_ANSWERS_PREFIX)) sessionStorage.removeItem(key);
  });
}

/** Runs a use of storage that may be refused; a refusal changes nothing. */
function tryStorage(work: () => void) {
  try {
    work();
  } catch {
    // Storage refused: nothing is kept.
  }
}
