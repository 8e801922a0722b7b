import { readFileSync } from 'node:fs';
import { projectPath } from '../project-root.ts';

/**
 * General English word vectors, shipped with the app as a small table (models/word-vectors.bin, derived by
 * scripts/derive-word-vectors.ts; provenance in models/PROVENANCE.md). Nothing is downloaded at run time.
 *
 * File layout: "CBWV", a byte of version, then as little-endian u32 the dimensions, the word count and the byte
 * length of the words (UTF-8, one a line); then one signed byte a dimension per word, in the words' order.
 */
export type WordVectors = {
  readonly dimensions: number;
  /** A word's vector scaled to length 1, or null when the table does not have it. */
  unit(word: string): Float32Array | null;
  has(word: string): boolean;
  /** How common a word is: its place in the table, which lists the words by frequency (0 the most frequent). */
  rank(word: string): number | undefined;
  readonly size: number;
};

const MAGIC = 'CBWV';
const VERSION = 1;
const HEADER_BYTES = 4 + 1 + 4 * 3;

export const WORD_VECTORS_FILE = projectPath('models', 'word-vectors.bin');

export function encodeWordVectors(words: readonly string[], dimensions: number, vectors: Int8Array): Buffer {
  const text = Buffer.from(words.join('\n'), 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt8(VERSION, 4);
  header.writeUInt32LE(dimensions, 5);
  header.writeUInt32LE(words.length, 9);
  header.writeUInt32LE(text.length, 13);
  return Buffer.concat([header, text, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength)]);
}

export function decodeWordVectors(file: Buffer): WordVectors {
  if (file.toString('latin1', 0, 4) !== MAGIC || file.readUInt8(4) !== VERSION) {
    throw new Error('word vectors: not a career-bot word-vector table (models/word-vectors.bin)');
  }
  const dimensions = file.readUInt32LE(5);
  const count = file.readUInt32LE(9);
  const textBytes = file.readUInt32LE(13);
  const words = file.toString('utf8', HEADER_BYTES, HEADER_BYTES + textBytes).split('\n');
  const start = HEADER_BYTES + textBytes;
  if (words.length !== count || file.length !== start + count * dimensions)
    throw new Error('word vectors: the table is cut short');
  const index = new Map(words.map((word, i) => [word, i]));
  const bytes = new Int8Array(file.buffer, file.byteOffset + start, count * dimensions);
  return {
    dimensions,
    size: count,
    has: (word) => index.has(word),
    rank: (word) => index.get(word),
    unit(word) {
      const at = index.get(word);
      if (at === undefined) return null;
      const vector = new Float32Array(dimensions);
      let length = 0;
      for (let d = 0; d < dimensions; d++) {
        vector[d] = bytes[at * dimensions + d]!;
        length += vector[d]! * vector[d]!;
      }
      length = Math.sqrt(length) || 1;
      for (let d = 0; d < dimensions; d++) vector[d]! /= length;
      return vector;
    },
  };
}

let shipped: WordVectors | null = null;

/** The shipped table, read once per process: every matcher (one per knowledge reload) shares it. */
export function shippedWordVectors(): WordVectors {
  shipped ??= decodeWordVectors(readFileSync(WORD_VECTORS_FILE));
  return shipped;
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}
