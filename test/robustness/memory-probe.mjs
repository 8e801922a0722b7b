/**
 * Loaded into the app under test only (`--expose-gc --import ./test/robustness/memory-probe.mjs`): on SIGUSR2 it
 * collects garbage and prints the heap still in use, which tells a leak from the heap merely growing into
 * its room (resident memory alone cannot). The app itself is not changed for it.
 */
const gc = globalThis.gc;

process.on('SIGUSR2', () => {
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`${JSON.stringify({ memoryProbe: { heapUsed, rss, collected: gc !== undefined } })}\n`);
});
