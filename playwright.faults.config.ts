import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './playwright.config';

/** `npm run test:faults`: each test starts and kills its own server on its own database. */
export default defineConfig({
  testDir: 'tests/faults',
  outputDir: 'test-results/faults',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/faults.json' }]] : 'list',
  use: { locale: 'da-DK', trace: 'off', launchOptions: chromiumLaunch },
});
