import { defineConfig } from 'vitest/config'

/**
 * Three suites: unit (pure shared rules), integration (real SQLite files through Payload, and HTTP against
 * the real server), e2e (the built site and the running server in Chromium). Files run one at a time in
 * integration and e2e: each integration file starts its own server, and the machine has two cores. The e2e files
 * share one product started once per run (tests/e2e/shared-product.ts); feeds and statistics start their own.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/template-database.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 2,
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
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
