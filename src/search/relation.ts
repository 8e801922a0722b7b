import { BOTH, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import { stem, tokenize } from './normalize.ts';
import { isAdverb, type Predicate, type Word } from './predicate.ts';
import { cosine, type WordVectors } from './word-vectors.ts';
import { COMMON_SAID_SIMILARITY, SAME_WORD_LETTERS } from './likeness.ts';

/**
 * What a generic verb asked of a role takes, where no chosen fact names it: "do care managers *work in hospitals*"
 * (their facts name homes and care homes; hospitals only the case managers' facts), "do case managers *get summers
 * off*". With such a verb the words it takes are the whole of what is asked, so a fact must name one of them: by the
 * word, a form of it, the term of the lists it stands for ("house" is "home"), or a word close in meaning
 * (`COMMON_SAID_SIMILARITY`, likeness.ts). The topic's own terms do not answer it ("hospital" is a term of the work environment) and
 * neither does a word a loose neighbour in the vectors.
 */

/** The lists a predicate's words are read against (as unsaid.ts reads a question's words). */
export type RelationLists = {
  stopwords: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  /** The term a one-word phrase of the lists stands for, stemmed ("house" of "home", "paid" of "salary"). */
  termOf: (word: string) => string | undefined;
};

/**
 * English's verbs that only say a role does, has, needs or goes somewhere ("do they *do* data analytics", "do they
 * *need* a license", "do they *get* summers off"): they say nothing of their own, and what they take is what is asked.
 * A verb of its own ("bill", "check", "arrange") is not read: people say in their own verbs what the facts state in
 * others, and the vectors cannot tell the two apart. Nor is "work": what it takes is a place (unsaid.ts reads places by
 * name) or the people worked with, which the facts name in other words ("with families" of "their loved ones").
 */
const GENERIC_VERBS = new Set(
  ['do', 'doe', 'need', 'have', 'ha', 'get', 'be', 'go', 'goe', 'take', 'use', 'require', 'include', 'involve'].map(
    stem,
  ),
);
/**
 * Words that say how many or how much ("several", "a lot of"), and English's placeholder nouns ("stuff", "things"),
 * not what: what is asked is the rest.
 */
const QUANTIFIERS = new Set(
  [
    'several',
    'once',
    'few',
    'lot',
    'various',
    'multiple',
    'other',
    'same',
    'different',
    'own',
    'too',
    'well',
    'again',
    'more',
    'less',
    'most',
    'least',
    'enough',
    'every',
    'each',
    'only',
    'stuff',
    'thing',
    'anything',
    'something',
    'everything',
  ].map(stem),
);

/** A word's form without its English ending: "billing", "billed" and "bills" are "bill". */
const root = (word: string) => (word.length > 5 ? word.replace(/(?:ing|ed|es|er|s)$/, '') : word.replace(/s$/, ''));
const beginning = (word: string) => word.slice(0, SAME_WORD_LETTERS);
/** A word and its plain verb ("networking": "network"), which the vectors read more surely than its other forms. */
function forms(word: string): string[] {
  const base = word.replace(/(?:ing|ed)$/, '');
  return base === word || base.length < 3 ? [word] : [word, base, `${base}e`];
}

/** What the chosen facts name: their words with the lists' terms they stand for, forms, beginnings and vectors. */
type Named = {
  words: ReadonlySet<string>;
  roots: ReadonlySet<string>;
  beginnings: ReadonlySet<string>;
  units: Float32Array[];
};

/** `quoteVerb` false quotes only what the verb takes ("utilization review" of "is utilization review part of"). */
export type FindRelation = (
  topic: TopicId,
  roles: readonly RoleId[],
  predicate: Predicate | null,
  quoteVerb?: boolean,
) => Word[];

export function createRelation(kb: KnowledgeBase, vectors: WordVectors, lists: RelationLists): FindRelation {
  const telling = (word: string) => tellingWord(word, vectors, lists);
  // Per topic and set of roles, built on first use: bounded by the knowledge, not by questions.
  const cache = new Map<string, Named>();
  const chosen = (topic: TopicId, roles: readonly RoleId[]) => {
    const key = `${topic}\u0000${[...new Set(roles)].sort().join(',')}`;
    if (!cache.has(key)) {
      const facts = [...roles, BOTH].flatMap((role) => kb.topics[topic]?.facts[role] ?? []);
      cache.set(
        key,
        namedBy(
          facts.map((fact) => fact.text),
          vectors,
          lists,
        ),
      );
    }
    return cache.get(key)!;
  };
  return (topic, roles, predicate, quoteVerb = true) => {
    if (!predicate || !GENERIC_VERBS.has(predicate.verb.stem)) return [];
    const object = predicate.object.filter(({ stem: word }) => telling(word));
    const named = chosen(topic, roles);
    if (object.length === 0 || object.some(({ stem: word }) => names(named, word, vectors, lists))) return [];
    // Quoted as typed, from the verb to the last word it takes: "work in the hospital".
    const words = quoteVerb && !predicate.only ? [predicate.verb, ...predicate.object] : predicate.object;
    const typed = words.slice(0, words.findLastIndex(({ stem: word }) => telling(word)) + 1).map(({ word }) => word);
    return [{ stem: predicate.verb.stem, word: typed.join(' ') }];
  };
}

/** A word the verb takes that says what is asked: not grammar, a role's name, a quantifier, a number or an adverb. */
function tellingWord(word: string, vectors: WordVectors, lists: RelationLists): boolean {
  return (
    !lists.stopwords.has(word) &&
    !lists.roleWords.has(word) &&
    !GENERIC_VERBS.has(word) &&
    !QUANTIFIERS.has(word) &&
    !/^\d/.test(word) &&
    !isAdverb(word) &&
    // A word the vectors do not know (slang, a typo, "psych") says nothing we can read, as in unsaid.ts.
    vectors.has(word)
  );
}

/** What facts' texts name, read once per topic and set of roles. */
function namedBy(texts: readonly string[], vectors: WordVectors, lists: RelationLists): Named {
  // Every word of the facts but grammar and the roles' names: "work" too ("a *job*" is close to it).
  const words = texts
    .flatMap((text) => tokenize(text).map(stem))
    .filter((word) => !lists.stopwords.has(word) && !lists.roleWords.has(word));
  return {
    words: new Set([...words, ...words.flatMap((word) => lists.termOf(word) ?? [])]),
    roots: new Set(words.map(root)),
    beginnings: new Set(words.filter((word) => word.length >= SAME_WORD_LETTERS).map(beginning)),
    units: [...new Set(words.flatMap(forms))].flatMap((form) => vectors.readUnit(form) ?? []),
  };
}

/** Whether the facts name a word: itself, its term, a form of it, or a word close in meaning. */
function names(named: Named, word: string, vectors: WordVectors, lists: RelationLists): boolean {
  const term = lists.termOf(word);
  if (named.words.has(word) || (term !== undefined && named.words.has(term))) return true;
  if (named.roots.has(root(word)) || (word.length >= SAME_WORD_LETTERS && named.beginnings.has(beginning(word))))
    return true;
  const near = (form: string) => {
    const unit = vectors.has(form) ? vectors.unit(form) : null;
    return unit !== null && named.units.some((v) => cosine(unit, v) >= COMMON_SAID_SIMILARITY);
  };
  return forms(word).some(near);
}
