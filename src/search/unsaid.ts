import { BOTH, type Aspect, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import type { FactIndex } from './fact-index.ts';
import { stem, tokenize } from './normalize.ts';
import { cosine, type WordVectors } from './word-vectors.ts';

/**
 * Gaps from the facts, not only from gaps.json's list: what a question asks that none of the facts chosen to answer
 * it states. The answer then says plainly that the sources do not say it, above what they do say.
 * - `words`: what it asks of a role ("can case managers *prescribe* anything"), an aspect gaps.json names for other
 *   topics ("the experience needed *in Texas*"), or what the facts state of another role only ("do care managers
 *   need a *license*"), in none of the chosen facts' words nor in words close in meaning to theirs;
 * - `figure`: an amount ("case manager salary?") where the facts give other roles amounts but none to this one;
 * - `time`: how long something takes, or when, where no fact gives a length of time.
 */
export type Unsaid =
  | { kind: 'words'; words: string[] }
  | { kind: 'figure'; roles: RoleId[] }
  | { kind: 'time'; asked: 'duration' | 'when' };

type Word = { stem: string; word: string };
type Said = { vectors: Float32Array[]; factVectors: Float32Array[]; beginnings: Set<string>; othersSay: Set<string> };

/** What a question asks, as analyze.ts read it. */
export type Asked = {
  /** The rarer words that follow the role in a yes-or-no question (analyze.ts: Analysis.asked). */
  words: readonly Word[];
  /** Each aspect of gaps.json met, with its words. */
  aspects: ReadonlyArray<{ aspects: readonly Aspect[]; words: readonly Word[] }>;
  time: 'duration' | 'when' | null;
  /** Every word of the sentences that ask, stemmed. */
  all: readonly string[];
};

export type FindUnsaid = (topic: TopicId, roles: readonly RoleId[], asked: Asked) => Unsaid | null;

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

/**
 * Figures in a fact: an amount (of money, "$58,670", or a percentage), and a length of time ("five years", "one to
 * two years", in digits or English number words; "one-on-one" is none) or a year ("in 1990").
 */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)`;
const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?)';
const TIME_FIGURE = new RegExp(String.raw`\b${NUMBER}(?:\s+(?:to|or)\s+${NUMBER})?\s+(?:more\s+|additional\s+)?${TIME_UNIT}\b|\b(?:1[89]|20)\d\d\b`, 'i');
const AMOUNT = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:%|percent\b|k\b|dollars?\b)/i;

/** The stemmed words a fact states in its own right: not those of a name written in capitals inside a sentence. */
function plainWords(text: string): string[] {
  return text
    .replace(/[*_`]/g, '')
    .split(/\s+/)
    .filter((word, i, all) => i === 0 || /[.!?:]$/.test(all[i - 1]!) || !/^\p{Lu}/u.test(word))
    .flatMap((word) => tokenize(word).map(stem));
}

const beginning = (word: string) => word.replace(NEGATING, '').slice(0, SAME_WORD_LETTERS);

/**
 * `listed`: stemmed words some list of the knowledge names (they mean something there); `topicWords`: a topic's
 * terms, word by word; `stopwords`: stemmed grammar words.
 */
