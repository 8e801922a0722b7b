import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.ts';
import { ownCopy } from './normalize.ts';
import { shippedWordVectors } from './word-vectors.ts';

/** Shortest word we try to correct: below it, one typo turns most words into another real word. */
const MIN_WORD_LENGTH = 5;

/** From this length on a word may carry two typos, one below: a short word two edits away is another word. */
const TWO_TYPOS_FROM_LENGTH = 8;
/** fuse.js's fuzziness for candidates (0 exact, 1 anything): loose, since the edit distance decides after. */
const CANDIDATE_THRESHOLD = 0.4;
/** Candidates checked by edit distance a word: more finds rarer corrections, at a cost for every unknown word. */
const MAX_CANDIDATES = 12;
/**
 * A word this common in English (its rank in the word-vector table, 0 the most common) is a word, not a typo:
 * "cover" is not "coder", "directly" not "director", "assigned" not "assisted". Typos ("salery", "manger") are not in
 * the table's frequent words. Higher leaves more real words uncorrected; lower lets rarer real words be "corrected".
 */
const REAL_WORD_RANK = 20000;
/** Corrections remembered before the cache starts over: questions are user input, the cache must stay bounded. */
const MAX_CACHED = 5000;

/** Typos allowed for a word of this length. */
function allowedTypos(length: number): number {
  return length >= TWO_TYPOS_FROM_LENGTH ? 2 : 1;
}

/**
 * Corrects a word against the knowledge base's vocabulary. fuse.js finds the candidates; an edit distance then
 * decides, because a fuzzy score alone lets "password" become "passing". The vocabulary is split by first letter:
 * people rarely mistype the first letter, and a small index keeps each lookup cheap (docs/benchmarks.md). A common
 * English word is left as typed (REAL_WORD_RANK).
 */
export function createSpeller(
  words: readonly string[],
  rank: (word: string) => number | undefined = (word) => shippedWordVectors().rank(word),
) {
  const byInitial = new Map<string, string[]>();
  for (const word of words) byInitial.set(word[0]!, [...(byInitial.get(word[0]!) ?? []), word]);
  const indexes = new Map(
    [...byInitial].map(([initial, list]) => [
      initial,
      new Fuse(list, {
        includeScore: true,
        threshold: CANDIDATE_THRESHOLD,
        ignoreLocation: true,
        minMatchCharLength: 2,
      }),
    ]),
  );
  const cache = new Map<string, string | null>();
  // Past this, no word is within the typos allowed of a real one: not looked up, not cached (user text is unbounded).
  const longestCorrectable = words.reduce((max, word) => Math.max(max, word.length), 0) + allowedTypos(Infinity);

  return function correct(word: string): string | null {
    if (word.length < MIN_WORD_LENGTH || word.length > longestCorrectable || !/^\p{L}+$/u.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    if ((rank(word) ?? Infinity) < REAL_WORD_RANK) return null;
    const limit = allowedTypos(word.length);
    let best: { word: string; distance: number } | null = null;
    for (const hit of indexes.get(word[0]!)?.search(word, { limit: MAX_CANDIDATES }) ?? []) {
      const distance = editDistance(word, hit.item, limit);
      // On a tie, prefer the longer word: people drop letters ("manger") more often than they swap them.
      const better =
        best === null || distance < best.distance || (distance === best.distance && hit.item.length > best.word.length);
      if (distance <= limit && better) best = { word: hit.item, distance };
    }
    const result = best?.word ?? null;
    // The key is a copy (ownCopy): a slice would keep the whole message it was cut from alive.
    if (cache.size > MAX_CACHED) cache.clear();
    cache.set(ownCopy(word), result);
    return result;
  };
}
