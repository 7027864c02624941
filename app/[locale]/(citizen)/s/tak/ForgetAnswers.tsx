'use client';

import { useEffect } from 'react';
import { forgetKeptAnswers } from '@/lib/survey/kept-answers';

/** Clears answers the survey form kept in this tab for the language switch. */
export function ForgetAnswers() {
  useEffect(forgetKeptAnswers, []);
  return null;
}
