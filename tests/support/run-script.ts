import { spawnSync } from 'node:child_process';

/**
 * Runs a TypeScript script as `npm run` does (tsx, under React's server condition for the
 * server/ modules it loads) and waits for it: exit status, stdout and stderr.
 */
export function runScript(
  script: string,
  args: string[] = [],
  options: { env?: NodeJS.ProcessEnv; timeout?: number } = {},
) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', script, ...args], {
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeout,
  });
}
