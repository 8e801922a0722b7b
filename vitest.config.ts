import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundles src/main.ts and the CLIs once for the tests that run them as processes (test/support/bundled.ts).
    globalSetup: ['test/global-setup.ts'],
    // A worker per core, and two at least: much of the suite waits on processes, sockets and databases, and a
    // second file runs meanwhile (vitest's default, one fewer than the cores, runs the files one by one on two).
    maxWorkers: Math.max(2, availableParallelism()),
    // The files share their worker's modules (the knowledge base is loaded once a worker, not once a file): no
    // test mocks a module or changes process-wide state, and each starts what it needs on its own port.
    isolate: false,
    // The machines are shared and slow at times: tests wait generously, benchmarks measure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
