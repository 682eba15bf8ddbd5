import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql: a bare `graphql` import would otherwise resolve to its
  // ESM build while type-graphql and Apollo load the CommonJS one, and graphql
  // refuses schemas from "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        // The e2e suites are one file per operation, and each test starts its own stack, so nothing is
        // shared through modules: importing the gateway once per worker instead of once per file
        // saves about a second per file.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], isolate: false },
      },
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
    ],
  },
});
