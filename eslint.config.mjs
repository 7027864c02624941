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
  entry: ['app', 'components', 'server', 'db', 'lib', 'i18n', 'messages'],
  components: ['components', 'lib', 'i18n'],
  server: ['server', 'db', 'lib', 'i18n', 'messages'],
  scripts: ['scripts', 'server', 'db', 'lib', 'i18n', 'messages'],
  i18n: ['i18n', 'lib', 'messages'],
  db: ['db', 'lib'],
  lib: ['lib'],
  messages: [],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/elements': [
        { type: 'app', pattern: 'app', mode: 'folder' },
        { type: 'components', pattern: 'components', mode: 'folder' },
        { type: 'server', pattern: 'server', mode: 'folder' },
        { type: 'db', pattern: 'db', mode: 'folder' },
        { type: 'lib', pattern: 'lib', mode: 'folder' },
        { type: 'i18n', pattern: 'i18n', mode: 'folder' },
        { type: 'messages', pattern: 'messages', mode: 'folder' },
        { type: 'scripts', pattern: 'scripts', mode: 'folder' },
        { type: 'entry', pattern: ['proxy.ts', 'instrumentation.ts', 'next.config.ts'], mode: 'file' },
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
