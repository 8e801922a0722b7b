import { editDistance } from './edit-distance.ts';
import { ownCopy } from './normalize.ts';

/** Shortest word we try to correct: below it, one typo turns most words into another real word. */
const MIN_WORD_LENGTH = 5;

/** Typos allowed for a word of this length: one for short words, two from eight letters on. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * Corrects a word against the knowledge base's vocabulary by edit distance (a fuzzy score alone lets "password"
 * become "passing"). Only words with the same first letter (people rarely mistype it) and a length within the typos
 * allowed are compared: a few dozen bounded distances, cheaper than a fuzzy index's search (fuse.js before, which
 * found the same corrections on every dev question; README, Benchmarks).
 */
export function createSpeller(words: readonly string[]) {
  const byInitial = new Map<string, string[]>();
  for (const word of words) byInitial.set(word[0]!, [...(byInitial.get(word[0]!) ?? []), word]);
  const cache = new Map<string, string | null>();
  // Past this, no word is within the typos allowed of a real one: not looked up, not cached (user text is unbounded).
  const longestCorrectable = words.reduce((max, word) => Math.max(max, word.length), 0) + allowedTypos(Infinity);

  return function correct(word: string): string | null {
    if (word.length < MIN_WORD_LENGTH || word.length > longestCorrectable || !/^\p{L}+$/u.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const limit = allowedTypos(word.length);
    let best: { word: string; distance: number } | null = null;
    for (const item of byInitial.get(word[0]!) ?? []) {
      if (Math.abs(item.length - word.length) > limit) continue;
      const distance = editDistance(word, item, limit);
      // On a tie, prefer the longer word: people drop letters ("manger") more often than they swap them.
      const better =
        best === null || distance < best.distance || (distance === best.distance && item.length > best.word.length);
      if (distance <= limit && better) best = { word: item, distance };
    }
    const result = best?.word ?? null;
    // Bounded, since questions are user input and the cache must not grow with them. The key is a copy (ownCopy).
    if (cache.size > 5000) cache.clear();
    cache.set(ownCopy(word), result);
    return result;
  };
}
