import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/knowledge/coverage.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';

// The worked example of docs/knowledge.md is copied under docs/examples/, where a keeper who never opens the tests
// finds it; the tests read test/fixtures/third-role. The two must never differ.
const DOCS = fileURLToPath(new URL('../../docs/examples/third-role/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/third-role/', import.meta.url));

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe("the docs' worked example", () => {
  it('is the test fixture, file for file', () => {
    const files = filesUnder(FIXTURE);
    expect(filesUnder(DOCS)).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(DOCS, file), 'utf8'), file).toBe(readFileSync(join(FIXTURE, file), 'utf8'));
  });
});

// A keeper's remark (round 16): the format doc now shows a new role's facts file whole. What it shows must load, as
// the role's only facts, with a fact or a note on every topic.
describe("the format doc's complete facts file for a new role", () => {
  it('loads over the worked example in place of its facts file, and leaves no topic missing', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/knowledge-format.md', import.meta.url)), 'utf8');
    const after = doc.slice(doc.indexOf("**A new role's facts file, complete.**"));
    const json = /```json\n([\s\S]*?)\n```/.exec(after)![1]!;
    const { dir, remove } = threeRoleKnowledge();
    try {
      writeFileSync(join(dir, 'facts', 'hospital-social-worker.json'), json);
      const kb = loadKnowledge(dir);
      const missing = coverage(kb).filter((row) => row.cells['social-worker']!.missing);
      expect(missing).toEqual([]);
      expect(kb.topics.salary!.facts['social-worker']!.map((f) => f.source)).toEqual(['hospital-social-worker']);
    } finally {
      remove();
    }
  });
});
