// Matching speed: one question's matching on the real knowledge base and on a synthetic one of 10,000 entries,
// measured side by side in one run, plus the conversational dev set's messages matched with their context and
// alone, and the time to load and index. Run: npx tsx bench/matching.ts
import { readdirSync, readFileSync } from 'node:fs';
import { replay, type Turn } from '../src/conversation/context.ts';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../src/knowledge/load.ts';
import { createAnswerer } from '../src/search/answer.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { createMatcher } from '../src/search/matcher.ts';
import { ms, summarize } from './stats.ts';

const ROUNDS = 25;
const SYNTHETIC_ENTRIES = 10_000;

const questions: string[] = JSON.parse(
  readFileSync(new URL('../test/dev-questions.json', import.meta.url), 'utf8'),
).map((item: { q: string }) => item.q);

/** Deterministic pseudo-words, so every run measures the same knowledge base. */
function syntheticKnowledge(base: KnowledgeBase, entries: number): KnowledgeBase {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = () =>
    Array.from({ length: 5 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * 26)]).join('');
  const topics = structuredClone(base.topics);
  for (let i = 0; i < entries; i++) {
    const topic = topics[base.topicOrder[i % base.topicOrder.length]!]!;
    topic.ask.terms.push({ term: random() < 0.3 ? `${word()} ${word()}` : word(), weight: 0.5 + random() });
  }
  return { ...base, topics };
}

function timeMatching(kb: KnowledgeBase): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh matcher each round: its typo cache must not turn the measurement into cache hits.
    const matcher = createMatcher(kb);
    for (const question of questions) {
      const start = process.hrtime.bigint();
      matcher.match(question);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples;
}

/** The conversational dev set, each message with the turn its earlier messages leave. */
function conversations(kb: KnowledgeBase): Array<{ q: string; turn: Turn | null }> {
  const dir = new URL('../test/conversation/', import.meta.url);
  const answerer = createAnswerer(kb);
  return readdirSync(dir)
    .filter((name) => /^batch-\d+\.json$/.test(name))
    .flatMap(
      (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Array<{ q: string; previous?: string[] }>,
    )
    .map((item) => ({ q: item.q, turn: replay(answerer, item.previous ?? []) }));
}

/** Times the conversational messages matched with their context, and the same messages alone, side by side. */
function timeConversations(
  kb: KnowledgeBase,
  messages: Array<{ q: string; turn: Turn | null }>,
  withContext: boolean,
): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const matcher = createMatcher(kb);
    for (const { q, turn } of messages) {
      const start = process.hrtime.bigint();
      matcher.match(q, withContext ? turn : null);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples;
}

function timeLoadAndIndex(dir?: string): number[] {
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    createMatcher(loadKnowledge(dir));
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** The shipped knowledge with the test fixture's third role and local policy copied over it. */
function threeRoleKnowledge(): KnowledgeBase {
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-bench-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  cpSync(fileURLToPath(new URL('../test/fixtures/third-role/', import.meta.url)), dir, { recursive: true });
  const kb = loadKnowledge(dir);
  rmSync(dir, { recursive: true, force: true });
  return kb;
}

/** Batch 6's messages (three roles), each with the turn its earlier messages leave. */
function threeRoleConversations(kb: KnowledgeBase): Array<{ q: string; turn: Turn | null }> {
  const answerer = createAnswerer(kb);
  const items = JSON.parse(
    readFileSync(new URL('../test/conversation/batch-6-three-roles.json', import.meta.url), 'utf8'),
  );
  return (items as Array<{ q: string; previous?: string[] }>).map((item) => ({
    q: item.q,
    turn: replay(answerer, item.previous ?? []),
  }));
}

const real = loadKnowledge();
const three = threeRoleKnowledge();
const threeMessages = threeRoleConversations(three);
const synthetic = syntheticKnowledge(real, SYNTHETIC_ENTRIES);
const messages = conversations(real);
timeMatching(real); // warm-up: JIT and caches of the runtime, not ours
timeMatching(synthetic);
timeConversations(real, messages, true);
timeMatching(three);

// Interleaved, so that noise from the shared machine falls on both alike.
const realSamples: number[] = [];
const syntheticSamples: number[] = [];
const contextSamples: number[] = [];
const aloneSamples: number[] = [];
const threeSamples: number[] = [];
const threeContextSamples: number[] = [];
for (let i = 0; i < 2; i++) {
  threeSamples.push(...timeMatching(three));
  threeContextSamples.push(...timeConversations(three, threeMessages, true));
  realSamples.push(...timeMatching(real));
  syntheticSamples.push(...timeMatching(synthetic));
  contextSamples.push(...timeConversations(real, messages, true));
  aloneSamples.push(...timeConversations(real, messages, false));
}
const load = summarize(timeLoadAndIndex());
const syntheticIndexSamples: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  createMatcher(synthetic);
  syntheticIndexSamples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const r = summarize(realSamples);
const s = summarize(syntheticSamples);
const si = summarize(syntheticIndexSamples);
const c = summarize(contextSamples);
const a = summarize(aloneSamples);

console.log(`## Matching (${questions.length} dev-set questions × ${ROUNDS * 2} rounds each, fresh matcher per round)`);
console.log('| knowledge base | median | p99 | max | target p99 |');
console.log('|---|---|---|---|---|');
console.log(
  `| real (${Object.keys(real.topics).length} topics) | ${ms(r.median)} | ${ms(r.p99)} | ${ms(r.max)} | < 1 ms |`,
);
console.log(
  `| synthetic (+${SYNTHETIC_ENTRIES.toLocaleString('en')} entries) | ${ms(s.median)} | ${ms(s.p99)} | ${ms(s.max)} | < 10 ms |`,
);
console.log(
  `| real, conversational messages with their context (${messages.length}) | ${ms(c.median)} | ${ms(c.p99)} | ${ms(c.max)} | < 1 ms |`,
);
console.log(`| real, the same messages alone | ${ms(a.median)} | ${ms(a.p99)} | ${ms(a.max)} | |`);
const t = summarize(threeSamples);
const tc = summarize(threeContextSamples);
console.log(
  `| three roles (fixture: ${three.roleOrder.length} roles, ${Object.keys(three.sources).length} sources) | ${ms(t.median)} | ${ms(t.p99)} | ${ms(t.max)} | < 1 ms |`,
);
console.log(
  `| three roles, batch 6 with context (${threeMessages.length}) | ${ms(tc.median)} | ${ms(tc.p99)} | ${ms(tc.max)} | < 1 ms |`,
);
console.log(
  `p99 ratio synthetic/real: ${(s.p99 / r.p99).toFixed(1)}×; conversational messages with/without context: ${(c.p99 / a.p99).toFixed(2)}× (median ${(c.median / a.median).toFixed(2)}×)`,
);
console.log(
  `Load and index, real knowledge base (read + validate + index): median ${ms(load.median, 1)}, p99 ${ms(load.p99, 1)}`,
);
console.log(`Index only, synthetic knowledge base: median ${ms(si.median, 1)}`);
