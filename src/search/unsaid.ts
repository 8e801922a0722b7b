/**
 * Gaps from the facts, not only from gaps.json's list: what a question asks of a role ("can case managers
 * *prescribe* anything") that none of the facts chosen to answer it states, in their words or in words close in
 * meaning to theirs or to the topic's own vocabulary. The answer then says plainly that the sources do not say it.
 */
import { BOTH, type RoleId, type TopicId } from '../knowledge/schema.ts';
import type { FactIndex } from './fact-index.ts';
import { cosine, type WordVectors } from './word-vectors.ts';

export type Unsaid = (
  topic: TopicId,
  roles: readonly RoleId[],
  asked: ReadonlyArray<{ stem: string; word: string }>,
) => string[];

/**
 * The most common English words (their rank in the word table, 0 the most common) are not what a question asks for
 * ("time", "part", "give"). Lower flags more everyday nouns (and more chatter wrongly); higher lets more gaps pass.
 */
const COMMON_WORD_RANK = 1000;
/**
 * A word at least this close in meaning (cosine of word vectors) to a word of the facts or of the topic's terms
 * counts as said. Higher flags words the facts do address in other words; lower lets real gaps pass as answered.
 */
const SAID_SIMILARITY = 0.55;
/**
 * Words that share this many first letters are forms of one word ("legally" and "legal"), as are words that differ
 * by a negating prefix ("unlicensed", "licensed"). Lower counts unrelated words as said ("consider", "consult").
 */
const SAME_WORD_LETTERS = 5;
const NEGATING = /^(un|non)(?=\p{L}{4})/u;

const beginning = (word: string) => word.replace(NEGATING, '').slice(0, SAME_WORD_LETTERS);

/**
 * `listed`: stemmed words some list of the knowledge names (they mean something there); `topicWords`: a topic's
 * terms, word by word.
 */
export function createUnsaid(
  facts: FactIndex,
  vectors: WordVectors,
  listed: ReadonlySet<string>,
  topicWords: (topic: TopicId) => readonly string[],
): Unsaid {
  // Per topic and roles (a few dozen at most): the vectors and the word beginnings of what the facts say.
  const said = new Map<string, { vectors: Float32Array[]; beginnings: Set<string> }>();
  const saidOf = (topic: TopicId, roles: readonly RoleId[], stated: ReadonlySet<string>) => {
    const key = `${topic}\u0000${roles.join(',')}`;
    let entry = said.get(key);
    if (!entry) {
      const words = [...stated, ...topicWords(topic)];
      entry = { vectors: words.flatMap((word) => vectors.unit(word) ?? []), beginnings: new Set(words.map(beginning)) };
      said.set(key, entry);
    }
    return entry;
  };
  return (topic, roles, asked) => {
    const stated = new Set([...roles, BOTH].flatMap((role) => [...facts.wordsOf(topic, role)]));
    const unsaid = asked.filter(({ stem, word }) => {
      if (stated.has(stem) || listed.has(stem)) return false;
      // A word the general vocabulary does not know (a typo, slang) says nothing we can read: never flagged.
      const rank = vectors.rank(stem) ?? vectors.rank(word);
      if (rank === undefined || rank < COMMON_WORD_RANK) return false;
      const { vectors: near, beginnings } = saidOf(topic, roles, stated);
      if (beginnings.has(beginning(stem))) return false;
      const unit = vectors.unit(vectors.has(stem) ? stem : word)!;
      return !near.some((v) => cosine(unit, v) >= SAID_SIMILARITY);
    });
    return [...new Set(unsaid.map(({ word }) => word))];
  };
}
