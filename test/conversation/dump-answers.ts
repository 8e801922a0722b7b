// Dumps every dev set's answers, one line per message, so a refactor can prove it changed none:
//   npx tsx test/conversation/dump-answers.ts > /tmp/before.txt   (on the old commit)
//   npx tsx test/conversation/dump-answers.ts > /tmp/after.txt    (on the new one), then diff the two.
// The sets about a keeper's role (Lakeside, Riverbend, …) are read with its fixture laid over a copy of the shipped knowledge.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replay } from '../../src/conversation/context.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer, type Answer, type Answerer } from '../../src/search/answer.ts';
import { answererWithFixture, SET_FIXTURES } from './evaluate.ts';

type Item = { q: string; previous?: string[] };
const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../..');

const line = (a: Answer) =>
  JSON.stringify([
    a.kind,
    a.topic,
    a.roles,
    a.covered,
    a.gap,
    a.usedContext,
    a.smalltalk,
    a.otherJob ?? null,
    a.groups.map((g) => g.facts.map((f) => f.text)),
    a.citations.map((c) => c.title),
  ]);

function dump(answerer: Answerer, file: string) {
  const items: Item[] = JSON.parse(readFileSync(file, 'utf8'));
  items.forEach((item, i) => {
    const answer = answerer.ask(item.q, replay(answerer, item.previous ?? []));
    console.log(`${file.slice(root.length + 1)}#${i} ${line(answer)}`);
  });
}

const shipped = createAnswerer(loadKnowledge(join(root, 'knowledge')));
dump(shipped, join(root, 'test/dev-questions.json'));
const sets = readdirSync(here).filter((f) => f.endsWith('.json') && !SET_FIXTURES[f]);
for (const f of sets.sort()) dump(shipped, join(here, f));
// The sets about a keeper's own role, each read with that role's files laid over the shipped knowledge.
for (const [file, fixture] of Object.entries(SET_FIXTURES)) dump(answererWithFixture(fixture), join(here, file));
