'use client';

import { useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/action-state';

/**
 * Focus after a form's result, as GOV.UK's error summary pattern does: the error summary on an
 * error, the result on success, so a screen reader reads it at once.
 */
export function useResultFocus(state: ActionState<unknown>) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
    if (state.status === 'done') resultRef.current?.focus();
  }, [state]);
  return { summaryRef, resultRef };
}
