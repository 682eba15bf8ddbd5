import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql: a bare `graphql` import would otherwise resolve to its
  // ESM build while type-graphql and Apollo load the CommonJS one, and graphql
  // refuses schemas from "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
