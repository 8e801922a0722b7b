import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cosine,
  decodeWordVectors,
  encodeWordVectors,
  openWordVectors,
  shippedWordVectors,
} from '../../src/search/word-vectors.ts';

describe('the word-vector table', () => {
  const words = ['the', 'salary', 'pay', 'café', 'nurse'];
  const vectors = Int8Array.from({ length: words.length * 3 }, (_, i) => ((i * 37) % 200) - 100);
  const table = decodeWordVectors(encodeWordVectors(words, 3, vectors));

  it('finds each word at its place, and no other', () => {
    words.forEach((word, i) => {
      expect(table.rank(word)).toBe(i);
      expect(table.has(word)).toBe(true);
    });
    for (const absent of ['', 'sal', 'salaryx', 'caf', 'nurses', 'zzz']) expect(table.has(absent), absent).toBe(false);
    expect(table.size).toBe(words.length);
  });

  it("gives a word's own vector, scaled to length 1", () => {
    const unit = table.unit('pay')!;
    const raw = [...vectors.slice(6, 9)];
    const length = Math.hypot(...raw);
    expect([...unit].map((x) => x.toFixed(5))).toEqual(raw.map((x) => (x / length).toFixed(5)));
    expect(cosine(unit, unit)).toBeCloseTo(1, 5);
    expect(table.unit('absent')).toBeNull();
  });

  it('refuses a table cut short', () => {
    const file = encodeWordVectors(words, 3, vectors);
    expect(() => decodeWordVectors(file.subarray(0, file.length - 1))).toThrow(/cut short/);
  });

  it('reads the same table from its file, vector by vector', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    try {
      const file = encodeWordVectors(words, 3, vectors);
      writeFileSync(join(dir, 'whole.bin'), file);
      writeFileSync(join(dir, 'short.bin'), file.subarray(0, file.length - 1));
      const opened = openWordVectors(join(dir, 'whole.bin'));
      for (const word of words) {
        expect(opened.rank(word)).toBe(table.rank(word));
        expect([...opened.unit(word)!]).toEqual([...table.unit(word)!]);
      }
      expect(opened.unit('absent')).toBeNull();
      expect(() => openWordVectors(join(dir, 'short.bin'))).toThrow(/cut short/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships common English words, most common first', () => {
    const shipped = shippedWordVectors();
    expect(shipped.rank('the')).toBeLessThan(shipped.rank('salary')!);
    expect(shipped.has('directly')).toBe(true);
    expect(shipped.has('salery')).toBe(false);
  });
});
