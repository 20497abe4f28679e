import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The browser tests share one server and one database: they run one file at a time, in the order of
 * their names, the same on every run (the default order follows timings from earlier runs).
 */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

export default defineConfig({
  test: {
    // A project cannot choose its own sequencer; the unit tests do not mind the order.
    sequence: { sequencer: ByName },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['src/i18n/staffMessages.test-setup.ts'],
        },
      },
      {
        // Builds the app, starts the real server on it and drives Chromium: see e2e/global-setup.ts.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 45_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
