// Insights over a million recorded questions: seeds a fresh SQLite database (npm start's default engine) with
// 1,000,000 questions spread over 90 days (the dev set's questions, answered by the real core, so kinds, topics
// and the mix of declined and not-covered are the bot's own; question text kept for the last 30 days only, as
// retention leaves it) and 20,000 votes, then times the report `npm run insights` prints, whole and --since 7d,
// and the CLI itself as a user runs it. Target: under 2 s.
//   npx tsx bench/insights.ts             (1,000,000 questions, about a minute to seed)
//   npx tsx bench/insights.ts --rows 100000
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createAnswerer } from '../src/search/answer.ts';
import { openDatabase, type Database } from '../src/storage/database.ts';
import { writeRecords } from '../src/storage/insights-store.ts';
import type { FeedbackRecord, QuestionRecord, Surface } from '../src/storage/records.ts';
import { insightsReport } from '../src/storage/report.ts';
import { bundle } from '../scripts/build.ts';
import { summarize } from './stats.ts';

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
const ROWS = Number(args.rows);
const RUNS = Number(args.runs);
const TARGET_MS = 2_000;
const DAY = 86_400_000;
const BATCH = 2_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SURFACES: Surface[] = ['slash', 'mention', 'dm', 'button'];

/** A small fixed-seed generator, so every run seeds the same rows. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function seed(database: Database, now: number) {
  const answerer = createAnswerer(loadKnowledge());
  const dev = JSON.parse(readFileSync(join(ROOT, 'test/dev-questions.json'), 'utf8')) as Array<{ q: string }>;
  const answers = dev.map((d) => answerer.ask(d.q));
  const next = random(42);
  const started = performance.now();
  for (let done = 0; done < ROWS; done += BATCH) {
    const rows: QuestionRecord[] = [];
    for (let i = 0; i < Math.min(BATCH, ROWS - done); i++) {
      const a = answers[Math.floor(next() * answers.length)]!;
      const at = now - Math.floor(next() * 90 * DAY);
      rows.push({
        at,
        surface: SURFACES[Math.floor(next() * 4)]!,
        kind: a.kind,
        topic: a.topic,
        roles: a.roles,
        confidence: a.confidence,
        covered: a.covered,
        usedContext: next() < 0.1,
        latencyMs: 2 + next() * 10,
        question: a.question,
      });
    }
    const votes: FeedbackRecord[] = rows.slice(0, 10).map((r) => ({
      at: r.at,
      vote: next() < 0.3 ? 'down' : 'up',
      topic: r.topic,
      roles: r.roles,
      question: r.question,
    }));
    // Text older than the retention period is gone, as the sweep leaves it.
    const recent = (r: { at: number }) => r.at >= now - 30 * DAY;
    await writeRecords(database, rows.filter(recent), votes.filter(recent), { storeText: true });
    await writeRecords(
      database,
      rows.filter((r) => !recent(r)),
      votes.filter((r) => !recent(r)),
      { storeText: false },
    );
  }
  return performance.now() - started;
}

async function time(run: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-insights-bench-'));
  const path = join(dir, 'bench.sqlite');
  const database = await openDatabase({ engine: 'sqlite', path });
  try {
    const now = Date.now();
    const seeded = await seed(database, now);
    const whole = await time(() => insightsReport(database));
    const week = await time(() => insightsReport(database, { since: now - 7 * DAY }));
    const report = await insightsReport(database);
    // As `npm run insights` runs it: bundled (built once here), then plain node.
    await bundle('src/cli/insights.ts', 'dist/insights.js');
    const cli = await time(async () =>
      execFileSync(process.execPath, ['dist/insights.js', '--json'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', DATABASE_PATH: path },
      }),
    );
    const fmt = (s: ReturnType<typeof summarize>) => `median ${s.median.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
    console.log(
      `\nInsights over ${ROWS.toLocaleString('en')} recorded questions on SQLite (seeded in ${(seeded / 1000).toFixed(1)} s; ${report.questions} questions, ${report.unanswered.length} unanswered groups shown)`,
    );
    console.log(
      `report, everything:     ${fmt(whole)} (target < ${TARGET_MS} ms): ${whole.max < TARGET_MS ? 'meets target' : 'MISSES target'}`,
    );
    console.log(`report, --since 7d:     ${fmt(week)}`);
    console.log(
      `npm run insights -- --json as a process (node start-up included, bundled as npm run insights runs it): ${fmt(cli)}`,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('insights benchmark failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
