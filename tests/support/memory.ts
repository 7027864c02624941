import path from 'node:path';
import { processGroup } from '@/scripts/lib/processes';
import { runScript } from './run-script';

/** Every process of a run gets at most this much heap, as the small server had. */
const SMALL_HEAP = '--max-old-space-size=256';

/**
 * Runs a TypeScript script with a small heap and reports the peak resident memory of its
 * processes (tsx starts the script in a child of its own), in megabytes.
 */
export function runMeasured(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = runScript(script, args, {
    env: { ...env, NODE_OPTIONS: `${SMALL_HEAP} --require ${path.resolve('tests/support/peak-memory.cjs')}` },
    // Reading a whole 14-million-row sheet took 40 s and 3.7 GB before the limits.
    timeout: 60_000,
  });
  const peaks = [...result.stderr.matchAll(/^peak-rss-kb (\d+)$/gm)].map((match) => Number(match[1]) / 1024);
  return { ...result, stderr: result.stderr.replace(/^peak-rss-kb \d+\n/gm, ''), peakMb: Math.max(0, ...peaks) };
}

/** The largest peak resident memory among a server's processes (tsx starts the node process that serves), in megabytes. */
export function peakMemoryOfServerMb(pid: number): number {
  const group = processGroup(pid);
  if (group.length === 0) throw new Error(`no process left in the group of ${pid}`);
  return Math.max(...group.map((p) => p.peakRssBytes)) / 1024 / 1024;
}
