import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machines are shared and slow at times: tests wait generously, benchmarks measure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
