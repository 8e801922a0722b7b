import type { KnowledgeBase, RoleId, TopicId } from '../knowledge/schema.ts';
import { stem, stemPhrase, tokenize } from './normalize.ts';

/** What a run of words in a question stands for. */
export type Concept =
  | { kind: 'role'; role: RoleId }
  | { kind: 'both-roles' }
  | { kind: 'job'; phrase: string }
  | { kind: 'off-topic'; phrase: string }
  | { kind: 'term'; term: string };

export type TopicWeight = { topic: TopicId; weight: number };

/** Everything the matcher knows about words, compiled once from the knowledge base. */
export type Lexicon = {
  /** Stemmed phrase → what it means. Roles win over other jobs and off-topic words, which win over plain terms. */
  phrases: Map<string, Concept>;
  maxPhraseWords: number;
  /** Canonical term → the topics it points at, with weights. */
  termTopics: Map<string, TopicWeight[]>;
  stopwords: Set<string>;
  joiners: Set<string>;
  /** Role head word ("case") → role. */
  heads: Map<string, RoleId>;
  /** Single-word patterns ("$58k") and the stemmed term each stands for. */
  patterns: Array<{ pattern: RegExp; term: string }>;
  /** Known words, unstemmed, for typo correction. */
  words: string[];
  /** Known stems: a token whose stem is here needs no correction. */
  stems: Set<string>;
};

export function buildLexicon(kb: KnowledgeBase): Lexicon {
  const phrases = new Map<string, Concept>();
  const termTopics = new Map<string, TopicWeight[]>();
  const words = new Set<string>();

  const add = (phrase: string, concept: Concept) => {
    const key = stemPhrase(phrase);
    if (key === '') return;
    phrases.set(key, concept);
    for (const word of tokenize(phrase)) words.add(word);
  };

  for (const topic of Object.values(kb.topics)) {
    for (const entry of topic.ask.terms) {
      const { term, weight } = typeof entry === 'string' ? { term: entry, weight: 1 } : entry;
      const key = stemPhrase(term);
      const list = termTopics.get(key) ?? [];
      list.push({ topic: topic.id, weight });
      termTopics.set(key, list);
      add(term, { kind: 'term', term: key });
    }
  }
  for (const group of kb.language.synonyms) {
    const canonical = stemPhrase(group.canonical);
    add(group.canonical, { kind: 'term', term: canonical });
    for (const variant of group.variants) add(variant, { kind: 'term', term: canonical });
  }
  for (const phrase of kb.language.offTopic) add(phrase, { kind: 'off-topic', phrase });
  for (const job of kb.language.otherJobs) add(job, { kind: 'job', phrase: job });
  for (const phrase of kb.language.bothRoles) add(phrase, { kind: 'both-roles' });
  const heads = new Map<string, RoleId>();
  for (const role of Object.values(kb.roles)) {
    heads.set(stem(role.head), role.id);
    for (const alias of role.aliases) add(alias, { kind: 'role', role: role.id });
  }

  let maxPhraseWords = 1;
  for (const key of phrases.keys()) maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);
  const stopwords = new Set(kb.language.stopwords.flatMap((w) => tokenize(w)));
  const known = [...words].filter((w) => !stopwords.has(w));
  return {
    phrases,
    maxPhraseWords,
    termTopics,
    stopwords,
    joiners: new Set(kb.language.joiners.flatMap((w) => tokenize(w))),
    heads,
    patterns: kb.language.patterns.map((p) => ({ pattern: new RegExp(p.pattern, 'u'), term: stemPhrase(p.canonical) })),
    words: known,
    stems: new Set([...words, ...stopwords].map(stem)),
  };
}
