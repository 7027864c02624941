'use client';

import { useEffect } from 'react';
import { KEPT_ANSWERS_PREFIX } from '@/lib/survey/definition';

/** Clears answers the survey form kept in this tab for the language switch. */
export function ForgetAnswers() {
  useEffect(() => {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(KEPT_ANSWERS_PREFIX)) sessionStorage.removeItem(key);
    }
  }, []);
  return null;
}
