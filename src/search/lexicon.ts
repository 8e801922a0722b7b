import { correctionPattern } from './correction.ts';
import type { Concept } from './reading.ts';
import { nameEnd, readRoleWords } from './role-words.ts';
import { roleSpace, type RoleSpace } from './roles.ts';
import { SMALLTALK_KINDS, type Aspect, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import { buildFactIndex, type FactIndex, hospitalNameFollows, hospitalNames } from './fact-index.ts';
import { createRelated, type Related } from './related.ts';
import { type EnglishWords, englishWords, type OtherLanguage, readOtherLanguages } from './other-language.ts';
import { employerTerms } from './setting.ts';
import { type OwnSources, ownSourceTopics } from './own-sources.ts';
import { isEveryday, shippedWordVectors } from './word-vectors.ts';
import { normalize, stem, stemPhrase, tokenize } from './normalize.ts';

export type { Concept } from './reading.ts';

export type SmallTalkKind = (typeof SMALLTALK_KINDS)[number];

export type TopicWeight = { topic: TopicId; weight: number };

/** Everything the matcher knows about words, compiled once from the knowledge base. */
export type Lexicon = {
  /** Stemmed phrase → what it means. Roles win over other jobs and off-topic words, which win over plain terms. */
  phrases: Map<string, Concept>;
  maxPhraseWords: number;
  /**
   * A synonym's words before its last, when that last word is read as a term of its own ("right out of" *school*):
   * the frame reads as the synonym with any phrase of that term in the slot ("right out of *nursing school*").
   */
  frames: Array<{ words: string[]; slot: string; term: string }>;
  /** Canonical term → the topics it points at, with weights. */
  termTopics: Map<string, TopicWeight[]>;
  /** The topics a word no list names is close to in meaning (related.ts). */
  related: Related;
  /** The facts' own words ("financial", "transportation", a credential a hospital's policy names). */
  factWords: FactIndex;
  /** The facts' words as written (not stemmed): a question's word in the other regional spelling is read as theirs. */
  factSpellings: ReadonlySet<string>;
  /** The word for a kind of the hospital's own source ("policy") → role → the topics of its facts from one. */
  ownSources: OwnSources;
  stopwords: Set<string>;
  joiners: Set<string>;
  /** Stemmed terms that are only grammar when a role follows them. */
  auxiliaries: Set<string>;
  /** Role head word ("case") → role. */
  heads: Map<string, RoleId>;
  /** Stemmed nouns job titles end with ("navigator", "manager", "specialist"). */
  jobHeads: Set<string>;
  /** The words of the hospital's own name ("pinecrest"): before a title, whose it is, no modifier of another job's. */
  hospitalNames: Set<string>;
  /** Each word of a publisher's name → the words written right before it: the name read on past "Bayview" ("Mercy"). */
  hospitalNameFollows: Map<string, Set<string>>;
  /** The last words of the roles' names ("manager") and the roles they end: another job's head only with a modifier of its own. */
  nameEnds: Map<string, RoleId[]>;
  /** A role's own phrases as typed, read before short forms are expanded: "ur nurse" is not "your nurse". */
  own: Map<string, Concept>;
  /** Short forms read as a role only typed in capitals ("UR"; "ur" is "your"), → their key in `phrases`. */
  capitals: Map<string, string>;
  /** Words the knowledge writes with punctuation inside ("ONN-CG"), as one word each ("onncg"): read so in questions. */
  compounds: Set<string>;
  /** Short form → the words it stands for. */
  abbreviations: Map<string, string[]>;
  /** Single-word patterns ("$58k") and the stemmed term each stands for. */
  patterns: Array<{ pattern: RegExp; term: string }>;
  /** Known words, unstemmed, for typo correction. */
  words: string[];
  /** Known stems: a token whose stem is here needs no correction. */
  stems: Set<string>;
  /** Every proper start of a known phrase or aspect ("how", "how many"): a lookup stops where none goes on. */
  prefixes: Set<string>;
  /** Terms that compare the roles ("difference", "in common"): a question using one is about both. */
  comparison: Set<string>;
  /** Terms that set the role named against the previous question's ("differ", "compare"). */
  contrast: Set<string>;
  /** Terms too vague to change a conversation's topic ("need"). */
  generic: Set<string>;
  /** Terms that shape a question ("what is", "job"): with no role named, a follow-up's topic is not theirs. */
  questionForms: Set<string>;
  /** Stemmed phrase → the things the article does not cover that it asks for, most specific first. */
  aspects: Map<string, Aspect[]>;
  maxAspectWords: number;
  /** Aspects asked for by words that need not be adjacent ("how long" ... "exam"), as stemmed word runs. */
  together: Array<{ aspect: Aspect; parts: string[][] }>;
  /** Phrases that set the role after them aside ("not", "rather than"), as stemmed word runs. */
  notRole: string[][];
  /** A repair marker inside a message ("wait no", "I mean"; correction.ts), as a pattern; null with none listed. */
  correction: RegExp | null;
  /** A marker that a message leaves the thread ("unrelated but", "different question"), as a pattern; null with none. */
  newSubject: RegExp | null;
  /** Stemmed phrase → the kind of small talk it is. */
  smalltalk: Map<string, SmallTalkKind>;
  /** Stemmed words and phrases that may surround small talk. */
  fillers: Set<string>;
  maxSmalltalkWords: number;
  /** Every topic id, in the knowledge's order: ties between topics go to the earlier one. */
  topicIds: TopicId[];
  /** Each term the overview's facts give as an employer ("hospital"), with the roles said to work for it (setting.ts). */
  employers: Map<string, RoleId[]>;
  /** The other languages staff write in (other-language.ts), and the English words their cognates may be. */
  otherLanguages: OtherLanguage[];
  english: EnglishWords;
  roles: RoleSpace;
};

const longest = (keys: Iterable<string>) => Math.max(1, ...[...keys].map((key) => key.split(' ').length));

type AddPhrase = (phrase: string, concept: Concept) => void;

export function buildLexicon(kb: KnowledgeBase): Lexicon {
  const { phrases, words, add } = phraseBook();
  const termTopics = readTerms(kb, add, phrases);
  readOtherPhrases(kb, add);
  // The words the lists know, before the roles' own: a word a role's alias writes ("hf" of "hf nurse") leaves the short
  // form derived from another of its aliases ("heart failure" → "hf") to that role.
  const { heads, own, capitals, compounds } = readRoleWords(kb, phrases, add, new Set(words));
  const conversation = readConversation(kb, phrases, add);
  // Aspect words are known: "texas" is not a typo to correct. They are not offered as corrections, though: a bigger
  // vocabulary makes every first correction slower, for typos of words that only flag a gap.
  const aspectWords = kb.gaps.flatMap((aspect) => aspect.ways.flatMap((way) => tokenize(way)));
  const stopwords = new Set(kb.language.stopwords.flatMap((w) => tokenize(w)));
  const stopStems = new Set([...stopwords].map(stem));
  const { vectors, factWords } = readFactWords(kb, stopStems, heads, compounds);
  for (const word of factWords.vocabulary) words.add(word);

  const known = [...words].filter((w) => !stopwords.has(w));
  const nameEnds = nameEndsOf(kb);
  // Job heads are known words, never corrected into ours ("coordinator" is not "coordinate").
  const jobHeads = new Set((kb.language.jobHeads?.words ?? []).map(stemPhrase).filter((word) => word !== ''));
  return {
    phrases,
    ...hospitalWords(kb, [phrases, stopStems, heads, jobHeads]),
    maxPhraseWords: longest(phrases.keys()),
    frames: synonymFrames(kb, phrases),
    termTopics,
    factWords,
    factSpellings: new Set(factWords.vocabulary),
    ownSources: ownSourceTopics(kb),
    related: createRelated(phrases, termTopics, new Set([...stopStems, ...roleWords(kb)]), vectors),
    stopwords,
    ...grammarWords(kb),
    heads,
    own,
    capitals,
    compounds,
    jobHeads,
    nameEnds,
    words: known,
    stems: new Set([...[...words, ...stopwords, ...aspectWords].map(stem), ...jobHeads]),
    prefixes: prefixesOf([...phrases.keys(), ...conversation.aspects.keys()]),
    ...conversation,
    topicIds: kb.topicOrder,
    roles: roleSpace(kb),
    employers: employerTerms(kb, phrases),
    otherLanguages: readOtherLanguages(kb),
    english: englishWords([...words, ...Object.keys(kb.language.abbreviations).map(normalize)], stopwords),
  };
}

/** The facts' words (fact-index.ts), stopwords and the roles' heads left out, with the word vectors shipped. */
function readFactWords(
  kb: KnowledgeBase,
  stopStems: ReadonlySet<string>,
  heads: Pick<ReadonlySet<string>, 'has'>,
  compounds: ReadonlySet<string>,
) {
  const vectors = shippedWordVectors();
  const factWords = buildFactIndex(
    kb,
    (word) => stopStems.has(word) || heads.has(word),
    (word) => vectors.has(word),
    compounds,
  );
  return { vectors, factWords };
}

/** The words of the hospital's own name, none a word the lists know (`lists`), and what its publisher writes on. */
function hospitalWords(
  kb: KnowledgeBase,
  lists: ReadonlyArray<Pick<ReadonlySet<string>, 'has'>>,
): Pick<Lexicon, 'hospitalNames' | 'hospitalNameFollows'> {
  return {
    hospitalNames: hospitalNames(kb, (word) => lists.some((list) => list.has(word))),
    hospitalNameFollows: hospitalNameFollows(kb),
  };
}

/**
 * The frames of the synonyms: a variant whose last word is read as another term than the variant's ("straight out of
 * school": "school" is the schooling's "degree") says the same with any phrase of that term last ("straight out of
 * college", "right out of nursing school"). Only frames of FRAME_WORDS words or more: one word before a noun ("new",
 * "desk") is an adjective that says nothing of the noun's kind.
 */
function synonymFrames(kb: KnowledgeBase, phrases: Map<string, Concept>): Lexicon['frames'] {
  return kb.language.synonyms.flatMap((group) =>
    group.variants.flatMap((variant) => {
      const words = stemPhrase(variant).split(' ');
      const last = phrases.get(words.at(-1)!);
      const term = stemPhrase(group.canonical);
      if (words.length <= FRAME_WORDS || last?.kind !== 'term' || last.term === term) return [];
      return [{ words: words.slice(0, -1), slot: last.term, term }];
    }),
  );
}

/** The fewest words a synonym's frame has before its slot. */
const FRAME_WORDS = 2;

/** The phrases read so far, their words as typed, and how to add one (stemmed; a phrase of no words is none). */
function phraseBook(): { phrases: Map<string, Concept>; words: Set<string>; add: AddPhrase } {
  const phrases = new Map<string, Concept>();
  const words = new Set<string>();
  const add: AddPhrase = (phrase, concept) => {
    const key = stemPhrase(phrase);
    if (key === '') return;
    phrases.set(key, concept);
    for (const word of tokenize(phrase)) words.add(word);
  };
  return { phrases, words, add };
}

/** The phrases that name no topic: off-topic words, ways to reach someone, other jobs, both roles at once. */
function readOtherPhrases(kb: KnowledgeBase, add: AddPhrase): void {
  for (const phrase of kb.language.offTopic) add(phrase, { kind: 'off-topic', phrase });
  for (const way of kb.contacts.ways) add(way, { kind: 'lookup' });
  for (const job of kb.language.otherJobs) add(job, { kind: 'job', phrase: job });
  for (const phrase of kb.language.bothRoles) add(phrase, { kind: 'both-roles' });
}

/** The knowledge's lists of grammar: joining words, auxiliaries, abbreviations and the patterns that name a term. */
function grammarWords(kb: KnowledgeBase): Pick<Lexicon, 'joiners' | 'auxiliaries' | 'abbreviations' | 'patterns'> {
  return {
    joiners: new Set(kb.language.joiners.flatMap((w) => tokenize(w))),
    auxiliaries: new Set(kb.language.auxiliaries.map(stemPhrase)),
    abbreviations: new Map(
      Object.entries(kb.language.abbreviations).map(([short, long]) => [normalize(short), tokenize(long)]),
    ),
    patterns: kb.language.patterns.map((p) => ({ pattern: new RegExp(p.pattern, 'u'), term: stemPhrase(p.canonical) })),
  };
}

/**
 * A synonym's short form: one word of at most this many letters ("rn", "yr", "msw"), which takes its plural with a bare
 * "s" the stemmer leaves ("RNs"). Higher would pluralise whole words the stemmer already reads ("pays").
 */
const SHORT_FORM_LETTERS = 3;
const SHORT_FORM = new RegExp(`^\\p{L}{2,${SHORT_FORM_LETTERS}}$`, 'u');
const isShortForm = (variant: string) => SHORT_FORM.test(variant);

/** Each topic's terms with their weights, and the synonyms that stand for a term. */
function readTerms(
  kb: KnowledgeBase,
  add: AddPhrase,
  phrases: ReadonlyMap<string, Concept>,
): Map<string, TopicWeight[]> {
  const termTopics = new Map<string, TopicWeight[]>();
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
  // A term a topic names itself keeps its own meaning: "schedule" for a schedule topic someone adds, though the
  // shared synonyms read it as "appointment".
  const own = (phrase: string) => termTopics.has(stemPhrase(phrase));
  for (const group of kb.language.synonyms) {
    const canonical = stemPhrase(group.canonical);
    if (!own(group.canonical)) add(group.canonical, { kind: 'term', term: canonical });
    for (const variant of group.variants) {
      if (own(variant)) continue;
      add(variant, { kind: 'term', term: canonical });
      // A short form takes its plural with a bare "s" ("RNs"), which the stemmer leaves, as a role's short form does;
      // not an everyday word ("do", "law") nor a plural that is a phrase already ("v" and "vs").
      const plural = `${variant}s`;
      if (isShortForm(variant) && !isEveryday(variant) && !phrases.has(stemPhrase(plural)) && !own(plural))
        add(plural, { kind: 'term', term: canonical });
    }
  }
  return termTopics;
}

/** Every word of the roles' names and aliases, stemmed. */
export function roleWords(kb: KnowledgeBase): string[] {
  return Object.values(kb.roles).flatMap((role) =>
    [role.name, role.plural, ...role.aliases].flatMap((alias) => tokenize(alias).map(stem)),
  );
}

/** The last words of the roles' names ("manager"), stemmed, and the roles each ends. */
function nameEndsOf(kb: KnowledgeBase): Map<string, RoleId[]> {
  const nameEnds = new Map<string, RoleId[]>();
  for (const role of Object.values(kb.roles))
    nameEnds.set(stem(nameEnd(role)), [...(nameEnds.get(stem(nameEnd(role))) ?? []), role.id]);
  return nameEnds;
}

function prefixesOf(keys: string[]): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ');
    for (let length = 1; length < words.length; length++) prefixes.add(words.slice(0, length).join(' '));
  }
  return prefixes;
}

