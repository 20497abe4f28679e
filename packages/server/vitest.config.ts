import { defineConfig } from 'vitest/config';

// Every test runs on the embedded database; with TEST_DATABASE_URL set, all of them run again on a
// fresh PostgreSQL database each (and on Redis when TEST_REDIS_URL is set); with both, the
// multi-instance tests run too.
const targets = ['embedded', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  resolve: {
    // type-graphql is CommonJS and loads graphql's CommonJS build; tests must share that one instance.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      ...targets.map((target) => ({
        extends: true,
        test: { name: target, include: ['src/**/*.test.ts'], exclude: ['src/**/*.multi.test.ts'], env: { WZ_TEST_TARGET: target } },
      })),
      // Several instances of one deployment need the shared PostgreSQL and Redis.
      ...(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL
        ? [{ extends: true, test: { name: 'cluster', include: ['src/**/*.multi.test.ts'], env: { WZ_TEST_TARGET: 'postgres' } } }]
        : []),
    ],
  },
});
