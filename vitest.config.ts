import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundles src/main.ts and the CLIs once for the tests that run them as processes (test/support/bundled.ts).
    globalSetup: ['test/global-setup.ts'],
    // The machines are shared and slow at times: tests wait generously, benchmarks measure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