type ConversationWords = Pick<
  Lexicon,
  | 'comparison'
  | 'contrast'
  | 'generic'
  | 'questionForms'
  | 'aspects'
  | 'maxAspectWords'
  | 'together'
  | 'notRole'
  | 'correction'
  | 'newSubject'
  | 'smalltalk'
  | 'fillers'
  | 'maxSmalltalkWords'
>;

/** The conversational words: what compares, what points back, what the article does not cover, small talk. */
function readConversation(kb: KnowledgeBase, phrases: Map<string, Concept>, add: AddPhrase): ConversationWords {
  const talk = kb.conversation;
  // A phrase that is already a term keeps its meaning and is marked; a new one becomes `missing` (if given).
  const termsOf = (list: string[], missing?: (phrase: string) => Concept) =>
    new Set(
      list.flatMap((phrase) => {
        const known = phrases.get(stemPhrase(phrase));
        if (known?.kind === 'term') return [known.term];
        if (known || !missing) return [];
        add(phrase, missing(phrase));
        return [stemPhrase(phrase)];
      }),
    );
  const comparison = termsOf(talk.comparison, (phrase) => ({ kind: 'term', term: stemPhrase(phrase) }));
  const contrast = termsOf(talk.contrast, () => ({ kind: 'contrast' }));
  const generic = termsOf(talk.generic);
  const questionForms = termsOf(talk.questionForms);
  addPointers(talk, phrases, add);
  return {
    comparison,
    contrast,
    generic,
    questionForms,
    ...readAspects(kb),
    notRole: talk.notRole.map((phrase) => stemPhrase(phrase).split(' ')).filter((words) => words[0] !== ''),
    correction: correctionPattern(talk.corrections),
    newSubject: correctionPattern(talk.newSubject),
    ...readSmalltalk(talk),
  };
}

