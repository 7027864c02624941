import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { killServers } from '../lib/server';

/** What the benchmarks ran on, for their reports. */

function sqliteVersion(): string {
  const memory = openDatabase(':memory:');
  try {
    return (memory.$client.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    memory.$client.close();
  }
}

/** The file system a path lives on, from /proc/mounts: the longest mount point that contains it. */
function fileSystemOf(dir: string): string {
  try {
    const mounts = fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' '));
    const real = fs.realpathSync(dir);
    const [device, mountPoint, type] =
      mounts
        .filter(([, point]) => point && (real === point || real.startsWith(point.endsWith('/') ? point : `${point}/`)))
        .sort((a, b) => b[1]!.length - a[1]!.length)[0] ?? [];
    return device ? `${type} on ${device} (${mountPoint})` : 'unknown';
  } catch {
    return 'unknown';
  }
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? os.type()} (${os.type()} ${os.release()})`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export type Machine = ReturnType<typeof describeMachine>;

export function describeMachine(tempDir: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    ram: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: osName(),
    node: process.version,
    sqlite: sqliteVersion(),
    tempFiles: `${tempDir}: ${fileSystemOf(tempDir)}`,
  };
}

/** A temporary folder removed, with every server still running, however the process ends. */
export function benchTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaerdig-bench-'));
  const cleanUp = () => {
    killServers();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => (cleanUp(), process.exit(130)));
  process.on('SIGTERM', () => (cleanUp(), process.exit(143)));
  process.on('exit', cleanUp);
  return dir;
}
