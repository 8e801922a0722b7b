// What taking patient details out of a question costs: the redaction alone, per question, on the writer's set
// (messages with identifiers, and ordinary ones) and on the dev questions; and answering the dev questions with
// redaction on and off, side by side in one run (rounds interleaved, a fresh answerer each round so no answer
// comes from the cache). Run: npx tsx bench/privacy.ts
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { redactPatientDetails } from '../src/privacy/redact.ts';
import { createAnswerer } from '../src/search/answer.ts';
import { ms, summarize } from './stats.ts';

const ROUNDS = 30;
/** The budget: what redaction may add to one question, at the 99th percentile. */
const BUDGET_P99_MS = 0.2;

type Item = { text: string; identifiers: unknown[] };
const set: Item[] = JSON.parse(readFileSync(new URL('../test/privacy/redaction-set.json', import.meta.url), 'utf8'));
const dev: string[] = JSON.parse(readFileSync(new URL('../test/dev-questions.json', import.meta.url), 'utf8')).map(
  (item: { q: string }) => item.q,
);

function timeEach(texts: readonly string[], run: (text: string) => unknown): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      run(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples;
}

const line = (label: string, samples: number[]) => {
  const s = summarize(samples);
  return `${label.padEnd(44)} median ${ms(s.median)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  (n=${s.n})`;
};

function redactionAlone(): number {
  const withIds = set.filter((item) => item.identifiers.length > 0).map((item) => item.text);
  const ordinary = set.filter((item) => item.identifiers.length === 0).map((item) => item.text);
  // Warm-up: the regular expressions compile on first use.
  for (const text of [...withIds, ...ordinary, ...dev]) redactPatientDetails(text);
  const all = timeEach([...withIds, ...ordinary, ...dev], redactPatientDetails);
  console.log(line('redaction: set, with identifiers', timeEach(withIds, redactPatientDetails)));
  console.log(line('redaction: set, ordinary questions', timeEach(ordinary, redactPatientDetails)));
  console.log(line('redaction: dev questions', timeEach(dev, redactPatientDetails)));
  console.log(line('redaction: all of them', all));
  return summarize(all).p99;
}

/** Answering every dev question, redaction on and off, one round of each in turn. */
function sideBySide(): void {
  const kb = loadKnowledge();
  const on: number[] = [];
  const off: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [redact, samples] of [
      [true, on],
      [false, off],
    ] as const) {
      const answerer = createAnswerer(kb, { redact });
      for (const q of [...dev, ...set.map((item) => item.text)]) {
        const start = process.hrtime.bigint();
        answerer.ask(q);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  console.log(line('answering, REDACT_PATIENT_DETAILS=true', on));
  console.log(line('answering, REDACT_PATIENT_DETAILS=false', off));
  const [a, b] = [summarize(on), summarize(off)];
  console.log(`difference: median ${ms(a.median - b.median)}, p99 ${ms(a.p99 - b.p99)} (noise included)`);
}

/**
 * Shapes that would make a careless pattern read a text once per character (quadratic): each at a question's
 * length and at the longest text a button may carry back; the slowest of each pair should grow about fourfold.
 */
function worstShapes(): void {
  const units = [
    'a.',
    '1-',
    'Jane ',
    'jane ',
    'pt ',
    'A1-',
    '1 ',
    'a@',
    '1/',
    'room 1 ',
    'Mr. ',
    '12 Main ',
    'for (',
    'mrn 1 ',
  ];
  const slowest = (length: number) =>
    Math.max(
      ...units.map((unit) => {
        const text = unit.repeat(Math.ceil(length / unit.length));
        return Math.min(...timeEach([text], redactPatientDetails));
      }),
    );
  const [short, long] = [slowest(500), slowest(2000)];
  console.log(
    `worst shapes: 500 characters ${ms(short)}, 2,000 characters ${ms(long)} (x${(long / short).toFixed(1)})`,
  );
}

console.log('Redacting patient details (bench/privacy.ts)');
worstShapes();
const p99 = redactionAlone();
sideBySide();
console.log(
  `redaction p99 ${ms(p99)} against a budget of ${ms(BUDGET_P99_MS)}: ${p99 < BUDGET_P99_MS ? 'within' : 'OVER'}`,
);
