import { defineConfig } from '@playwright/test';
import { commonConfig } from './playwright.config';

/** `npm run test:faults`: each test starts and kills its own server on its own database. */
export default defineConfig({
  ...commonConfig('faults'),
  testDir: 'tests/faults',
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 10_000 },
});
