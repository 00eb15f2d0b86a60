import { defineConfig } from 'vitest/config';

// `npm test` runs every project (tests/run-all.ts); `vitest run --project <name>` runs one.
// Server tests run twice, once per engine: a fresh migrated database per test file (tests/support/test-db.ts).
const serverTests = ['tests/server/**/*.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    // The machine has 2 cores; PGlite and PostgreSQL both want CPU, so no more than 2 workers in all.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'server/**/*.test.ts', 'shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'server-pglite',
          include: serverTests,
          environment: 'node',
          env: { SL_TEST_DB: 'pglite' },
          globalSetup: ['tests/support/global-pglite.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server-postgres',
          include: serverTests,
          environment: 'node',
          env: { SL_TEST_DB: 'postgres' },
          globalSetup: ['tests/support/global-postgres.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time; Vitest runs such a project after the parallel ones.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
