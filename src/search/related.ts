import type { TopicId } from '../knowledge/schema.ts';
import { ownCopy } from './normalize.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * Meaning, not only spelling: a word no list names ("shifts", "lifting", "paycheck") is related to the topics whose
 * own words (their terms and the synonyms that stand for them) are close to it in general English, by word vectors.
 * Returns the evidence it gives each topic it is close enough to, on the scale of a term's weight.
 */
export type Related = (word: string) => readonly TopicWeight[];

type TopicWeight = { topic: TopicId; weight: number };
/** What a phrase of the lexicon stands for; only topic terms matter here. */
type Meaning = { kind: string; term?: string };

/**
 * A word this close (cosine) to a topic's word is related to the topic. Higher relates fewer words, and fewer
 * wrongly ("lunch" is about as close to "hours" as "shifts" is to "schedule"); lower lets more everyday words in.
 */
const RELATED_SIMILARITY = 0.6;
/**
 * What a related word counts for, times the weight of the term it is close to: well under one term, so a word no
 * list names tips a question rather than decides it against the words a list does name.
 */
const RELATED_WEIGHT = 0.5;
/**
 * The most common words (their rank in the table) are close to everything a little ("time", "way"): not related.
 * Higher ignores more everyday words; lower lets their noise in.
 */
const MIN_RANK = 1500;
/**
 * Whether a word is among the MIN_RANK most common of the table: close to everything a little, so it relates to no
 * topic, and it gives a message no subject of its own ("do they go by any other *title*?").
 */
export function isCommonWord(vectors: WordVectors, word: string): boolean {
  const rank = vectors.rank(word);
  return rank !== undefined && rank < MIN_RANK;
}

/** Words related, remembered before the cache starts over: questions are user input, the cache must stay bounded. */
const MAX_CACHED = 5000;
/** Topic words shorter than this ("do", "of") carry no meaning of their own. */
const MIN_ANCHOR_LENGTH = 3;

type Anchor = { vector: Float32Array; topic: TopicId; weight: number };

/**
 * The topics' own words as vectors: every one-word term and synonym that stands for one, with the term's weight (a
 * phrase's meaning is not its words': "sit for" an exam says nothing of sitting). Words of the roles' names are
 * left out: they are in every topic.
 */
function anchorsOf(
  phrases: ReadonlyMap<string, Meaning>,
  termTopics: ReadonlyMap<string, TopicWeight[]>,
  ignored: ReadonlySet<string>,
  vectors: WordVectors,
): Anchor[] {
  const best = new Map<string, number>();
  for (const [phrase, concept] of phrases) {
    if (concept.kind !== 'term' || concept.term === undefined) continue;
    for (const { topic, weight } of termTopics.get(concept.term) ?? []) {
      const word = phrase;
      if (word.includes(' ') || word.length < MIN_ANCHOR_LENGTH || ignored.has(word) || !vectors.has(word)) continue;
      const key = `${word}\u0000${topic}`;
      best.set(key, Math.max(best.get(key) ?? 0, weight));
    }
  }
  return [...best].map(([key, weight]) => {
    const [word, topic] = key.split('\u0000') as [string, TopicId];
    return { vector: vectors.readUnit(word)!, topic, weight };
  });
}

/**
 * A unit vector's cosine with every anchor, in the anchors' order. A word no list names is compared with every anchor,
 * so the scan is kept short: the anchors' vectors sit in one array, read in order, and four anchors are summed side by
 * side (four sums in flight keep the processor busy). Each sum still adds its products in cosine()'s order, so the
 * similarities are cosine()'s to the last bit.
 */
function anchorCosines(anchors: readonly Anchor[], dimensions: number) {
  const table = new Float32Array(anchors.length * dimensions);
  for (const [at, anchor] of anchors.entries()) table.set(anchor.vector, at * dimensions);
  const cosineAt = (unit: Float32Array, start: number) => {
    let sum = 0;
    for (let d = 0; d < dimensions; d++) sum += unit[d]! * table[start + d]!;
    return sum;
  };
  return (unit: Float32Array): Float64Array => {
    const cosines = new Float64Array(anchors.length);
    let at = 0;
    for (; at + 4 <= anchors.length; at += 4) {
      const start = at * dimensions;
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      for (let d = 0; d < dimensions; d++) {
        const u = unit[d]!;
        c0 += u * table[start + d]!;
        c1 += u * table[start + dimensions + d]!;
        c2 += u * table[start + 2 * dimensions + d]!;
        c3 += u * table[start + 3 * dimensions + d]!;
      }
      cosines[at] = c0;
      cosines[at + 1] = c1;
      cosines[at + 2] = c2;
      cosines[at + 3] = c3;
    }
    for (; at < anchors.length; at++) cosines[at] = cosineAt(unit, at * dimensions);
    return cosines;
  };
}

/** `ignored`: stemmed words that relate to nothing (stopwords, the words of the roles' names). */
export function createRelated(
  phrases: ReadonlyMap<string, Meaning>,
  termTopics: ReadonlyMap<string, TopicWeight[]>,
  ignored: ReadonlySet<string>,
  vectors: WordVectors,
): Related {
  const anchors = anchorsOf(phrases, termTopics, ignored, vectors);
  const cosinesOf = anchorCosines(anchors, vectors.dimensions);
  const cache = new Map<string, readonly TopicWeight[]>();
  return (word) => {
    const cached = cache.get(word);
    if (cached) return cached;
    const rank = vectors.rank(word);
    const unit = rank !== undefined && rank >= MIN_RANK && !ignored.has(word) ? vectors.unit(word) : null;
    const evidence = new Map<TopicId, number>();
    const cosines = unit ? cosinesOf(unit) : [];
    // An index loop: entries() would make a pair for every anchor.
    for (let at = 0; at < cosines.length; at++) {
      const similarity = cosines[at]!;
      if (similarity < RELATED_SIMILARITY) continue;
      const anchor = anchors[at]!;
      const weight = RELATED_WEIGHT * anchor.weight * similarity;
      evidence.set(anchor.topic, Math.max(evidence.get(anchor.topic) ?? 0, weight));
    }
    const result = [...evidence].map(([topic, weight]) => ({ topic, weight }));
    if (cache.size > MAX_CACHED) cache.clear();
    // The key is a copy (ownCopy): a slice would keep the whole message it was cut from alive.
    cache.set(ownCopy(word), result);
    return result;
  };
}
