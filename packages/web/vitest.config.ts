import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
