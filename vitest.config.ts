import { defineConfig } from 'vitest/config'

/**
 * Three suites: unit (pure shared rules), integration (real SQLite files through Payload, and HTTP against
 * the real server), e2e (the built site and the running server in Chromium). Two groups that never overlap
 * (sequence.groupOrder; projects of one group must have the same maxWorkers):
 * - the e2e files, two at a time: one file is a chain (the test, then Chromium, then the server) that kept the two
 *   cores 65 % busy; two at once keep them 93 % busy (the project, in Chromium's headless shell, about 430 s → 326 s).
 *   They share one product started once per run (tests/e2e/shared-product.ts) and assert only on what they add;
 *   feeds and statistics start their own.
 * - the unit and integration files, three at a time: each integration file starts its own data folder and server and
 *   keeps about one core busy (its worker, then its server, then a site build), with waits between; three of them keep
 *   the two cores 95 % busy against 88 % with two (the two projects alone: 402.8 s against 426.7 s, the same 754–759
 *   CPU-seconds). Each worker runs its files one after another in one process (isolate: false; each-file.ts gives
 *   every file a fresh start): 411 s for the project against 612 s with a new process per file, measured before.
 */
export default defineConfig({
  test: {
    projects: [
      // pure rules: the files share one process per worker (12.8 s → 6.2 s for the project, measured here)
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/template-database.ts'],
          // one process per worker for all its files (node_modules loaded once); tests/integration/each-file.ts
          // gives every file a fresh environment, fresh project modules and no Payload instance left over
          setupFiles: ['tests/integration/each-file.ts'],
          isolate: false,
          environment: 'node',
          pool: 'forks',
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/shared-product.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
