import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests that bound how long something takes (the health check stays quick while a 1 MB body is read, a retry's
 * wait): run first, one file at a time, before the rest of the suite loads the machine.
 */
const TIMED = ['test/robustness/bounded-work.test.ts', 'test/slack/slack-fetch.test.ts'];

export default defineConfig({
  test: {
    // Tests pin their knowledge: a KNOWLEDGE_DIR set where `npm test` runs (a keeper's own folder) never reaches
    // them, nor the processes they start. Test a knowledge folder with `npm run kb -- check` instead.
    env: { KNOWLEDGE_DIR: '' },
    // Bundles src/main.ts and the CLIs once for the tests that run them as processes (test/support/bundled.ts).
    globalSetup: ['test/global-setup.ts'],
    // The files share their worker's modules (the knowledge base is loaded once a worker, not once a file): no
    // test mocks a module or changes process-wide state, and each starts what it needs on its own port.
    isolate: false,
    // The machines are shared and slow at times: tests wait generously, benchmarks measure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: TIMED,
          // A worker per core, and two at least: much of the suite waits on processes, sockets and databases, and
          // a second file runs meanwhile (vitest's default, one fewer than the cores, runs them one by one on two).
          maxWorkers: Math.max(2, availableParallelism()),
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
