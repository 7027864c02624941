import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Every process of a run gets at most this much heap, as the small server had. */
export const SMALL_HEAP = '--max-old-space-size=256';

/**
 * Runs a TypeScript script with a small heap and reports the peak resident memory of its
 * processes (tsx starts the script in a child of its own), in megabytes.
 */
export function runMeasured(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): SpawnSyncReturns<string> & { peakMb: number } {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', script, ...args],
    {
      env: { ...env, NODE_OPTIONS: `${SMALL_HEAP} --require ${path.resolve('tests/helpers/peak-memory.cjs')}` },
      encoding: 'utf8',
      // Reading a whole 14-million-row sheet took 40 s and 3.7 GB before the limits.
      timeout: 60_000,
    },
  );
  const peaks = [...result.stderr.matchAll(/^peak-rss-kb (\d+)$/gm)].map((match) => Number(match[1]) / 1024);
  return { ...result, stderr: result.stderr.replace(/^peak-rss-kb \d+\n/gm, ''), peakMb: Math.max(0, ...peaks) };
}

const vmHwmKb = (pid: number) =>
  Number(/^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const childrenOf = (pid: number): number[] =>
  fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

/** The largest peak resident memory among a running process and its descendants (`next start` forks next-server), in megabytes. */
export function peakMemoryOfTreeMb(pid: number): number {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...childrenOf(tree[i]!));
  return Math.max(...tree.map(vmHwmKb)) / 1024;
}
