import { BOTH, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import { capitalCompoundsIn, compoundsIn, stem, tokenize } from './normalize.ts';

/**
 * The knowledge's own words: an index over every fact's text and quote (the article's and those a hospital adds in
 * facts/*.json), scored with BM25, so a fact is found by the words it uses with no list edited. A word is evidence for
 * the topics of the facts that use it, strongest for a word few facts use.
 */
export type FactIndex = {
  /** Whether the facts use this stemmed word (as evidence: not a stopword, not in too many topics' facts). */
  has(word: string): boolean;
  /**
   * Evidence per topic for these stemmed words: for each word, its BM25 score in the topic's best fact (about 1 for
   * a word one fact alone uses), shared among the topics whose facts use it; summed over the words. The words of the
   * sources' publishers (the hospital's own name) are none: they say where, not what.
   */
  topics(words: Iterable<string>): Map<TopicId, number>;
  /**
   * The role whose facts alone use this word as a name (a credential, a programme: capitalised in the fact, like
   * "NDN" or "Northfield Navigator"): the name points at its role as an organisation does. Undefined otherwise.
   */
  roleNamed(word: string): RoleId | undefined;
  /** How many facts of each topic use any of these stemmed words: how much of what each topic says is about them. */
  factsUsing(words: Iterable<string>): Map<TopicId, number>;
  /** The stemmed words of the facts of `topic` for `role` (BOTH for the shared ones): what those facts state. */
  wordsOf(topic: TopicId, role: RoleId): ReadonlySet<string>;
  /** The indexed words as written (not stemmed), for typo correction. */
  vocabulary: string[];
};

/** BM25's term-frequency saturation: higher lets a word repeated in one fact count for more. */
const K1 = 1.2;
/** BM25's length normalisation: 1 fully discounts long facts, 0 ignores length. Facts are a sentence or two. */
const LENGTH_NORMALISATION = 0.75;
/** A word in the facts of more topics than this says nothing about which topic is meant. */
const MAX_FACT_WORD_TOPICS = 3;
/** Fact words shorter than this ("a", "of", "or") are not evidence: too many are function words. */
const MIN_FACT_WORD_LENGTH = 3;

type Doc = { topic: TopicId; role: RoleId; words: Map<string, number>; length: number };

/**
 * The words a fact writes as names: acronyms ("NDN", "LCSW") and capitalised words inside a sentence that are not
 * everyday English ("Northfield"), where `english` says which are.
 */
function namesIn(text: string, english: (word: string) => boolean): Set<string> {
  const names = new Set<string>();
  const raw = text.replace(/[*_`]/g, '').split(/\s+/);
  raw.forEach((word, i) => {
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const acronym = /^\p{Lu}{2,}s?$/u.test(clean);
    const inside = i > 0 && !/[.!?:]$/.test(raw[i - 1]!);
    const name = inside && /^\p{Lu}/u.test(clean) && !english(clean.toLowerCase());
    if (acronym || name) for (const token of tokenize(clean)) names.add(stem(token));
  });
  for (const compound of capitalCompoundsIn(text)) names.add(stem(compound));
  return names;
}

/**
 * `ignored`: stemmed words that are no evidence (stopwords, the roles' head words); `english`: whether a word is
 * everyday English, so that a capitalised one is not taken for a name; `compounds`: the words the roles' files write
 * with punctuation inside ("a-ipc", keyed by compoundKey), one word wherever a fact writes them, in any case.
 */
export function buildFactIndex(
  kb: KnowledgeBase,
  ignored: (word: string) => boolean,
  english: (word: string) => boolean,
  compounds: ReadonlySet<string> = new Set(),
): FactIndex {
  const { docs, byTopicRole, nameRoles, written } = factDocs(kb, { ignored, compounds }, english);
  const postings = postingsOf(docs);
  const roleNames = namesOfOneRole(kb, nameRoles, postings);
  const publishers = publisherWords(kb);
  // A word one fact alone uses, once, in a fact of average length, scores 1: weights elsewhere are on that scale.
  const unit = idf(docs.length, 1);
  return {
    has: (word) => postings.has(word),
    topics(words) {
      const evidence = new Map<TopicId, number>();
      for (const word of new Set(words)) {
        if (publishers.has(word)) continue;
        const best = new Map<TopicId, number>();
        for (const [doc, score] of postings.get(word) ?? [])
          best.set(docs[doc]!.topic, Math.max(best.get(docs[doc]!.topic) ?? 0, score / unit));
        // A word several topics' facts use is shared among them: it says less about which one is meant.
        for (const [topic, score] of best) evidence.set(topic, (evidence.get(topic) ?? 0) + score / best.size);
      }
      return evidence;
    },
    roleNamed: (word) => roleNames.get(word),
    factsUsing(words) {
      const using = new Set([...words].flatMap((word) => (postings.get(word) ?? []).map(([doc]) => doc)));
      const counts = new Map<TopicId, number>();
      for (const doc of using) counts.set(docs[doc]!.topic, (counts.get(docs[doc]!.topic) ?? 0) + 1);
      return counts;
    },
    wordsOf: (topic, role) => byTopicRole.get(`${topic}\u0000${role}`) ?? new Set(),
    vocabulary: [...written].filter((token) => postings.has(stem(token))),
  };
}

/**
 * Every fact as a document of the index, the stemmed words each topic's facts state for each role (keyed topic, NUL,
 * role), the roles whose facts write each name, and the words the facts write as typed.
 */
function factDocs(
  kb: KnowledgeBase,
  counted: { ignored: (word: string) => boolean; compounds: ReadonlySet<string> },
  english: (word: string) => boolean,
) {
  const docs: Doc[] = [];
  const byTopicRole = new Map<string, Set<string>>();
  const nameRoles = new Map<string, Set<RoleId>>();
  const written = new Set<string>();
  for (const topic of Object.values(kb.topics)) {
    for (const [role, facts] of Object.entries(topic.facts)) {
      const stated = byTopicRole.get(`${topic.id}\u0000${role}`) ?? new Set<string>();
      byTopicRole.set(`${topic.id}\u0000${role}`, stated);
      for (const fact of facts) {
        const { words, length } = wordsOfFact(`${fact.text} ${fact.quote ?? ''}`, counted, stated, written);
        docs.push({ topic: topic.id, role, words, length });
        for (const name of [...namesIn(fact.text, english), ...namesIn(fact.quote ?? '', english)])
          nameRoles.set(name, (nameRoles.get(name) ?? new Set()).add(role));
      }
    }
  }
  return { docs, byTopicRole, nameRoles, written };
}

/**
 * A fact's words as the index counts them (`words`, `length`), its stemmed words all added to `stated` and the counted
 * ones, as written, to `written`.
 */
function wordsOfFact(
  text: string,
  { ignored, compounds }: { ignored: (word: string) => boolean; compounds: ReadonlySet<string> },
  stated: Set<string>,
  written: Set<string>,
): { words: Map<string, number>; length: number } {
  const words = new Map<string, number>();
  let length = 0;
  // A hyphenated name ("ONN-CG") is a word of its own as well as its parts: a question may write it either way. So is
  // one a role's file writes so, in whatever case the fact writes it ("a-IPC" for the organisation "a-ipc").
  const named = new Set([...capitalCompoundsIn(text), ...compoundsIn(text).filter((key) => compounds.has(key))]);
  for (const token of [...tokenize(text), ...named]) {
    const word = stem(token);
    stated.add(word);
    if (token.length < MIN_FACT_WORD_LENGTH || ignored(word)) continue;
    words.set(word, (words.get(word) ?? 0) + 1);
    written.add(token);
    length += 1;
  }
  return { words, length };
}

/**
 * The words of the sources' publishers, stemmed ("Human Resources, Cedar Ridge Regional Hospital"): a hospital writes
 * its own name into a fact or two ("At Cedar Ridge, the ..."), and an asker adds it to any question ("how much do they
 * make at Cedar Ridge"), so it tells no topic from another.
 */
function publisherWords(kb: KnowledgeBase): Set<string> {
  return new Set(Object.values(kb.sources).flatMap((source) => tokenize(source.publisher).map(stem)));
}

/**
 * The words of the hospital's own name, stemmed: a publisher's words the facts write capitalised ("Pinecrest", "Cedar
 * Ridge") that no list reads (`listed`: a phrase, a stopword, a job head, a role's head word). Before a job title they
 * say whose it is ("Pinecrest's examiners"), as "our" does, and make no title of another job.
 */
export function hospitalNames(kb: KnowledgeBase, listed: (word: string) => boolean): Set<string> {
  const facts = Object.values(kb.topics)
    .flatMap((topic) => Object.values(topic.facts).flat())
    .map((fact) => `${fact.text} ${fact.quote ?? ''}`);
  const capitalised = new Set(facts.flatMap((text) => text.match(/\p{Lu}\p{Ll}+/gu) ?? []));
  const words = Object.values(kb.sources).flatMap((source) => source.publisher.match(/\p{Lu}\p{Ll}+/gu) ?? []);
  return new Set(
    words
      .filter((word) => capitalised.has(word))
      .map((word) => stem(word.toLowerCase()))
      .filter((word) => !listed(word)),
  );
}

/**
 * The words of the publishers' names as they follow one another, stemmed: word → the words written right before it
 * ("mercy" ← "bayview" in "Bayview Mercy Medical Center"). A hospital's name word (hospitalNames) read with the words
 * after it as its publisher writes them is the hospital's whole name ("Bayview Mercy's examiners"), though the facts
 * write only "Bayview": the words after it say whose a title is only where the name leads into them.
 */
export function hospitalNameFollows(kb: KnowledgeBase): Map<string, Set<string>> {
  const follows = new Map<string, Set<string>>();
  for (const source of Object.values(kb.sources)) {
    const words = tokenize(source.publisher).map(stem);
    for (let i = 1; i < words.length; i++)
      follows.set(words[i]!, (follows.get(words[i]!) ?? new Set()).add(words[i - 1]!));
  }
  return follows;
}

/** The names the facts of one role alone write, with that role, among the words the index holds. */
function namesOfOneRole(
  kb: KnowledgeBase,
  nameRoles: Map<string, Set<RoleId>>,
  postings: ReadonlyMap<string, unknown>,
): Map<string, RoleId> {
  // The names of the sources themselves (the hospital's, the publisher's) are in facts of any role: they name no role.
  const sourceNames = new Set(
    Object.values(kb.sources).flatMap((source) => tokenize(`${source.title} ${source.publisher}`).map(stem)),
  );
  return new Map(
    [...nameRoles]
      .filter(([word, roles]) => postings.has(word) && !sourceNames.has(word) && roles.size === 1 && !roles.has(BOTH))
      .map(([word, roles]) => [word, [...roles][0]!]),
  );
}

const idf = (docs: number, df: number) => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

/** Each word's BM25 score in each fact that uses it, for the words in the facts of few enough topics. */
function postingsOf(docs: readonly Doc[]): Map<string, Array<[number, number]>> {
  const average = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(docs.length, 1) || 1;
  const found = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const word of doc.words.keys()) found.set(word, [...(found.get(word) ?? []), i]);
  });
  const postings = new Map<string, Array<[number, number]>>();
  for (const [word, list] of found) {
    if (new Set(list.map((i) => docs[i]!.topic)).size > MAX_FACT_WORD_TOPICS) continue;
    const weight = idf(docs.length, list.length);
    postings.set(
      word,
      list.map((i) => {
        const tf = docs[i]!.words.get(word)!;
        const norm = 1 - LENGTH_NORMALISATION + (LENGTH_NORMALISATION * docs[i]!.length) / average;
        return [i, (weight * tf * (K1 + 1)) / (tf + K1 * norm)];
      }),
    );
  }
  return postings;
}
