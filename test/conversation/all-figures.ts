// Every dev set's figures in one table, the guard to run before and after a matcher change:
//   npx tsx test/conversation/all-figures.ts
// Sets about a keeper's role are read with its fixture laid over a copy of the shipped knowledge (as dump-answers.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { answererWithFixture, cell, type Figures, figures, labelledSets, run, SET_FIXTURES } from './evaluate.ts';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../..');
const row = (name: string, f: Figures) =>
  `| ${name} | ${[f.answers, f.followUps, f.smalltalkAndDeclines, f.notCoveredFlagged, f.coveredNotFlagged].map(cell).join(' | ')} |`;

const shipped = createAnswerer(loadKnowledge(join(root, 'knowledge')));
console.log('| set | answers | follow-ups | small talk / declines | not covered flagged | covered not flagged |');
console.log('|---|---|---|---|---|---|');
for (const [file, cases] of labelledSets()) {
  const answerer = SET_FIXTURES[file] ? answererWithFixture(SET_FIXTURES[file]) : shipped;
  console.log(row(file.replace('.json', ''), figures(run(answerer, cases))));
}
const clean: { q: string; topic: string | null; roles: string[] }[] = JSON.parse(
  readFileSync(join(root, 'test/dev-questions.json'), 'utf8'),
);
let topic = 0,
  roles = 0,
  declines = 0,
  declinesOf = 0,
  flagged = 0;
for (const item of clean) {
  const answer = shipped.ask(item.q);
  if (item.topic === null) {
    declinesOf++;
    if (answer.kind !== 'answer') declines++;
    continue;
  }
  if (answer.topic === item.topic) topic++;
  if ([...answer.roles].sort().join() === [...item.roles].sort().join()) roles++;
  if (answer.kind === 'answer' && !answer.covered) flagged++;
}
const asked = clean.length - declinesOf;
console.log(
  `clean set: topic ${cell([topic, asked])}, roles ${cell([roles, asked])}, declines ${declines}/${declinesOf}, flagged not covered ${flagged}`,
);
