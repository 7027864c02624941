'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

type Kind = 'single' | 'batch';
const Latest = createContext<{ latest: Kind | null; set: (kind: Kind) => void } | null>(null);

/** Which of the page's two creators made something last: only its result stays on screen. */
export function LatestResult({ children }: { children: ReactNode }) {
  const [latest, set] = useState<Kind | null>(null);
  return <Latest.Provider value={{ latest, set }}>{children}</Latest.Provider>;
}

/** Marks `kind` as the latest when `result` (a new action state) is a success; says whether it still is. */
export function useLatestResult(kind: Kind, result: { status: string }): boolean {
  const context = useContext(Latest);
  const set = context?.set;
  useEffect(() => {
    if (result.status === 'done') set?.(kind);
  }, [result, kind, set]);
  return !context || context.latest === null || context.latest === kind;
}
