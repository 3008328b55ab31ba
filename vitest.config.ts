import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Unit tests run the workspace from source; tests under test/dist run the built packages.
    conditions: ['@mirps/source'],
  },
  ssr: {
    resolve: {
      conditions: ['@mirps/source'],
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/fast-check-seed.ts'],
    // Says which tests skip on this machine, and why, before they run.
    globalSetup: ['test/prerequisites-report.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