export function createUnsaid(
  kb: KnowledgeBase,
  facts: FactIndex,
  vectors: WordVectors,
  lists: {
    listed: ReadonlySet<string>;
    stopwords: ReadonlySet<string>;
    roleWords: ReadonlySet<string>;
    topicWords: (topic: TopicId) => readonly string[];
  },
): FindUnsaid {
  const { listed, stopwords, roleWords, topicWords } = lists;
  const factsOf = (topic: TopicId, role: RoleId) => kb.topics[topic]!.facts[role] ?? [];
  // The knowledge's words as unit vectors, each made once: every topic and set of roles shares them.
  const units = new Map<string, Float32Array | null>();
  const unitOf = (word: string) => {
    if (!units.has(word)) units.set(word, vectors.unit(word));
    return units.get(word)!;
  };
  // Per topic and roles (a few dozen at most): what the facts say, as word beginnings and vectors (theirs alone, and
  // with the topic's words), and what the facts of the topic's other roles say.
  const said = new Map<string, Said>();
  const saidOf = (topic: TopicId, roles: readonly RoleId[], stated: ReadonlySet<string>): Said => {
    const key = `${topic}\u0000${roles.join(',')}`;
    let entry = said.get(key);
    if (!entry) {
      const words = [...stated, ...topicWords(topic)];
      const others = Object.keys(kb.topics[topic]!.facts).filter((role) => role !== BOTH && !roles.includes(role));
      entry = {
        vectors: words.flatMap((word) => unitOf(word) ?? []),
        factVectors: [...stated].flatMap((word) => unitOf(word) ?? []),
        beginnings: new Set(words.map(beginning)),
        othersSay: new Set(others.flatMap((role) => factsOf(topic, role).flatMap((fact) => plainWords(fact.text)))),
      };
      said.set(key, entry);
    }
    return entry;
  };
  const states = (topic: TopicId, roles: readonly RoleId[], figure: RegExp) =>
    [...roles, BOTH].some((role) => factsOf(topic, role).some((fact) => figure.test(fact.text)));

  /** A role asked about alone, on a topic whose facts give other roles an amount and it none. */
  const noFigure = (topic: TopicId, roles: readonly RoleId[]): Unsaid | null => {
    if (roles.length !== 1 || states(topic, roles, AMOUNT)) return null;
    const others = Object.keys(kb.topics[topic]!.facts).filter((role) => role !== BOTH && role !== roles[0]);
    return others.some((role) => states(topic, [role], AMOUNT)) ? { kind: 'figure', roles: [...roles] } : null;
  };

  /** The words a question asks about that the facts do not state, in their words or in words close to them. */
  const unsaidWords = (topic: TopicId, roles: readonly RoleId[], asked: Asked): string[] => {
    const stated = new Set([...roles, BOTH].flatMap((role) => [...facts.wordsOf(topic, role)]));
    const { vectors: near, factVectors, beginnings, othersSay } = saidOf(topic, roles, stated);
    const own = new Set(topicWords(topic));
    // An aspect named for other topics only ("in Texas" is a gap of pay): said only by a fact that states its words.
    const aspectWords = asked.aspects.flatMap(({ words }) =>
      words.filter(({ stem }) => !stopwords.has(stem) && !own.has(stem) && !stated.has(stem) && !beginnings.has(beginning(stem))),
    );
    const rare = asked.words.filter(({ stem, word }) => {
      if (stated.has(stem) || listed.has(stem)) return false;
      // A word the general vocabulary does not know (a typo, slang) says nothing we can read: never flagged.
      const rank = vectors.rank(stem) ?? vectors.rank(word);
      if (rank === undefined || rank < COMMON_WORD_RANK) return false;
      if (beginnings.has(beginning(stem))) return false;
      const unit = vectors.unit(vectors.has(stem) ? stem : word)!;
      return !near.some((v) => cosine(unit, v) >= SAID_SIMILARITY);
    });
    // What the facts state of another role on the topic, and not of this one ("do care managers need a *license*":
    // the case managers' facts name it). A name ("National Academy of *Certified* Care Managers") states nothing.
    const otherRoles = asked.all
      .filter((word) => {
        if (!othersSay.has(word) || stated.has(word) || roleWords.has(word) || stopwords.has(word)) return false;
        if (beginnings.has(beginning(word)) || (vectors.rank(word) ?? 0) < COMMON_WORD_RANK) return false;
        const unit = vectors.unit(word);
        return unit !== null && !factVectors.some((v) => cosine(unit, v) >= SAID_SIMILARITY);
      })
      .map((word) => ({ stem: word, word }));
    return [...new Set([...aspectWords, ...rare, ...otherRoles].map(({ word }) => word))];
  };

  return (topic, roles, asked) => {
    const figure = noFigure(topic, roles);
    if (figure) return figure;
    if (asked.time && !states(topic, roles, TIME_FIGURE)) return { kind: 'time', asked: asked.time };
    const words = unsaidWords(topic, roles, asked);
    return words.length > 0 ? { kind: 'words', words } : null;
  };
}

/**
 * The words as the question wrote them ("Texas", not "texas"), where it wrote them letter for letter; otherwise as
 * read (an apostrophe or an accent dropped). The gap line quotes them.
 */
export function asWritten(question: string, unsaid: Unsaid): Unsaid {
  if (unsaid.kind !== 'words') return unsaid;
  const written = (word: string) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return question.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'))?.[0] ?? word;
  };
  return { kind: 'words', words: unsaid.words.map(written) };
}
