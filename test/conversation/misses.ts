// Prints each miss of a dev set by measure (never run this on a held-out set before its one measure).
// Run: npx tsx test/conversation/misses.ts FILE [--knowledge DIR]
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { type Case, figures, formatFigures, measures, run } from './evaluate.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--knowledge');
const dir = at >= 0 ? args.splice(at, 2)[1] : undefined;
const answerer = createAnswerer(loadKnowledge(dir));
for (const file of args) {
  const cases: Case[] = JSON.parse(readFileSync(file, 'utf8'));
  const results = run(answerer, cases);
  console.log(`${file}: ${formatFigures(figures(results))}`);
  for (const [name, { applies, right }] of Object.entries(measures)) {
    if (name === 'followUps') continue;
    for (const r of results.filter((x) => applies(x) && !right(x))) {
      const prev = r.item.previous?.length ? ` [after: ${r.item.previous.join(' | ')}]` : '';
      console.log(
        `${name}\t${r.item.q}${prev}\n\twant ${r.item.kind}/${r.item.topic}/${r.item.roles.join('+')}/${r.item.covered} got ${r.kind}/${r.topic}/${r.roles.join('+')}/${r.covered}`,
      );
    }
  }
}
