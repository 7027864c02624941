import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { serveArgs, serverEnv } from './scripts/lib/server';
import { chromiumLaunch } from './scripts/lib/chromium';

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Bound to "localhost", as the README and the production guide say: next-intl's
// unprefixed Danish paths loop when the server is bound to a bare IP address.
const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

// One database per run, shared by the server and the tests (set once, inherited by workers).
process.env.E2E_DATABASE ??= path.resolve('test-results', `e2e-${Date.now()}`, 'vaerdig.db');
fs.mkdirSync(path.dirname(process.env.E2E_DATABASE), { recursive: true });

/** What the end-to-end and the fault tests share: no retries, Danish, no traces, this machine's Chromium; `name`.json for `npm test`. */
export const commonConfig = (name: string): PlaywrightTestConfig => ({
  outputDir: `test-results/${name}`,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: `test-results/${name}.json` }]] : 'list',
  use: { locale: 'da-DK', trace: 'off', launchOptions: chromiumLaunch },
});

const common = commonConfig('playwright');

export default defineConfig({
  ...common,
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: { ...common.use, baseURL: E2E_BASE_URL },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  webServer: {
    // The same start as scripts/lib/server.ts: NODE_OPTIONS emptied, Next runs without the tests' server condition.
    command: ['node', ...serveArgs(E2E_PORT)].join(' '),
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: serverEnv(process.env.E2E_DATABASE!, E2E_BASE_URL),
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
