// Measures a new batch of conversational messages BEFORE anyone looks at its misses: prints the figures only.
// Run: npx tsx test/conversation/first-contact.ts path/to/batch-4.json [...]   (then record them in FIRST-CONTACT.md)
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { figures, formatFigures, run, type Case } from './evaluate.ts';

// `--knowledge DIR` measures on another knowledge folder (a copy with the third-role fixture over it, say).
const args = process.argv.slice(2);
const at = args.indexOf('--knowledge');
const dir = at >= 0 ? args.splice(at, 2)[1] : undefined;
const answerer = createAnswerer(loadKnowledge(dir));
for (const file of args) {
  const cases: Case[] = JSON.parse(readFileSync(file, 'utf8'));
  console.log(`${file}: ${cases.length} messages, ${formatFigures(figures(run(answerer, cases)))}`);
}
