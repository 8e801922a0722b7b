/**
 * General English word vectors, shipped with the app as a small table (models/word-vectors.bin, derived by
 * scripts/derive-word-vectors.ts; provenance in models/PROVENANCE.md). Nothing is downloaded at run time.
 *
 * File layout: "CBWV", a byte of version, then as little-endian u32 the dimensions, the word count and the byte
 * length of the words (UTF-8, one a line); then one signed byte a dimension per word, in the words' order.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { projectPath } from '../project-root.ts';
import { ownCopy } from './normalize.ts';

export type WordVectors = {
  readonly dimensions: number;
  /** A word's vector scaled to length 1, or null when the table does not have it. */
  unit(word: string): Float32Array | null;
  /**
   * The same, read without being remembered by the table: for the knowledge's words, which the matcher built on them
   * holds itself, so that they do not push the asker's words out of the table's memory (MAX_UNITS_CACHED).
   */
  readUnit(word: string): Float32Array | null;
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

type Layout = { dimensions: number; count: number; start: number };

/** The table's header: its dimensions, word count, and where its vectors start. */
function layoutOf(header: Buffer): Layout & { textBytes: number } {
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, 4) !== MAGIC || header.readUInt8(4) !== VERSION) {
    throw new Error('word vectors: not a career-bot word-vector table (models/word-vectors.bin)');
  }
  const textBytes = header.readUInt32LE(13);
  return {
    dimensions: header.readUInt32LE(5),
    count: header.readUInt32LE(9),
    textBytes,
    start: HEADER_BYTES + textBytes,
  };
}

/** The table over its words' index and a way to read the bytes of the vector at a place. */
function table(
  index: (word: string) => number | undefined,
  layout: Layout,
  bytesAt: (at: number) => Int8Array,
): WordVectors {
  const { dimensions, count } = layout;
  const read: WordVectors['unit'] = (word) => {
    const at = index(word);
    if (at === undefined) return null;
    const bytes = bytesAt(at);
    const vector = new Float32Array(dimensions);
    let length = 0;
    for (let d = 0; d < dimensions; d++) {
      vector[d] = bytes[d]!;
      length += vector[d]! * vector[d]!;
    }
    length = Math.sqrt(length) || 1;
    for (let d = 0; d < dimensions; d++) vector[d]! /= length;
    return vector;
  };
  return { dimensions, size: count, has: (word) => index(word) !== undefined, rank: index, unit: read, readUnit: read };
}

/** A table held in memory, whole. */
export function decodeWordVectors(file: Buffer): WordVectors {
  const layout = layoutOf(file);
  const index = wordIndex(file.toString('utf8', HEADER_BYTES, layout.start), layout.count);
  if (file.length !== layout.start + layout.count * layout.dimensions)
    throw new Error('word vectors: the table is cut short');
  const { dimensions, start } = layout;
  return table(
    index,
    layout,
    (at) => new Int8Array(file.buffer, file.byteOffset + start + at * dimensions, dimensions),
  );
}

/**
 * A table read from its file as needed: the words and their index are held, each vector is read from the file when
 * asked for (from the page cache after the first time). The vectors, most of the file, stay out of every process's
 * resident memory; a question needs few of them (docs/matching.md has the sizes). A matcher reads its knowledge's
 * words when it is built (`readUnit`); the asker's words read are remembered, a bounded number (`unit`).
 */
export function openWordVectors(path: string): WordVectors {
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  readSync(fd, header, 0, HEADER_BYTES, 0);
  const layout = layoutOf(header);
  const text = Buffer.alloc(layout.textBytes);
  readSync(fd, text, 0, layout.textBytes, HEADER_BYTES);
  if (fstatSync(fd).size !== layout.start + layout.count * layout.dimensions) {
    closeSync(fd);
    throw new Error('word vectors: the table is cut short');
  }
  const index = wordIndex(text.toString('utf8'), layout.count);
  const { dimensions, start } = layout;
  const read = table(index, layout, (at) => {
    const bytes = new Int8Array(dimensions);
    readSync(fd, bytes, 0, dimensions, start + at * dimensions);
    return bytes;
  });
  return { ...read, unit: recentlyUsed(read.readUnit, MAX_UNITS_CACHED) };
}

/**
 * Vectors of the words questions use, kept after a read (least recently used first out) and shared by every matcher
 * of the process: the knowledge's own words are read once when a matcher is built, these are the asker's. More keeps
 * more file reads off a question, at 0.5 KB of resident memory a word.
 */
const MAX_UNITS_CACHED = 2000;

/** `find` remembered for the last `max` words asked (a Map keeps insertion order: its first key is the oldest). */
function recentlyUsed<T>(find: (word: string) => T, max: number): (word: string) => T {
  const remembered = new Map<string, T>();
  return (word) => {
    if (remembered.has(word)) {
      const value = remembered.get(word)!;
      remembered.delete(word);
      remembered.set(word, value);
      return value;
    }
    const value = find(word);
    if (remembered.size >= max) remembered.delete(remembered.keys().next().value!);
    // The key is a copy (ownCopy): a slice would keep the whole message it was cut from alive.
    remembered.set(ownCopy(word), value);
    return value;
  };
}

/** FNV-1a over a string's UTF-16 code units, from `start` to `end`. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A word's place in the table, through an open-addressing hash table of offsets into the one string of all the
 * words: a Map of every word as its own string costs far more heap in every process; this holds one string and two
 * typed arrays, and makes no garbage.
 */
function wordIndex(text: string, count: number): (word: string) => number | undefined {
  const starts = new Uint32Array(count + 1);
  let size = 1;
  while (size < count * 2) size *= 2;
  // Slot → 1 + the word's place, 0 when empty.
  const slots = new Uint32Array(size);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    let slot = hash(text, at, stop) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
    at = stop + 1;
  }
  starts[count] = at;
  if (count > 0 && at !== text.length + 1) throw new Error('word vectors: the table is cut short');
  return (word) => {
    let slot = hash(word, 0, word.length) & (size - 1);
    for (let place = slots[slot]!; place !== 0; place = slots[slot]!) {
      const start = starts[place - 1]!;
      if (starts[place]! - 1 - start === word.length && text.startsWith(word, start)) return place - 1;
      slot = (slot + 1) & (size - 1);
    }
    return undefined;
  };
}

let shipped: WordVectors | null = null;

/** The shipped table, opened once per process: every matcher (one per knowledge reload) shares it. */
export function shippedWordVectors(): WordVectors {
  shipped ??= openWordVectors(WORD_VECTORS_FILE);
  return shipped;
}

/**
 * The shipped table's English part: its first this many words are English's most frequent, in frequency order
 * (scripts/derive-word-vectors.ts keeps them, each costing ~110 bytes); past it come the knowledge's own words ("gcm",
 * "ncm"), which are no English.
 */
export const ENGLISH_WORDS = 30_000;

/**
 * A word among this many of the most common in English (its place in the shipped table, which is in frequency order)
 * is an everyday word: "enough", "often", "today" frame a message, "raining" or "pizza" give it a subject of its own.
 * Higher lets more of a message's words pass as its frame; lower keeps only the grammar-like ones.
 */
const EVERYDAY_RANK = 600;

/** Whether a word is one of the most common of English (EVERYDAY_RANK). */
export function isEveryday(word: string): boolean {
  return amongCommonest(word, EVERYDAY_RANK);
}

/** Whether a word is among the `rank` most common of the shipped table (a word it lacks is not). */
export function amongCommonest(word: string, rank: number): boolean {
  return (shippedWordVectors().rank(word) ?? Infinity) < rank;
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}
