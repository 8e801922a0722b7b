import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
