import { defineConfig } from 'vitest/config';

// Every test runs on the embedded database; with TEST_DATABASE_URL set, all of them run again on a
// fresh PostgreSQL database each (and on Redis when TEST_REDIS_URL is set); with both, the
// multi-instance tests run too. With TEST_DATABASE_URL set, the fault tests (`*.faults.test.ts`:
// killed servers, a restarted database, a lost Redis, dropped connections) run last, one file at a
// time, so their timings are not measured on a machine busy with other tests.
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
        // The compiled build is checked once, on the embedded database.
        test: {
          name: target,
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.multi.test.ts', 'src/**/*.faults.test.ts', ...(target === 'postgres' ? ['src/build.test.ts'] : [])],
          env: { WZ_TEST_TARGET: target },
        },
      })),
      // Several instances of one deployment need the shared PostgreSQL and Redis.
      ...(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL
        ? [{ extends: true, test: { name: 'cluster', include: ['src/**/*.multi.test.ts'], env: { WZ_TEST_TARGET: 'postgres' } } }]
        : []),
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true,
              test: {
                name: 'faults',
                include: ['src/**/*.faults.test.ts'],
                env: { WZ_TEST_TARGET: 'postgres' },
                testTimeout: 240_000,
                hookTimeout: 120_000,
                fileParallelism: false,
                sequence: { groupOrder: 1 },
              },
            },
          ]
        : []),
    ],
  },
});
