import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Bad records must stop `npm run check` and the build with a clear message.
        // One file at a time: each spawns checks and builds, and on two shared cores parallel
        // files starve the full fixture build past its timeout.
        test: { name: 'fixtures', include: ['tests/fixtures/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
      },
      {
        // One real build of the whole site, served under its own _headers, driven in Chromium.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
