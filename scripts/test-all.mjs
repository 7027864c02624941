// `npm test`: lint and format, unit and database tests (vitest, the model-based fault test among them),
// a production build, the end-to-end tests (Playwright) against it, then the fault
// tests of `npm run test:faults` (kills, locks, a full disk, a read-only database). Prints one closing line
// "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const results = 'test-results';
fs.mkdirSync(results, { recursive: true });
const env = { ...process.env, CI: process.env.CI ?? '1', NEXT_TELEMETRY_DISABLED: '1' };
const run = (command, args, extraEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

let passed = 0;
let failed = 0;
const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);

for (const file of ['vitest.json', 'playwright.json', 'faults.json']) fs.rmSync(`${results}/${file}`, { force: true });

// Lint and format first: a rule broken is a test failed (zero warnings).
const lintStatus = run(bin('eslint'), ['.', '--max-warnings', '0']);
const formatStatus = run(bin('prettier'), ['--check', '.', '--log-level', 'warn']);
for (const status of [lintStatus, formatStatus]) {
  if (status === 0) passed += 1;
  else failed += 1;
}

const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/vitest.json`,
]);
const vitest = readJson(`${results}/vitest.json`);
passed += vitest?.numPassedTests ?? 0;
failed += vitest?.numFailedTests ?? 0;
if (vitestStatus !== 0 && !vitest?.numFailedTests) failed += 1;

let e2eStatus = 1;
let faultsStatus = 1;
const playwright = (args, file) => {
  // Tests load server/ modules (`import 'server-only'`) under React's server condition, as vitest does.
  const status = run(bin('playwright'), ['test', ...args], { NODE_OPTIONS: '--conditions=react-server' });
  const report = readJson(`${results}/${file}`);
  passed += report?.stats?.expected ?? 0;
  failed += (report?.stats?.unexpected ?? 0) + (report?.stats?.flaky ?? 0);
  if (status !== 0 && !report?.stats?.unexpected) failed += 1;
  return status;
};
const buildStatus = run(bin('next'), ['build']);
if (buildStatus !== 0) {
  console.error('next build failed: end-to-end tests not run');
  failed += 1;
} else {
  e2eStatus = playwright([], 'playwright.json');
  // The model-based test of test:faults already ran with vitest above.
  faultsStatus = playwright(['-c', 'playwright.faults.config.ts'], 'faults.json');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(
  lintStatus === 0 &&
    formatStatus === 0 &&
    vitestStatus === 0 &&
    buildStatus === 0 &&
    e2eStatus === 0 &&
    faultsStatus === 0 &&
    failed === 0
    ? 0
    : 1,
);
