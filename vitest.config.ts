import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests pin their knowledge: a KNOWLEDGE_DIR set where `npm test` runs (a keeper's own folder) never reaches
    // them, nor the processes they start. Test a knowledge folder with `npm run kb -- check` instead.
    env: { KNOWLEDGE_DIR: '' },
    // Bundles src/main.ts and the CLIs once for the tests that run them as processes (test/support/bundled.ts).
    globalSetup: ['test/global-setup.ts'],
    // The machines are shared and slow at times: tests wait generously, benchmarks measure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
