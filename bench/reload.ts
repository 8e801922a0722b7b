// Reloading the knowledge folder while the app answers: how long a full reload of the shipped knowledge takes
// (load, validate, build), the longest stretch of it that holds the event loop, and answer latency while reloads
// run back to back vs with none, measured side by side (alternating rounds) in one run.
// Run: npx tsx bench/reload.ts (--quick for a short smoke run)
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLiveKnowledge, type LiveKnowledge } from '../src/search/live.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../src/knowledge/load.ts';
import { createAnswerer } from '../src/search/answer.ts';
import { ms, summarize } from './stats.ts';

const QUICK = process.argv.includes('--quick');
const RELOADS = QUICK ? 30 : 200;
/** Alternating rounds of answering with and without reloads, so the shared machine's noise falls on both alike. */
const ROUNDS = QUICK ? 2 : 8;
const ROUND_MS = QUICK ? 500 : 2_000;
/** A question arrives this often; its latency runs from when it was due to when its answer is ready. */
const ARRIVAL_MS = 2;
const RELOAD_TARGET_MS = 100;

const questions: string[] = JSON.parse(
  readFileSync(new URL('../test/dev-questions.json', import.meta.url), 'utf8'),
).map((item: { q: string }) => item.q);

const time = async (work: () => unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** Full reloads, one after another, each as the app runs it (with its yield between load and build). */
async function timeReloads(live: LiveKnowledge): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RELOADS; i++) {
    samples.push(
      await time(async () => {
        const result = await live.reload('bench');
        if (!result.ok) throw new Error(result.error);
      }),
    );
  }
  return samples;
}

/** The two synchronous steps of a reload, each timed alone: the longest time an answer can wait behind a reload. */
function timeSteps(): { load: number[]; build: number[] } {
  const load: number[] = [];
  const build: number[] = [];
  for (let i = 0; i < RELOADS; i++) {
    let start = performance.now();
    const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    load.push(performance.now() - start);
    start = performance.now();
    createAnswerer(kb);
    build.push(performance.now() - start);
  }
  return { load, build };
}

/**
 * Questions arriving on a fixed schedule, one every ARRIVAL_MS for `durationMs` whether or not the app keeps up
 * (as requests from many people do), each answered from the knowledge current when the app gets to it, while (or
 * not) reloads run back to back in the same process. Returns each question's latency from its arrival.
 */
async function answerLatencies(
  live: LiveKnowledge,
  durationMs: number,
  reloading: boolean,
): Promise<{ samples: number[]; reloads: number }> {
  let stop = false;
  let reloads = 0;
  const loop = (async () => {
    while (reloading && !stop) {
      await live.reload('bench');
      reloads++;
    }
  })();
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i * ARRIVAL_MS < durationMs; ) {
    await sleep(1);
    // Every question due by now, each answered in turn: a later one also waits for those before it.
    for (; i * ARRIVAL_MS < durationMs && start + i * ARRIVAL_MS <= performance.now(); i++) {
      live.current().ask(questions[i % questions.length]!);
      samples.push(performance.now() - (start + i * ARRIVAL_MS));
    }
  }
  stop = true;
  await loop;
  return { samples, reloads };
}

const live = await createLiveKnowledge({
  dir: DEFAULT_KNOWLEDGE_DIR,
  logger: { info: () => {}, error: console.error },
});
// Warm-up: the runtime's JIT, not ours.
await timeReloads(live);
await answerLatencies(live, ROUND_MS / 2, true);

const reload = summarize(await timeReloads(live));
const steps = timeSteps();
const idle: number[] = [];
const busy: number[] = [];
let reloadsDuring = 0;
for (let round = 0; round < ROUNDS; round++) {
  idle.push(...(await answerLatencies(live, ROUND_MS, false)).samples);
  const measured = await answerLatencies(live, ROUND_MS, true);
  busy.push(...measured.samples);
  reloadsDuring += measured.reloads;
}
live.close();

const load = summarize(steps.load);
const build = summarize(steps.build);
const a = summarize(idle);
const b = summarize(busy);
const counts = Object.entries({ topics: Object.keys(live.current().kb.topics).length })
  .map(([k, n]) => `${n} ${k}`)
  .join(', ');
console.log(
  `## Reloading the shipped knowledge (${counts}; ${RELOADS} reloads; answers every ${ARRIVAL_MS} ms, ${ROUNDS} × ${ROUND_MS / 1000} s each way)`,
);
console.log('| measure | median | p99 | max | target |');
console.log('|---|---|---|---|---|');
console.log(
  `| full reload (read, validate, build) | ${ms(reload.median, 1)} | ${ms(reload.p99, 1)} | ${ms(reload.max, 1)} | < ${RELOAD_TARGET_MS} ms |`,
);
console.log(
  `| its first step alone: read and validate | ${ms(load.median, 1)} | ${ms(load.p99, 1)} | ${ms(load.max, 1)} | |`,
);
console.log(
  `| its second step alone: build the matcher | ${ms(build.median, 1)} | ${ms(build.p99, 1)} | ${ms(build.max, 1)} | |`,
);
console.log(
  `| answer latency, no reload running (${a.n} answers) | ${ms(a.median, 2)} | ${ms(a.p99, 2)} | ${ms(a.max, 2)} | |`,
);
console.log(
  `| answer latency, reloads back to back (${b.n} answers, ${reloadsDuring} reloads) | ${ms(b.median, 2)} | ${ms(b.p99, 2)} | ${ms(b.max, 2)} | |`,
);
console.log(
  `Answer latency runs from a question's arrival to its answer, so it includes any wait behind a reload's step.`,
);
console.log(`p99 with reloads / without: ${(b.p99 / a.p99).toFixed(2)}×; median ${(b.median / a.median).toFixed(2)}×`);
