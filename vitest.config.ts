import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // both cores: test files run two at a time (the browser files too, see the e2e project)
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // loading the sample data into DuckDB-WASM beside two browsers can take over a minute
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // two browsers at once on two cores: a test that visits many pages may need minutes
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // two browser files at a time (the machine has two cores): the slow ones (a11y, phone, large
          // text, soak, security) overlap instead of adding up
          fileParallelism: true,
        },
      },
    ],
  },
});
