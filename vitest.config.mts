import { defineConfig } from 'vitest/config';

// server/ modules start with `import 'server-only'`, which throws outside React's server
// condition: tests (and the scripts they start) run under it, as `next` runs server code.
const REACT_SERVER = '--conditions=react-server';

export default defineConfig({
  resolve: {
    alias: { '@': import.meta.dirname },
  },
  ssr: {
    resolve: {
      conditions: ['react-server', 'module', 'node', 'development|production'],
      externalConditions: ['react-server'],
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    execArgv: [REACT_SERVER],
    env: { NODE_OPTIONS: REACT_SERVER },
    projects: [
      // Pure functions: seconds (`npm run test:unit`).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Real SQLite files with the real migrations, command-line tools, SMTP (`npm run test:db`).
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'] } },
    ],
  },
});
