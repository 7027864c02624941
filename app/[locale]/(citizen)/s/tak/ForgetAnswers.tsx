'use client';

import { useEffect } from 'react';

/** Clears answers the survey form kept in this tab for the language switch. */
export function ForgetAnswers() {
  useEffect(() => {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('vaerdig:survey:')) sessionStorage.removeItem(key);
    }
  }, []);
  return null;
}
