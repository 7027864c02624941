import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The layers (README, "Architecture"): data flows one way, app → components and server →
 * db → lib. Each may import the layers to its right and itself, nothing else.
 */
const LAYERS = {
  app: ['app', 'components', 'server', 'db', 'lib', 'i18n', 'messages'],
  components: ['components', 'lib', 'i18n'],
  server: ['server', 'db', 'lib', 'i18n', 'messages'],
  scripts: ['scripts', 'server', 'db', 'lib', 'i18n', 'messages'],
  i18n: ['i18n', 'lib', 'messages'],
  db: ['db', 'lib'],
  // Pure code; the messages are data (the import's sentences come from them).
  lib: ['lib', 'messages'],
  messages: [],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The root files (proxy.ts, instrumentation.ts, the configs) compose the layers, like app/.
    files: ['app/**', 'components/**', 'server/**', 'db/**', 'lib/**', 'i18n/**', 'scripts/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/elements': [
        { type: 'app', pattern: 'app', partialMatch: false },
        { type: 'components', pattern: 'components', partialMatch: false },
        { type: 'server', pattern: 'server', partialMatch: false },
        { type: 'db', pattern: 'db', partialMatch: false },
        { type: 'lib', pattern: 'lib', partialMatch: false },
        { type: 'i18n', pattern: 'i18n', partialMatch: false },
        { type: 'messages', pattern: 'messages', partialMatch: false },
        { type: 'scripts', pattern: 'scripts', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: to } } } },
          })),
        },
      ],
    },
  },
  {
    // CommonJS helpers that worker threads and child processes load without a TypeScript loader.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'data/**',
    'db/migrations/**',
    'next-env.d.ts',
  ]),
]);
