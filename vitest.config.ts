import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One graphql module instance: Node loads graphql's CommonJS entry for Apollo (no "exports"
// map), while Vite would pick its "module" (.mjs) entry for our sources; two instances break
// graphql's instanceof checks (GraphQLError, schema types). Resolve ours to the same file.
const sameGraphql = { alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }] };

// Three suites: pure unit tests, integration tests against real Postgres (a fresh
// database per file, cloned from a migrated template), and cross-app e2e flows.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: sameGraphql,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: sameGraphql,
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'apps/*/src/**/*.int.test.ts', 'scripts/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['./packages/db/src/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: sameGraphql,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['./packages/db/src/testing/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
