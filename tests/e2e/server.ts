import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export type Server = { url: string; process: ChildProcess; kill: (signal?: NodeJS.Signals) => Promise<void> };

/**
 * Starts the built app as `next start` in its own process group, so that a
 * kill reaches the forked next-server child as well as the launcher.
 */
export async function startServer(
  port: number,
  databaseFile: string,
  extraEnv: Record<string, string> = {},
  options: { uid?: number; gid?: number; healthy?: boolean; logFile?: string } = {},
): Promise<Server> {
  const log = options.logFile ? fs.openSync(options.logFile, 'a') : null;
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', 'localhost', '-p', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseFile,
        NODE_ENV: 'production',
        BETTER_AUTH_URL: `http://localhost:${port}`,
        // The test runner's React server condition is for loading server/ modules in tests, never for Next.
        NODE_OPTIONS: '',
        ...extraEnv,
      },
      detached: true,
      stdio: log === null ? 'ignore' : ['ignore', log, log],
      uid: options.uid,
      gid: options.gid,
    },
  );
  if (log !== null) fs.closeSync(log); // the child has its own copy
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      // A server on a broken database answers 503 here; some tests want exactly that.
      const health = await fetch(`${url}/api/health`);
      if (health.ok || options.healthy === false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    kill: async (signal = 'SIGKILL') => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
      // Wait until nothing answers on the port any more.
      for (let i = 0; i < 100; i++) {
        try {
          await fetch(`${url}/api/health`);
        } catch {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`server on port ${port} still answers after ${signal}`);
    },
  };
}
