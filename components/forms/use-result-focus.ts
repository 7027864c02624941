'use client';

import { useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/action-state';

/**
 * Focus after a form's result, as GOV.UK's error summary pattern does: the error summary on an
 * error, the result on success, so a screen reader reads it at once. A result that appears a
 * render later (`shown` turning true) is focused when it appears.
 */
export function useResultFocus(state: ActionState<unknown>, shown = true) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
    if (state.status === 'done' && shown) resultRef.current?.focus();
  }, [state, shown]);
  return { summaryRef, resultRef };
}
