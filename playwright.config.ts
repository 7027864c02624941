import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Bound to "localhost", as the README and the production guide say: next-intl's
// unprefixed Danish paths loop when the server is bound to a bare IP address.
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

// One database per run, shared by the server and the tests (set once, inherited by workers).
process.env.E2E_DATABASE ??= path.resolve('test-results', `e2e-${Date.now()}`, 'vaerdig.db');
fs.mkdirSync(path.dirname(process.env.E2E_DATABASE), { recursive: true });

const debianChromium = '/usr/bin/chromium';

export const chromiumLaunch = {
  executablePath: fs.existsSync(debianChromium) ? debianChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : 'list',
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'da-DK',
    trace: 'off',
    launchOptions: chromiumLaunch,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -H localhost -p ${E2E_PORT}`,
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // NODE_OPTIONS: the runner's React server condition (for server/ modules in tests) is not for Next.
    env: {
      DATABASE_URL: process.env.E2E_DATABASE!,
      NODE_ENV: 'production',
      BETTER_AUTH_URL: E2E_BASE_URL,
      NODE_OPTIONS: '',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
