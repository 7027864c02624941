import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/**
 * The one way to start the built app (`npm start`: scripts/serve.ts, Next.js with the citizen
 * page cache) for the benchmarks, the end-to-end and the fault tests. The test runners load
 * server/ modules under React's server condition (NODE_OPTIONS); Next must never inherit that,
 * so NODE_OPTIONS is emptied unless given.
 */

/** The server on localhost (next-intl's unprefixed paths loop on a bare IP address). */
export const serveArgs = (port: number) => [
  'node_modules/tsx/dist/cli.mjs',
  'scripts/serve.ts',
  '-H',
  'localhost',
  '-p',
  String(port),
];

/** The environment of a production server on `databaseFile` at `url`. */
export const serverEnv = (databaseFile: string, url: string): Record<string, string> => ({
  DATABASE_URL: databaseFile,
  NODE_ENV: 'production',
  BETTER_AUTH_URL: url,
  NODE_OPTIONS: '',
});

type ServerOptions = {
  /** A fixed port; a free one otherwise. */
  port?: number;
  /** Added to (and overriding) the server's environment. */
  env?: Record<string, string>;
  uid?: number;
  gid?: number;
  /** Ready once the health check answers at all: a server on a broken database answers 503. */
  acceptUnhealthy?: boolean;
  /** stdout and stderr appended to this file; otherwise stdout is dropped and stderr kept in memory. */
  logFile?: string;
};

export type Server = {
  url: string;
  /** The launcher's id, which is also its process group's. */
  pid: number;
  /** The last 4,000 characters of stderr (empty with a log file). */
  stderr: () => string;
  /** Signals the whole group, waits until nothing answers, and escalates to SIGKILL if need be. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

const STARTUP_MS = 60_000;
const running = new Set<ChildProcess>();
let killedOnExit = false;

/** The whole process group: tsx starts the node process that actually listens. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Nothing this process started may outlive it: for exit handlers. */
export function killServers() {
  for (const child of running) signalGroup(child, 'SIGKILL');
  running.clear();
}

/** A port nothing listens on now, for a server or a browser's debugging port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether anything answers the health check: `accept` decides which answers count. */
async function answers(url: string, accept: (response: Response) => boolean): Promise<boolean> {
  try {
    return accept(await fetch(`${url}/api/health`));
  } catch {
    return false;
  }
}

async function gone(url: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (!(await answers(url, () => true))) return true;
    await pause(50);
  }
  return false;
}

/**
 * Starts the built app on `databaseFile` in its own process group and waits for its health
 * check. If it exits or does not answer within 60 s, the group is killed and this throws.
 */
export async function startServer(databaseFile: string, options: ServerOptions = {}): Promise<Server> {
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const log = options.logFile ? fs.openSync(options.logFile, 'a') : null;
  const child: ChildProcess = spawn(process.execPath, serveArgs(port), {
    env: { ...process.env, ...serverEnv(databaseFile, url), ...options.env },
    detached: true,
    stdio: log === null ? ['ignore', 'ignore', 'pipe'] : ['ignore', log, log],
    uid: options.uid,
    gid: options.gid,
  });
  if (log !== null) fs.closeSync(log); // the child has its own copy
  running.add(child);
  if (!killedOnExit) process.once('exit', killServers);
  killedOnExit = true;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    signalGroup(child, signal);
    if (!(await gone(url))) {
      signalGroup(child, 'SIGKILL');
      if (!(await gone(url))) throw new Error(`server on port ${port} still answers after ${signal} and SIGKILL`);
    }
    running.delete(child);
  };

  const ready = (response: Response) => response.ok || options.acceptUnhealthy === true;
  const deadline = Date.now() + STARTUP_MS;
  while (!(await answers(url, ready))) {
    const exited = child.exitCode !== null;
    if (exited || Date.now() > deadline) {
      signalGroup(child, 'SIGKILL');
      running.delete(child);
      throw new Error(
        exited
          ? `the server exited with ${child.exitCode}:\n${stderr}`
          : `the server did not answer on ${url} within ${STARTUP_MS / 1000} s:\n${stderr}`,
      );
    }
    await pause(100);
  }
  return { url, pid: child.pid!, stderr: () => stderr, kill };
}