/** The phrases that point back at the thread: its topic, an earlier question, its roles or thing, the other role. */
function addPointers(talk: KnowledgeBase['conversation'], phrases: Map<string, Concept>, add: AddPhrase): void {
  for (const phrase of talk.sameTopic) add(phrase, { kind: 'same-topic' });
  for (const phrase of talk.backTo) add(phrase, { kind: 'back-to', first: false });
  for (const phrase of talk.backToFirst) add(phrase, { kind: 'back-to', first: true });
  for (const phrase of talk.bothQuestions) add(phrase, { kind: 'back-to', first: false, both: true });
  for (const phrase of talk.references) if (!phrases.has(stemPhrase(phrase))) add(phrase, { kind: 'reference' });
  for (const phrase of talk.otherRole) add(phrase, { kind: 'other-role' });
}

/** The ways of asking for what the article may not cover, by stemmed phrase, and the aspects read from two parts. */
function readAspects(kb: KnowledgeBase): Pick<Lexicon, 'aspects' | 'maxAspectWords' | 'together'> {
  const aspects = new Map<string, Aspect[]>();
  for (const aspect of kb.gaps) {
    for (const way of aspect.ways) {
      const key = stemPhrase(way);
      if (key !== '') aspects.set(key, [...(aspects.get(key) ?? []), aspect]);
    }
  }
  return {
    aspects,
    maxAspectWords: longest(aspects.keys()),
    together: kb.gaps.flatMap((aspect) =>
      (aspect.together ?? []).map((parts) => ({ aspect, parts: parts.map((part) => stemPhrase(part).split(' ')) })),
    ),
  };
}

/** Small talk by stemmed phrase with its kind, and the fillers that may come with it. */
function readSmalltalk(
  talk: KnowledgeBase['conversation'],
): Pick<Lexicon, 'smalltalk' | 'fillers' | 'maxSmalltalkWords'> {
  const smalltalk = new Map<string, SmallTalkKind>();
  for (const kind of SMALLTALK_KINDS)
    for (const phrase of talk.smalltalk[kind]) smalltalk.set(stemPhrase(phrase), kind);
  const fillers = new Set(talk.fillers.map(stemPhrase));
  return { smalltalk, fillers, maxSmalltalkWords: longest([...smalltalk.keys(), ...fillers]) };
}

/** Whether a concept compares the roles or sets one against another: a `comparison` or `contrast` term. */
export function compares(lexicon: Lexicon, c: Concept): boolean {
  return (
    c.kind === 'contrast' || (c.kind === 'term' && (lexicon.contrast.has(c.term) || lexicon.comparison.has(c.term)))
  );
}
