import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Memory and CPU time of processes and of the machine, read from /proc (Linux only; empty or 0 elsewhere). */

type GroupProcess = { pid: number; name: string; rssBytes: number; peakRssBytes: number; cpuSeconds: number };

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** Every process in a process group. */
export function processGroup(pgid: number): GroupProcess[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: GroupProcess[] = [];
  for (const pid of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The name may hold spaces and parentheses: the fields after it start at the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kilobytes = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
      found.push({
        pid: Number(pid),
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        rssBytes: kilobytes('VmRSS'),
        peakRssBytes: kilobytes('VmHWM'),
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
      });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The process that serves requests: the one named next-server, else the largest in the group. */
export function serverProcess(pgid: number): GroupProcess | undefined {
  const group = processGroup(pgid);
  return group.find((p) => p.name.startsWith('next-server')) ?? group.sort((a, b) => b.rssBytes - a.rssBytes)[0];
}

/** CPU seconds the whole machine has spent busy (all processes), from /proc/stat. */
export function machineBusySeconds(): number {
  try {
    const [user, nice, system, , , irq, softirq] = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user! + nice! + system! + irq! + softirq!) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
