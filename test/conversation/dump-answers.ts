// Dumps every dev set's answers, one line per message, so a refactor can prove it changed none:
//   npx tsx test/conversation/dump-answers.ts > /tmp/before.txt   (on the old commit)
//   npx tsx test/conversation/dump-answers.ts > /tmp/after.txt    (on the new one), then diff the two.
// The sets about a keeper's role (Lakeside, Riverbend, …) are read with its fixture laid over a copy of the shipped knowledge.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replay } from '../../src/conversation/context.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer, type Answer, type Answerer } from '../../src/search/answer.ts';

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
// The sets about a keeper's own role, each read with that role's files laid over the shipped knowledge.
const withFixture: Record<string, string> = {
  'batch-7-lakeside.json': 'lakeside',
  'batch-6-three-roles.json': 'third-role',
  'riverbend-keeper.json': 'riverbend',
  'harborview-keeper.json': 'harborview',
  'navigator-keeper.json': 'navigator',
  'pinecrest-keeper.json': 'pinecrest',
};
const sets = readdirSync(here).filter((f) => f.endsWith('.json') && !withFixture[f]);
for (const f of sets.sort()) dump(shipped, join(here, f));

function overlaid(fixture: string): Answerer {
  const dir = mkdtempSync(join(tmpdir(), 'dump-'));
  cpSync(join(root, 'knowledge'), dir, { recursive: true });
  cpSync(join(root, 'test/fixtures', fixture), dir, { recursive: true });
  try {
    return createAnswerer(loadKnowledge(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
for (const [file, fixture] of Object.entries(withFixture)) dump(overlaid(fixture), join(here, file));
