// The learned topic model measured leave-one-batch-out: for each labelled set, a model trained on all the other sets
// (never the clean set), the matcher with it against the matcher alone, per set and pooled.
//   npx tsx test/conversation/topic-model-lobo.ts [SET...]
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type Answerer, createAnswerer } from '../../src/search/answer.ts';
import type { TopicModel } from '../../src/search/topic-model.ts';
import { examplesFrom, trainTopicModel } from '../../scripts/topic-training.ts';
import { answererWithFixture, cell, type Figures, figures, labelledSets, run, SET_FIXTURES } from './evaluate.ts';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../..');

/** An answerer over the set's knowledge (its fixture laid over the shipped one), with the model given or none. */
function answererFor(file: string, topicModel: TopicModel | null): Answerer {
  const fixture = SET_FIXTURES[file];
  if (!fixture) return createAnswerer(loadKnowledge(join(root, 'knowledge')), { topicModel });
  return answererWithFixture(fixture, { topicModel });
}

const MEASURES: (keyof Figures)[] = [
  'answers',
  'followUps',
  'smalltalkAndDeclines',
  'notCoveredFlagged',
  'coveredNotFlagged',
];
const add = (a: Figures, b: Figures): Figures =>
  Object.fromEntries(MEASURES.map((m) => [m, [a[m][0] + b[m][0], a[m][1] + b[m][1]]])) as Figures;

const sets = labelledSets();
const files = [...sets.keys()];
const only = process.argv.slice(2);
const alone = new Map(files.map((f) => [f, answererFor(f, null)]));
const examples = new Map(files.map((f) => [f, examplesFrom(sets.get(f)!)]));

console.log(`| set | ${MEASURES.join(' | ')} |`);
console.log(`|---|${MEASURES.map(() => '---|').join('')}`);
let before: Figures | null = null;
let after: Figures | null = null;
for (const file of files) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  const training = files.filter((f) => f !== file).flatMap((f) => examples.get(f)!);
  const model = trainTopicModel(training, { trainedOn: [], date: '', command: '' });
  const was = figures(run(alone.get(file)!, sets.get(file)!));
  const now = figures(run(answererFor(file, model), sets.get(file)!));
  before = before ? add(before, was) : was;
  after = after ? add(after, now) : now;
  const delta = (m: keyof Figures) => now[m][0] - was[m][0];
  console.log(
    `| ${file.replace('.json', '')} | ${MEASURES.map((m) => `${cell(was[m])} → ${cell(now[m])} (${delta(m) >= 0 ? '+' : ''}${delta(m)})`).join(' | ')} |`,
  );
}
if (before && after)
  console.log(`| pooled | ${MEASURES.map((m) => `${cell(before![m])} → ${cell(after![m])}`).join(' | ')} |`);
