import { BOTH, type Aspect, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import type { FactIndex } from './fact-index.ts';
import { normalize, stem, tokenize } from './normalize.ts';
import { cosine, isEveryday, type WordVectors } from './word-vectors.ts';
import { partAsked, type Predicate } from './predicate.ts';
import { createRelation } from './relation.ts';
import { COMMON_SAID_SIMILARITY, SAME_WORD_LETTERS } from './likeness.ts';

/**
 * Gaps from the facts, not only from gaps.json's list: what a question asks that none of the facts chosen to answer
 * it states. The answer then says plainly that the sources do not say it, above what they do say.
 * - `words`: what it asks of a role ("can case managers *prescribe* anything"), an aspect gaps.json names for other
 *   topics ("the experience needed *in Texas*"), or what the facts state of another role only ("do care managers
 *   need a *license*"), in none of the chosen facts' words nor in words close in meaning to theirs; or, after those,
 *   what a generic verb asked of a role takes where no chosen fact names it ("do they *get the summer off*"; relation.ts);
 * - `figure`: an amount ("case manager salary?") where the facts give other roles amounts but none to this one;
 * - `time`: how long something takes, or when, where no fact gives a length of time;
 * - `comparison`: which of two things is better, or which ranks first, where no fact compares anything;
 * - `count`: how many or how often, where no fact gives a number;
 * - `share`: a percentage or a part of a whole ("what percent of them are RNs", "how much of the day"), where no fact
 *   gives a share (or, for a part, a number that parts the whole);
 * - `schooling`: a degree, program or course in a role's own field ("a case management degree"), which the facts,
 *   naming the degrees a role needs in other fields, do not name;
 * - `depends`: how much for the asker's own case ("if I have a master's") where the facts say only that the figure
 *   depends on something ("depending on your degree");
 * - `equivalence`: whether one thing counts the same as another ("a rehab degree the same as a PT degree"), where no
 *   chosen fact equates anything;
 * - `against`: a figure set against another job's or a thing's ("more than *floor nurses*", "a pay cut going *from
 *   ICU*"), where the facts give our roles' figures only;
 * - `which`, `superior`, `subordinates`, and `time` for a dated figure: what else the question's grammar says the
 *   answer must be (the names of a kind, whom a role answers to or is over, a date), of which the chosen facts give none.
 */
export type Unsaid =
  | { kind: 'words'; words: string[] }
  | { kind: 'figure'; roles: RoleId[] }
  | { kind: 'time'; asked: 'duration' | 'when' }
  | { kind: 'comparison' }
  | { kind: 'equivalence' }
  | { kind: 'count' }
  | { kind: 'share' }
  | { kind: 'which'; what: string }
  | { kind: 'superior' }
  | { kind: 'subordinates' }
  | { kind: 'payer' }
  | { kind: 'schooling'; field: string }
  | { kind: 'depends'; on: string }
  | { kind: 'against'; words: string[] };

type Word = { stem: string; word: string };
type Said = {
  topic: TopicId;
  stated: ReadonlySet<string>;
  own: ReadonlySet<string>;
  near: Float32Array[];
  factVectors: Float32Array[];
  beginnings: Set<string>;
  /** The beginnings of the chosen facts' words alone, without the topic's. */
  factBeginnings: Set<string>;
  /** The words the chosen facts write after "a", "an" or "any", unqualified: "must include *an internship*". */
  anyOf: Set<string>;
  /** The words the chosen facts write last in a noun phrase ("RN *experience*", "a *degree* in"): a kind, not a field. */
  heads: Set<string>;
  othersSay: Set<string>;
  /**
   * Whether a fact of the topic, for any role, gives an amount (of money, a percentage): a figure the question may ask to
   * turn on something, or set against another's.
   */
  figured: boolean;
  /**
   * Whether a chosen fact gives what it requires by example (`BY_EXAMPLE`: "fields *such as* social work", "degrees in
   * *relevant* fields"): a thing it does not name may still count. Otherwise what it requires decides for any other.
   */
  byExample: boolean;
  /**
   * The stemmed words the chosen facts write other than in a title of our roles ("*registered nurse* care managers"
   * names the role's holders, not nurses): what a figure may be set against.
   */
  free: ReadonlySet<string>;
  /** How many roles the facts are chosen for. */
  roleCount: number;
};

/** What a question asks, as analyze.ts read it. */
export type Asked = {
  /** The rarer words that follow the role in a yes-or-no question (analyze.ts: Analysis.asked). */
  words: readonly Word[];
  /** Each aspect of gaps.json met, with its words. */
  aspects: ReadonlyArray<{ aspects: readonly Aspect[]; words: readonly Word[] }>;
  time: 'duration' | 'when' | null;
  /** Every word of the sentences that ask, stemmed. */
  all: readonly string[];
  /** The words of the statements before the question ("I have an MSW - ..."), stemmed: the asker's case. */
  before: readonly string[];
  /** The words of the asker's own relative clauses ("skills *that I already use at the bedside*"), stemmed. */
  askersOwn: readonly string[];
  /** What the asker says they are ("I'm really introverted"), stemmed (analyze.ts). */
  traits: readonly string[];
  /**
   * What a yes-or-no question asks to count or be enough ("does my ICU experience count"); `needed`: asked whether it
   * is needed instead ("is HIPAA knowledge required"); `field`: the field of a schooling the asker holds.
   */
  toCount: ReadonlyArray<Word & { needed?: boolean; field?: boolean }>;
  /** Names typed that no list and no fact of the knowledge writes ("know *Epic*"; analyze.ts). */
  names: readonly Word[];
  /** The words of titles asked to be the same job ("the same as a *geriatric* care manager"; analyze.ts). */
  likened: readonly Word[];
  /** What a yes-or-no question asks a role does: its verb and what the verb takes (predicate.ts), or null. */
  predicate: Predicate | null;
};

/** `typed`: the question as typed, where how a word is written tells (initials in capitals). */
export type FindUnsaid = (topic: TopicId, roles: readonly RoleId[], asked: Asked, typed?: string) => Unsaid | null;

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
 * A rare word at least this close to a word the lists read as comparing compares too ("does it *vary* by state":
 * "differ"), and asks for nothing the facts must state. Lower takes "transfer" for "either" and "newer" for
 * "different" (common words are near much); higher lets "vary" be flagged.
 */
const COMPARING_SIMILARITY = 0.7;
/**
 * A word the lists read as comparing is read for its meaning only from this many letters: "v" and "vs" are close to
 * too much in the vectors. Lower lets a rare word near "vs" pass as a comparison; higher drops "diff".
 */
const MIN_COMPARING_LETTERS = 4;
/** A negating prefix: "unlicensed" is a form of "licensed" (SAME_WORD_LETTERS read past it). */
const NEGATING = /^(un|non)(?=\p{L}{4})/u;

/**
 * Figures in a fact: an amount (of money, "$58,670", or a percentage), and a length of time ("five years", "one to
 * two years", in digits or English number words; "one-on-one" is none) or a year ("in 1990").
 */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)`;
const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?)';
const YEAR = String.raw`\b(?:1[89]|20)\d\d\b`;
const TIME_FIGURE = new RegExp(
  String.raw`\b${NUMBER}(?:\s+(?:to|or)\s+${NUMBER})?\s+(?:more\s+|additional\s+)?${TIME_UNIT}\b|${YEAR}`,
  'i',
);
/**
 * When something happened ("when *did* hospitals first start having case managers", "when was the CCM created"): a past
 * moment, which only a year gives; "five years" of experience says how long, not when.
 */
const PAST_MOMENT = /^when (?:did|was|were)(?: |$)/;
const IN_YEAR = new RegExp(YEAR);
/**
 * The length of a thing or a process ("how long does it take", "how long is the exam", "how long should I study", "how
 * long is it valid", "how many weeks is the orientation"), not how much of something is needed first ("how long do I
 * need to work in the field before ...", "how many years of experience").
 */
const LENGTH_OF =
  /(?:^| )how (?:long (?:(?:is|are|wa|was|were) |(?:.* )?(?:take|took|taking|study|studying|last|valid)(?: |$))|many (?:year|month|week|day|hour)s? (?:is|are|wa|was|were) )/;
const asksLength = (all: readonly string[]) => LENGTH_OF.test(all.join(' '));
/**
 * "How many" or "how often" ("how many visits a day", "how often?"), or numbers offered as alternatives ("do they work
 * *8s or 12s*", "*60k or 80k*": which number), answered only by a number in a chosen fact: in digits or English number
 * words, or "once"/"twice" ("one-on-one" is none).
 */
const NUMBERS_OFFERED = String.raw`\d[\d,.]*[ks]? or \d[\d,.]*[ks]?`;
const COUNT_ASKED = new RegExp(`(?:^| )(?:how (?:many|often)|${NUMBERS_OFFERED})(?: |$)`);
const asksCount = (all: readonly string[]) => COUNT_ASKED.test(all.join(' '));
/**
 * A share asked: a percentage, proportion or fraction ("what *percent* of care managers are RNs"), given only by a
 * fact that states a percentage; or "how much of" a whole ("how much of the day is paperwork"), given by a share in
 * words ("half", "most of", "much of their time") or by a number that parts the whole ("three years must include
 * ..."). Each is returned with what states it.
 */
const PERCENT_ASKED = /(?:^| )(?:percent|percentag|percentage|proportion|fraction)s?(?: |$)/;
const PART_ASKED = /(?:^| )how much of(?: |$)/;
const PERCENT_STATED = /\d\s?%|\bpercent/i;
const SHARE_STATED = /\b(?:half|a third|a quarter|majority|minority)\b|\b(?:most|much|all) of\b/i;
function shareAsked(all: readonly string[]): RegExp | null {
  const text = all.join(' ');
  if (PERCENT_ASKED.test(text)) return PERCENT_STATED;
  return PART_ASKED.test(text) ? PART_STATED : null;
}
const COUNT = new RegExp(String.raw`(?<!-)\b(?:${NUMBER}|once|twice)\b(?!-)`, 'i');
const PART_STATED = new RegExp(`${PERCENT_STATED.source}|${SHARE_STATED.source}|${COUNT.source}`, 'i');
const AMOUNT = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:%|percent\b|k\b|dollars?\b)/i;
/**
 * A count in a fact that is no sum of money or share ("an average of *$58,670*" counts nothing): how many or how often
 * is answered by a number of things or times, not by what they cost or earn.
 */
const COUNT_NOT_AMOUNT: Pick<RegExp, 'test'> = {
  test: (text: string) => COUNT.test(text.replace(AMOUNTS, ' ')),
};
/** Every sum of money or share in a text, whole ("$58,670", "20 %"): AMOUNT finds one, this takes them out. */
const AMOUNTS = /[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|percent\b|k\b|dollars?\b)/gi;

/** The stemmed words a fact states in its own right: not those of a name written in capitals inside a sentence. */
function plainWords(text: string): string[] {
  return text
    .replace(/[*_`]/g, '')
    .split(/\s+/)
    .filter((word, i, all) => i === 0 || /[.!?:]$/.test(all[i - 1]!) || !/^\p{Lu}/u.test(word))
    .flatMap((word) => tokenize(word).map(stem));
}

/** Every fact of the knowledge, on every topic and for every role. */
const allFacts = (kb: KnowledgeBase) => Object.values(kb.topics).flatMap((topic) => Object.values(topic.facts).flat());

/** Every word some fact of the knowledge writes in its own right, on any topic and for any role. */
function everyFactWord(kb: KnowledgeBase): Set<string> {
  return new Set(allFacts(kb).flatMap((fact) => plainWords(fact.text)));
}

/** Every word the knowledge writes: its facts and their quotes, its sources' titles and publishers, its roles. */
function everyWordWritten(kb: KnowledgeBase): Set<string> {
  const facts = allFacts(kb);
  const sources = Object.values(kb.sources).map((source) => `${source.title} ${source.publisher}`);
  const roles = Object.values(kb.roles).map((role) =>
    [role.name, role.summary, ...role.aliases, ...role.organisations].join(' '),
  );
  const texts = [...facts.map((fact) => `${fact.text} ${fact.quote ?? ''}`), ...sources, ...roles];
  return new Set(texts.flatMap((text) => tokenize(text).map(stem)));
}

/** A word written after "a", "an" or "any": named as any one of its kind. */
const UNQUALIFIED = /\b(?:an?|any)\s+([\p{L}-]+)(?=[\s,.;:]|$)/giu;

const beginning = (word: string) => word.replace(NEGATING, '').slice(0, SAME_WORD_LETTERS);

/**
 * The lists a question's words are read against. `listed`: stemmed words some list of the knowledge names (they mean
 * something there); `topicWords`: a topic's terms, word by word; `stopwords`: stemmed grammar words.
 */
type Lists = {
  listed: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  /** The words of the roles' own names and plurals, stemmed ("care", "manager"): every title of a role has them. */
  roleNames: ReadonlySet<string>;
  /** The one-word phrases the lists read as comparing ("differ", "same", "versus"), stemmed. */
  comparing: readonly string[];
  /** The off-topic phrases of language.json, stemmed: things the knowledge names as none of its topics. */
  offTopic: ReadonlySet<string>;
  /** The words that open a question, stemmed (analyze.ts): a yes-or-no one's verbs, and the others' wh-words. */
  openers: { yesNo: ReadonlySet<string>; wh: ReadonlySet<string> };
  topicWords: (topic: TopicId) => readonly string[];
  /** The one-word synonyms of a topic's terms, stemmed ("pay" of salary). */
  topicSynonyms: (topic: TopicId) => readonly string[];
  /** The term a one-word phrase of the lists stands for, stemmed ("house" of "home", "paid" of "salary"). */
  termOf: (word: string) => string | undefined;
};

export function createUnsaid(kb: KnowledgeBase, facts: FactIndex, vectors: WordVectors, given: Lists): FindUnsaid {
  const lists = { ...given, stopwords: new Set([...withTheirAdjectives(given.stopwords), ...KIN]) };
  const read = factReader(kb);
  const { factsOf, states } = read;
  const { words: unsaidWords, against } = unsaidWordsFinder(kb, facts, vectors, lists);
  const unstatedRelation = createRelation(kb, vectors, lists);
  const kinds = dependedOn(kb);
  const fields = roleFields(kb, lists.roleNames);
  const phrased = phrasedElsewhere(kb, lists.stopwords);
  return (topic, roles, asked, question = '') => {
    const figure = noFigure(read, lists, topic, roles, asked);
    if (figure) return figure;
    const standard = against(topic, roles, asked);
    if (standard.length > 0) return { kind: 'against', words: standard };
    const chosen = [...roles, BOTH].flatMap((role) => factsOf(topic, role));
    const depends = dependsOnCase(chosen, asked, lists.openers.yesNo);
    if (depends) return { kind: 'depends', on: depends };
    if (asked.time && !timeStated(read, lists, vectors, topic, roles, asked))
      return { kind: 'time', asked: asked.time };
    if (!asked.time && asksCount(asked.all) && !states(topic, roles, COUNT_NOT_AMOUNT)) return { kind: 'count' };
    const share = shareAsked(asked.all);
    if (share && !states(topic, roles, share)) return { kind: 'share' };
    const typed = unansweredType(chosen, lists, asked);
    if (typed) return typed;
    const field = schoolingInField(fields, chosen, asked.all);
    if (field) return { kind: 'schooling', field };
    if (roles.length === 1 && unranked(chosen, asked)) return { kind: 'comparison' };
    const kind = kindUnsaid(kinds, chosen, asked.all);
    if (kind) return { kind: 'words', words: [kind] };
    const included = includedUnsaid(chosen, lists, asked.all);
    if (included.length > 0) return { kind: 'words', words: included };
    const words = unsaidWords(topic, roles, asked).filter(
      (word) =>
        !phrased(roles, asked.all, word) && !writtenOtherwise(chosen, lists.stopwords, asked.all, word, question),
    );
    if (words.length > 0) return { kind: 'words', words };
    if (payerAsked(asked.all, lists) && !chosen.some((fact) => PAYER_STATED.test(fact.text))) return { kind: 'payer' };
    if (unstatedEquivalence(chosen, lists, asked)) return { kind: 'equivalence' };
    const relation = unstatedRelation(topic, roles, asked.predicate);
    const part = relation.length > 0 ? [] : unstatedRelation(topic, roles, partAsked(asked.all), false);
    const unstated = [...relation, ...part];
    return unstated.length > 0 ? { kind: 'words', words: unstated.map(({ word }) => word) } : null;
  };
}

/**
 * Whether a word the question writes beside another word of substance ("give *emotional support*") is written so,
 * the two side by side, by a fact of the roles on any topic ("Ability to provide *emotional support*"): the facts say
 * it, on the topic where the article put it, and one word alone could not say the same ("support" is everywhere).
 */
function phrasedElsewhere(kb: KnowledgeBase, stopwords: ReadonlySet<string>) {
  const pairs = new Map<RoleId, Set<string>>();
  for (const topic of Object.values(kb.topics))
    for (const [role, facts] of Object.entries(topic.facts)) {
      const known = pairs.get(role) ?? new Set<string>();
      pairs.set(role, known);
      for (const fact of facts ?? []) {
        const { stems } = factWords(fact);
        for (let i = 1; i < stems.length; i++) known.add(`${stems[i - 1]} ${stems[i]}`);
      }
    }
  const substance = (word: string | undefined): word is string => word !== undefined && !stopwords.has(word);
  return (roles: readonly RoleId[], all: readonly string[], word: string): boolean => {
    const at = all.indexOf(stem(normalize(word)));
    if (at < 0) return false;
    const phrases = [
      substance(all[at - 1]) ? `${all[at - 1]} ${all[at]}` : null,
      substance(all[at + 1]) ? `${all[at]} ${all[at + 1]}` : null,
    ].filter((p): p is string => p !== null);
    return [...roles, BOTH].some((role) => phrases.some((p) => pairs.get(role)?.has(p)));
  };
}

/** A word typed as initials, in capitals ("ED", "RN"): "continuing ed" is a clipped word, no initials. */
const SHOUTED = /^\p{Lu}{2,}$/u;
/** Initials of this many words at most say a run of the facts' words ("ED" of "emergency department"). */
const MAX_INITIALS = 4;
/** A fact's runs of words of substance, as initials ("rn" of "registered nurse"), read once per fact. */
const initialsOfFacts = new WeakMap<{ text: string }, Set<string>>();
function initialsOf(fact: { text: string }, stopwords: ReadonlySet<string>): Set<string> {
  let known = initialsOfFacts.get(fact);
  if (!known) {
    known = new Set();
    const { words } = factWords(fact);
    for (let i = 0; i < words.length; i++)
      for (let n = 2; n <= MAX_INITIALS && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (run.some((word) => stopwords.has(stem(word)))) break;
        known.add(run.map((word) => word[0]).join(''));
      }
    initialsOfFacts.set(fact, known);
  }
  return known;
}

/**
 * Whether the chosen facts write a word the question types in another form: run together with the word beside it
 * ("tele stroke", "tele-stroke" of "telestroke"), or, typed in capitals, as the initials of their words ("ED" of
 * "emergency department", "RN" of "registered nurse"). The facts' own words say it, whatever the lists know.
 */
function writtenOtherwise(
  chosen: readonly { text: string }[],
  stopwords: ReadonlySet<string>,
  all: readonly string[],
  word: string,
  question: string,
): boolean {
  const plain = normalize(word);
  const at = all.indexOf(stem(plain));
  const joined = at < 0 ? [] : [`${all[at - 1] ?? ''}${all[at]}`, `${all[at]}${all[at + 1] ?? ''}`].map(stem);
  if (chosen.some((fact) => joined.some((compound) => factWords(fact).stems.includes(compound)))) return true;
  const written = asWritten(question, { kind: 'words', words: [word] });
  const shouted = written.kind === 'words' && SHOUTED.test(written.words[0] ?? '');
  return shouted && chosen.some((fact) => initialsOf(fact, stopwords).has(plain));
}

/** The words a question asks about that the facts do not state, in their words or in words close to them. */
function unsaidWordsFinder(kb: KnowledgeBase, facts: FactIndex, vectors: WordVectors, lists: Lists) {
  const { said: saidOf, unit } = saidCache(kb, facts, vectors, lists.topicWords, {
    saysNothing: (word) => lists.stopwords.has(word) || lists.roleWords.has(word),
    titleWords: lists.roleNames,
    grammar: lists.stopwords,
  });
  const written = everyFactWord(kb);
  const everyWord = everyWordWritten(kb);
  // One context for each Said (each topic and set of roles), built once by Object.assign onto a new object: on Node 20
  // an object spread with keys added gets a shape of its own each time (slow, and every reader goes megamorphic).
  // Words that compare as the lists' do ("does it *vary* by state": "differ"); the shortest ("v", "vs") say too little.
  const comparing = lists.comparing
    .filter((word) => word.length >= MIN_COMPARING_LETTERS)
    .flatMap((w) => unit(w) ?? []);
  const clipped = (word: string) => [...everyWord].some((written) => written.startsWith(word));
  const contextOf = once(
    (said: Said): Context => Object.assign({}, said, { unit, written, everyWord, vectors, lists, comparing, clipped }),
  );
  const find = (topic: TopicId, roles: readonly RoleId[], asked: Asked): string[] => {
    const context = contextOf(saidOf(topic, roles));
    const alternative = onlyInAlternative(asked.all, lists.openers.yesNo);
    // Asked on every topic the question may match: copied only when an alternative leaves words out.
    const mainly =
      alternative.size === 0 ? asked : { ...asked, words: asked.words.filter(({ stem }) => !alternative.has(stem)) };
    const words = UNSAID_FINDS.flatMap((find) => find(context, mainly));
    const answered = answeredAlternative(context, asked.all, new Set(words.map(({ stem }) => stem)));
    // A word found in two forms of one stem ("license", "licensed") is named once.
    const byStem = new Map(words.filter(({ stem }) => !answered.has(stem)).map(({ stem, word }) => [stem, word]));
    return [...new Set(byStem.values())];
  };
  const against = (topic: TopicId, roles: readonly RoleId[], asked: Asked): string[] =>
    setAgainst(contextOf(saidOf(topic, roles)), asked);
  return { words: find, against };
}

/** The facts a topic gives a role, and whether any fact of the roles (or of both) writes what a pattern matches. */
function factReader(kb: KnowledgeBase) {
  const factsOf = (topic: TopicId, role: RoleId) => kb.topics[topic]!.facts[role] ?? [];
  const states = (topic: TopicId, roles: readonly RoleId[], figure: Pick<RegExp, 'test'>) =>
    [...roles, BOTH].some((role) => factsOf(topic, role).some((fact) => figure.test(fact.text)));
  // A fact that speaks to a gaps.json aspect (`answers`, `touches`: "reimburses up to $400 of the exam fee") gives
  // that aspect's figure, asked through the aspect, not the topic's own.
  const statesOwn = (topic: TopicId, role: RoleId, figure: Pick<RegExp, 'test'>) =>
    factsOf(topic, role).some((f) => f.answers.length + f.touches.length === 0 && figure.test(f.text));
  return { kb, factsOf, states, statesOwn };
}
type FactReader = ReturnType<typeof factReader>;

/**
 * Whether a chosen fact gives the length of time asked: any time figure for "how many years" or "when", and for the
 * length of a thing or a process ("how long does it take to get certified") only one in a fact that names what the
 * question does: "Two years of RN experience" measures the experience needed, not how long certification takes.
 */
function timeStated(
  { factsOf, states }: FactReader,
  lists: Pick<Lists, 'stopwords' | 'roleWords' | 'termOf'>,
  vectors: WordVectors,
  topic: TopicId,
  roles: readonly RoleId[],
  asked: Asked,
): boolean {
  if (asked.time === 'when' && PAST_MOMENT.test(asked.all.join(' '))) return states(topic, roles, IN_YEAR);
  if (!asksLength(asked.all)) return states(topic, roles, TIME_FIGURE);
  const facts = [...roles, BOTH].flatMap((role) => factsOf(topic, role));
  const thing = thingTimed(asked.all)
    .filter((word) => tellingOfTime(lists, vectors, word))
    .map((word) => canonicalOf(lists, word));
  if (thing.length > 0) {
    // The head names the thing ("a typical care manager *internship*"); a head no fact names ("the experience
    // *requirement*") frames the words before it, which say the thing.
    const head = thing.at(-1)!;
    const named = facts.some((fact) => factWords(fact).stems.some((word) => canonicalOf(lists, word) === head));
    const wanted = new Set(named ? [head] : thing);
    return facts.some((fact) => measured(fact).some((word) => wanted.has(canonicalOf(lists, word))));
  }
  const named = new Set(asked.all.filter((word) => tellingOfTime(lists, vectors, word)));
  return facts.some((fact) => TIME_FIGURE.test(fact.text) && tokenize(fact.text).some((word) => named.has(stem(word))));
}

/** A word in the term a list reads it as, else itself. */
const canonicalOf = (lists: Pick<Lists, 'termOf'>, word: string) => lists.termOf(word) ?? word;

/** A word that says which thing is timed: no grammar, no role's word, none of the commonest words. */
const tellingOfTime = (lists: Pick<Lists, 'stopwords' | 'roleWords'>, vectors: WordVectors, word: string) =>
  !lists.stopwords.has(word) && !lists.roleWords.has(word) && (vectors.rank(word) ?? Infinity) >= COMMON_WORD_RANK;

/**
 * The thing whose length is asked: "how long is *the internship*", "how long does *the NACCM process* take", "how many
 * months is *the practicum*" (its words up to a word that ends a noun phrase), stemmed. None when the question asks
 * how long something needs ("how long do I need to work ..."): a pronoun or a person is no thing.
 */
const THING_TIMED =
  /(?:^| )how (?:long (?:is|are|wa|was|were|doe|does|do|did|will|would)|many (?:year|month|week|day|hour)s? (?:is|are|wa|was|were)) (.+)$/;
function thingTimed(all: readonly string[]): string[] {
  const after = THING_TIMED.exec(all.join(' '))?.[1]?.split(' ') ?? [];
  const end = after.findIndex((word, i) => i > 0 && (PHRASE_ENDS.has(word) || TIMED_VERBS.has(word)));
  const phrase = end < 0 ? after : after.slice(0, end);
  return THING_DETERMINERS.has(phrase[0] ?? '') ? phrase.slice(1) : [];
}
/** The verbs a thing's length is asked with: "how long does the exam *take*", "... *last*". */
const TIMED_VERBS = new Set(['take', 'took', 'taking', 'last', 'lasts', 'valid', 'good']);
/** A thing's determiners: "how long is *the* internship", "*a* typical practicum"; "how long is it" names no thing. */
const THING_DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this', 'each', 'their', 'your', 'my']);

/**
 * The words a fact's time figure measures: those before it in its clause ("the *internship* lasts three months") and
 * those of its "of" phrase ("five years of *care management experience*"). What follows it past a verb is what the
 * time does, not what it measures: "*three years* must include an internship" gives no internship's length.
 */
const CLAUSE_START = /[,;:.()]|\b(?:that|which|who|while|though|and|but)\b/gi;
const TIME_FIGURES = new RegExp(TIME_FIGURE.source, 'gi');
/** What each fact's time figures measure, read once per fact. */
const measuredOfFact = new WeakMap<{ text: string }, string[]>();
function measured(fact: { text: string }): string[] {
  let known = measuredOfFact.get(fact);
  if (!known) {
    known = measuredIn(fact.text);
    measuredOfFact.set(fact, known);
  }
  return known;
}
function measuredIn(text: string): string[] {
  const plain = text.replace(/[*_`]/g, '');
  const words: string[] = [];
  for (const figure of plain.matchAll(TIME_FIGURES)) {
    const before = plain.slice(0, figure.index);
    const starts = [...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length);
    const clause = before.slice(Math.max(0, ...starts));
    const of = /^\s+of\s+([^,;:.()]*)/i.exec(plain.slice(figure.index + figure[0].length))?.[1] ?? '';
    const tail = tokenize(of);
    const ends = tail.findIndex((word) => PHRASE_ENDS.has(word));
    words.push(...tokenize(clause), ...(ends < 0 ? tail : tail.slice(0, ends)));
  }
  return words.map(stem);
}

/**
 * A role asked about alone, on a topic whose facts give other roles an amount and it none; or roles compared by how
 * much, or against a sum named ("would either of them clear 60k"), one of which the facts give no amount.
 */
function noFigure(
  { kb, states, statesOwn }: FactReader,
  lists: Pick<Lists, 'openers'>,
  topic: TopicId,
  roles: readonly RoleId[],
  asked: Asked,
): Unsaid | null {
  if (roles.length > 1) {
    // The synonyms read a sum as the pay ("60k" is "salary"): as typed, it is among the words asked.
    const each = asksDifference(asked.all) || [...asked.all, ...asked.words.map(({ word }) => word)].some(namesMoney);
    const without = each ? roles.filter((role) => !states(topic, [role], AMOUNT)) : [];
    // Only where the facts give figures at all: "how much experience ... vs ..." asks for none.
    return without.length > 0 && without.length < roles.length ? { kind: 'figure', roles: without } : null;
  }
  if (roles.length !== 1 || !asksAmount(asked, lists.openers.yesNo) || states(topic, roles, AMOUNT)) return null;
  if (answeredByComparison(asked, lists.openers.yesNo) && states(topic, roles, COMPARES)) return null;
  const others = Object.keys(kb.topics[topic]!.facts).filter((role) => role !== BOTH && role !== roles[0]);
  return others.some((role) => statesOwn(topic, role, AMOUNT)) ? { kind: 'figure', roles: [...roles] } : null;
}

/**
 * Per topic and set of roles (every set: their number doubles with each role the knowledge adds), built with the
 * matcher so that a question does no first-time work and reads no vector of the knowledge's words from the file:
 * what the chosen facts say, as words, word beginnings and vectors (theirs alone, and with the topic's words), and
 * what the facts of the topic's other roles say. The knowledge's words become unit vectors once, shared by every
 * topic and set of roles.
 */
function saidCache(
  kb: KnowledgeBase,
  facts: FactIndex,
  vectors: WordVectors,
  topicWords: (topic: TopicId) => readonly string[],
  words: Pick<SaidMemo, 'saysNothing' | 'titleWords' | 'grammar'>,
) {
  const units = new Map<string, Float32Array | null>();
  const unitOf = once(vectors.readUnit, units);
  const plainOf = once(plainWords);
  const beginningOf = once(beginning);
  // The topic's own words, as read against a question: the same for every set of roles.
  const ofTopic = once((topic: TopicId) => ({
    own: new Set(topicWords(topic)),
    vectors: topicWords(topic).flatMap((word) => unitOf(word) ?? []),
    beginnings: new Set(topicWords(topic).map(beginningOf)),
  }));
  const memo = { unitOf, plainOf, beginningOf, ofTopic, ...words };
  const build = (topic: TopicId, roles: readonly RoleId[]) => buildSaid(kb, facts, memo, topic, roles);
  const keyOf = roleSetKey(kb);
  const said = new Map<string, Said>();
  for (const topic of kb.topicOrder)
    for (const roles of subsets(kb.roleOrder)) said.set(keyOf(topic, roles), build(topic, roles));
  const unit = (word: string) => (units.has(word) ? units.get(word)! : vectors.unit(word));
  return {
    said: (topic: TopicId, roles: readonly RoleId[]): Said => {
      const key = keyOf(topic, roles);
      const entry = said.get(key);
      if (entry) return entry;
      // Only a set of roles the knowledge does not list gets here: bounded by the knowledge, not by questions.
      const built = build(topic, roles);
      said.set(key, built);
      return built;
    },
    /** A word's unit vector: the knowledge's words from memory, a question's own from the table. */
    unit,
  };
}

/** What saidCache reads once and shares across topics and sets of roles: vectors, plain words, beginnings. */
type SaidMemo = {
  unitOf: (word: string) => Float32Array | null;
  plainOf: (text: string) => string[];
  beginningOf: (word: string) => string;
  ofTopic: (topic: TopicId) => { own: Set<string>; vectors: Float32Array[]; beginnings: Set<string> };
  saysNothing: (word: string) => boolean;
  /** The words of our roles' names ("case", "manager"): a title's last words. */
  titleWords: ReadonlySet<string>;
  grammar: ReadonlySet<string>;
};

/** What the facts of a topic for a set of roles (and for both) say, and what the topic's other roles' facts say. */
function buildSaid(
  kb: KnowledgeBase,
  facts: FactIndex,
  { unitOf, plainOf, beginningOf, ofTopic, saysNothing, titleWords, grammar }: SaidMemo,
  topic: TopicId,
  roles: readonly RoleId[],
): Said {
  const stated = new Set([...roles, BOTH].flatMap((role) => [...facts.wordsOf(topic, role)]));
  const own = ofTopic(topic);
  const others = Object.entries(kb.topics[topic]!.facts).filter(([role]) => role !== BOTH && !roles.includes(role));
  const factVectors = [...stated].flatMap((word) => (saysNothing(word) ? [] : (unitOf(word) ?? [])));
  const factBeginnings = new Set([...stated].map(beginningOf));
  const texts = [...roles, BOTH].flatMap((role) => (kb.topics[topic]!.facts[role] ?? []).map((fact) => fact.text));
  const anyOf = new Set(texts.flatMap((text) => [...text.matchAll(UNQUALIFIED)].map((m) => stem(m[1]!.toLowerCase()))));
  const heads = new Set(texts.flatMap((text) => headWords(text, saysNothing)));
  const beginnings = new Set([...own.beginnings, ...factBeginnings]);
  return {
    topic,
    stated,
    own: own.own,
    near: [...factVectors, ...own.vectors],
    factVectors,
    beginnings,
    factBeginnings,
    anyOf,
    heads,
    othersSay: new Set(others.flatMap(([, roleFacts]) => roleFacts.flatMap((fact) => plainOf(fact.text)))),
    figured: Object.values(kb.topics[topic]!.facts).some((all) => (all ?? []).some((f) => AMOUNT.test(f.text))),
    byExample: texts.some((text) => BY_EXAMPLE.test(text)),
    free: new Set(texts.flatMap((text) => untitledWords(text, titleWords, grammar))),
    roleCount: roles.length,
  };
}

/**
 * English's words that give what they list as examples, or leave the rule to others: "*such as*", "*including*",
 * "*relevant* fields", "*related* fields", "*common* requirements", "each state has *its own*". A requirement written without
 * them ("requires at least an associate degree in nursing") is the whole rule.
 */
const BY_EXAMPLE = /\b(?:such as|including|includes?|relevant|related|for example|e\.g\.|common|its own)\b/i;

/**
 * English's words that end a noun phrase before them: prepositions, conjunctions, relatives ("five years of nursing
 * experience *before* you can", "a degree *in* a related field").
 */
const PHRASE_ENDS = new Set(
  'of in for with before after to that which who such and or from as at on by than within until'.split(' '),
);
/**
 * The stemmed words a text writes last in a noun phrase: before a mark, a word of PHRASE_ENDS or its end ("Two years
 * of RN *experience*", "an associate *degree* in nursing"), not before a noun they modify ("*nursing* experience").
 */
function headWords(text: string, grammar: (word: string) => boolean): string[] {
  const written = text.replace(/[*_`]/g, '').split(/\s+/);
  // Each word tokenized once, not again as the next word's.
  const first = written.map((word) => tokenize(word)[0]);
  return written.flatMap((word, i) => {
    const token = first[i];
    if (token === undefined || grammar(stem(token))) return [];
    const next = first[i + 1];
    return /[,.;:!?)]$/.test(word) || next === undefined || PHRASE_ENDS.has(next) ? [stem(token)] : [];
  });
}

/**
 * The stemmed words a text writes outside a title of our roles: a title is a role's name word ("care", "manager") and
 * the words right before it with no grammar word between ("*registered nurse* care managers"), which say which holders.
 */
function untitledWords(text: string, titleWords: ReadonlySet<string>, grammar: ReadonlySet<string>): string[] {
  const words = tokenize(text).map(stem);
  const titled = new Array<boolean>(words.length).fill(false);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i]!;
    titled[i] = titleWords.has(word) || (!grammar.has(word) && (titled[i + 1] ?? false));
  }
  return words.filter((_, i) => !titled[i]);
}

/** `find` once a key: the knowledge's words and texts recur across its topics and sets of roles. */
function once<K, T>(find: (key: K) => T, found = new Map<K, T>()): (key: K) => T {
  return (key) => {
    if (!found.has(key)) found.set(key, find(key));
    return found.get(key)!;
  };
}

/** A topic and a set of roles, the roles in the knowledge's order: one key for a set, however a question lists it. */
function roleSetKey(kb: KnowledgeBase): (topic: TopicId, roles: readonly RoleId[]) => string {
  const place = (role: RoleId) => {
    const at = kb.roleOrder.indexOf(role);
    return at < 0 ? kb.roleOrder.length : at;
  };
  return (topic, roles) =>
    `${topic}\u0000${[...new Set(roles)].sort((a, b) => place(a) - place(b) || a.localeCompare(b)).join(',')}`;
}

/** Every set of the roles, the empty one included, each in the roles' order. */
function subsets<T>(items: readonly T[]): T[][] {
  const sets: T[][] = [[]];
  for (const item of items) for (const set of sets.slice()) sets.push([...set, item]);
  return sets;
}

/**
 * English's kinship nouns ("grandma's house", "my dad's case manager"): the asker's relative is the patient or client
 * the facts speak of, as a pronoun would be, never what is asked.
 */
const KIN = new Set(
  [
    'mom',
    'mum',
    'dad',
    'mother',
    'father',
    'parent',
    'grandma',
    'grandpa',
    'granny',
    'nana',
    'grandmother',
    'grandfather',
    'grandparent',
    'aunt',
    'uncle',
    'husband',
    'wife',
    'spouse',
    'sister',
    'brother',
    'son',
    'daughter',
  ].flatMap((word) => [stem(word), stem(`${word}s`)]),
);

/**
 * Grammar words and the adjectives of those that are adverbs in "-ly": "normally" shapes a question, so "is that
 * *normal*", "the *typical* day", "a *real* part of the job" ask nothing the facts must state.
 */
function withTheirAdjectives(stopwords: ReadonlySet<string>): Set<string> {
  const adjectives = [...stopwords].filter((word) => word.endsWith('ly')).map((word) => word.slice(0, -2));
  return new Set([...stopwords, ...adjectives]);
}

/** What the chosen facts say, and the lists and vectors to read a question's words against them. */
type Context = Said & {
  unit: (word: string) => Float32Array | null;
  /** Every word some fact of the knowledge writes, on any topic. */
  written: ReadonlySet<string>;
  /** Every word the knowledge writes anywhere, names too: facts, their quotes, the sources' titles and publishers. */
  everyWord: ReadonlySet<string>;
  vectors: WordVectors;
  lists: Lists;
  /** The vectors of the words the lists read as comparing. */
  comparing: Float32Array[];
  /** Whether a word begins a word the knowledge writes: a clipping of it ("psych", "admin"). */
  clipped: (word: string) => boolean;
};

/** Whether a word is none of the chosen facts' words, by its beginning or its meaning (the facts' words alone). */
function unlisted(
  c: Context,
  word: string,
  beginnings: ReadonlySet<string> = c.beginnings,
  similarity = SAID_SIMILARITY,
): boolean {
  const { stopwords, roleWords } = c.lists;
  if (c.stated.has(word) || roleWords.has(word) || stopwords.has(word) || beginnings.has(beginning(word))) return false;
  const unit = c.unit(word);
  return unit === null || !c.factVectors.some((v) => cosine(unit, v) >= similarity);
}

/**
 * Whether the lists read a word as a term the chosen facts write ("paperwork" as "administrative"): the facts say it in
 * their own words. Not a term that names the topic: a word read as the topic itself is a kind of it ("license" of
 * certification), which the facts say only by its name.
 */
function termStated(c: Context, all: readonly string[], word: string): boolean {
  const term = c.lists.termOf(word);
  if (term === undefined || !c.stated.has(term) || namesTopic(c.topic, term)) return false;
  // A modifier before it the facts do not write names a kind of it ("power of attorney paperwork"): only the general
  // term is stated.
  const before = all[all.indexOf(word) - 1];
  const { stopwords, roleWords } = c.lists;
  return before === undefined || stopwords.has(before) || roleWords.has(before) || c.stated.has(before);
}

/**
 * Whether the chosen facts name a word letter for letter or by its beginning, not by a word close in meaning: what is
 * asked to count is counted by name ("paramedic" is close to "nurse", but no fact counts a paramedic's years).
 */
function namedByFacts(c: Context, word: string): boolean {
  return (
    c.stated.has(word) || c.lists.roleWords.has(word) || c.factBeginnings.has(beginning(word)) || derivedNamed(c, word)
  );
}

/** A verb's inflections: what is left is the verb, which a noun of the facts may be made from. */
const VERB_INFLECTION = /(?:ing|ed)$/;
/**
 * The fewest letters of a verb whose noun the facts write for it ("knowing" of "*know*ledge"). Lower meets more words
 * by chance; higher leaves short verbs ("know", "plan") unread.
 */
const MIN_VERB_LETTERS = 4;
/**
 * Whether a verb typed in an inflection ("is *knowing* the laws important") is written by the facts as a word made from
 * it ("*knowledge* of healthcare laws"): the verb, past its ending, begins a word of the chosen facts. Only an inflected
 * word is read so, so a name ("Maine") or a word that begins another ("case" of "caseload") is not.
 */
function derivedNamed(c: Context, word: string): boolean {
  const verb = word.replace(VERB_INFLECTION, '');
  if (verb === word || verb.length < MIN_VERB_LETTERS) return false;
  for (const written of c.stated) if (written.startsWith(verb)) return true;
  return false;
}

/** An aspect named for other topics only ("in Texas" is a gap of pay): said only by a fact that states its words. */
function aspectWords(c: Context, asked: Asked): Word[] {
  return asked.aspects.flatMap(({ words }) =>
    words.filter(
      ({ stem }) =>
        !c.lists.stopwords.has(stem) && !c.own.has(stem) && !c.stated.has(stem) && !c.beginnings.has(beginning(stem)),
    ),
  );
}

/** A rare word asked of a role that no list names, close to none of the facts' or the topic's words. */
function rareWords(c: Context, asked: Asked): Word[] {
  return asked.words.filter(({ stem, word }, i) => {
    if (c.stated.has(stem) || c.lists.listed.has(stem) || c.lists.stopwords.has(stem)) return false;
    const rank = c.vectors.rank(stem) ?? c.vectors.rank(word);
    // A word the vectors do not know before a noun the facts state: how near it is to the facts' own kind of it cannot
    // be read, so only someone's own ("his *neurologist* appointments") is theirs, which the facts name; otherwise it
    // names a kind asked ("help with *guardianship* paperwork", "a *dietetics* degree").
    if (rank === undefined) return !ownOfStated(c, asked, i) && unknownAsked(c, stem, word);
    if (rank < COMMON_WORD_RANK || c.beginnings.has(beginning(stem)) || kindOfStated(c, asked.all, stem)) return false;
    if (howPlaced(c, asked.all, stem)) return false;
    const unit = c.unit(c.vectors.has(stem) ? stem : word)!;
    return (
      !c.near.some((v) => cosine(unit, v) >= SAID_SIMILARITY) &&
      !c.comparing.some((v) => cosine(unit, v) >= COMPARING_SIMILARITY)
    );
  });
}

/**
 * Whether a word stands right before a noun the facts state, as a compound's modifier ("set up his *cardiology*
 * appts"): it says which of them, and the facts that name them answer it. Not before a role's own word ("mentoring
 * *as a care manager*" is no compound).
 */
function kindOfStated(c: Context, all: readonly string[], word: string): boolean {
  const head = all[all.indexOf(word) + 1];
  return head !== undefined && c.stated.has(head) && !c.lists.roleWords.has(head) && !c.lists.stopwords.has(head);
}

/**
 * Whether a word the vectors do not know, asked at `i`, only says which of what follows it: before a role's name
 * (slang: "is that *kinda* what care managers do"), or in someone's own thing the facts state ("*his* neurologist
 * appointments").
 */
function ownOfStated(c: Context, asked: Asked, i: number): boolean {
  const head = asked.words[i + 1]?.stem ?? '';
  if (c.lists.roleWords.has(head)) return true;
  const at = asked.all.indexOf(asked.words[i]!.stem);
  return c.stated.has(head) && POSSESSORS.has(asked.all[at - 1] ?? '');
}

/** English's clitics, typed without their apostrophe: "aren*t*", "they*re*", "we*ll*", "you*ve*", "i*m*". */
const CLITIC = /^(.+?)(nt|re|ll|ve|d|m|s)$/;
/** English's derivational prefixes, before the word they make another of: "*re*do", "*un*paid", "*over*time". */
const PREFIXED = /^(?:re|un|pre|non|over|under|mis|out|co|de|dis)(.+)$/;
/** Shorter words the vectors do not know are slang and shorthand ("tho", "pls"), asking nothing. */
const MIN_UNKNOWN_LETTERS = 4;

/**
 * A word the vectors do not know asked of a role: a name typed in lower case ("interqual") or a clipping ("auths")
 * the knowledge never writes, unsaid. Not a clipping of a word the knowledge writes ("psych", "admin"), not a grammar
 * word typed without its apostrophe ("arent", "theyre"), not a common word with a prefix ("redo"), not a short one
 * ("tho", slang). A typo of the knowledge's
 * words was corrected before.
 */
function unknownAsked(c: Context, stem: string, word: string): boolean {
  const clitic = CLITIC.exec(word.toLowerCase());
  if (clitic && c.lists.stopwords.has(clitic[1]!)) return false;
  // An English prefix on a common word ("*re*do") is a word of English the table lacks, no name.
  const base = PREFIXED.exec(word.toLowerCase())?.[1] ?? '';
  if (c.lists.stopwords.has(base) || (c.vectors.rank(base) ?? Infinity) < COMMON_WORD_RANK) return false;
  return stem.length >= MIN_UNKNOWN_LETTERS && !c.beginnings.has(beginning(stem)) && !c.clipped(stem);
}

/** A name no fact of the knowledge writes, nor a source's title ("Epic", "Texas"): no fact chosen states it. */
const nameWords = (c: Context, asked: Asked): Word[] => asked.names.filter(({ stem }) => !c.everyWord.has(stem));

/**
 * What makes a title asked to be the same job as a role other than the role's name ("*geriatric* care manager", "a
 * *patient navigator*"), when the chosen facts do not write it: whether two titles name one job is said only where the
 * facts name the title ("also called a *nurse case manager*"). Close meanings do not count: "aide" is near "nurse";
 * nor does a word the title's begins ("*coordinates* the overall care" names no care coordinator).
 */
const likenedWords = (c: Context, asked: Asked): Word[] =>
  asked.likened.filter(
    ({ stem }) => !c.lists.stopwords.has(stem) && !c.lists.roleNames.has(stem) && !c.stated.has(stem),
  );

/** A word of the topic's terms or a one-word synonym of one: "pay" is salary's own. */
/**
 * Whether a word is the topic's own name, a word of its id ("job *duties*" on the duties): it asks for the topic, which
 * every fact of it answers, whatever words another role's facts happen to use ("administrative duties").
 */
const namesTopic = (topic: TopicId, word: string) => topicIdStems(topic).includes(word);

/** The stems of a topic id's words, kept per id: the test runs on many words of every question. */
const stemsByTopicId = new Map<TopicId, string[]>();
function topicIdStems(topic: TopicId): string[] {
  let stems = stemsByTopicId.get(topic);
  if (!stems) {
    stems = tokenize(topic.replaceAll('-', ' ')).map(stem);
    stemsByTopicId.set(topic, stems);
  }
  return stems;
}

const ownWord = (c: Context, word: string) => c.own.has(word) || c.lists.topicSynonyms(c.topic).includes(word);

/** Prepositions of place, and the determiners a place's noun may take after them: "*in a* hospital". */
const LOCATIVES = new Set(['in', 'at', 'within', 'inside']);
/** The words a place's noun may have before it after its preposition: "in *a private* home", "at *the* hospital". */
const PLACE_MODIFIERS = 2;

/**
 * Whether a word is the place a preposition names ("can care managers work *in a hospital*"): a place the topic has
 * among its terms is still asked of the role, as a thing is, where the topic's name ("is there a *pay* difference") is
 * not; and only the facts naming it say it, as places are named: "nursing" is close to "hospital" in meaning.
 */
function placed(all: readonly string[], word: string, { roleWords, openers }: Lists): boolean {
  // Asked, in a yes-or-no question: "she's never *in an office*, is that normal?" says where one of them is.
  if (!openers.yesNo.has(all[0] ?? '')) return false;
  return all.some((w, i) => {
    if (w !== word) return false;
    // The place's noun ends its phrase: "in *nursing* homes", "at *a private* home".
    const from = Math.max(0, i - 1 - PLACE_MODIFIERS);
    const at = all.slice(from, i).findLastIndex((m) => LOCATIVES.has(m));
    // A place right after a role says which of them are meant ("case managers *at* Riverbend"), not where they work.
    return at >= 0 && !roleWords.has(all[from + at - 1] ?? '');
  });
}

/**
 * A place asked to be where a role is ("do case managers ever work *in hospice* settings", "are there jobs *in
 * schools*"): places are said only by name, so one the chosen facts do not name, by its word, the term a list reads it
 * as or the topic's own terms, is unsaid however near in meaning ("hospice" is near "hospital"). Not by its beginning:
 * "*hospi*ce" is no "*hospi*tal"; a clipping ("psych") is still the knowledge's word.
 */
function placeWords(c: Context, asked: Asked): Word[] {
  return asked.words.filter(
    ({ stem }) =>
      !c.lists.stopwords.has(stem) &&
      !c.lists.roleWords.has(stem) &&
      // Common places ("school", "field") are also idioms and a skill's object ("in the field"): read by meaning.
      (c.vectors.rank(stem) ?? Infinity) >= COMMON_WORD_RANK &&
      placed(asked.all, stem, c.lists) &&
      whereOneIs(c, asked.all, stem) &&
      !c.clipped(stem) &&
      !c.stated.has(stem) &&
      !c.stated.has(c.lists.termOf(stem) ?? '') &&
      !ownWord(c, stem) &&
      unlisted(c, stem, NO_BEGINNINGS, PLACE_SAME_SIMILARITY),
  );
}

/**
 * A place this close in meaning to a word of the chosen facts is theirs in other words ("psychiatric" of "mental
 * health"). Lower lets a place merely of the same world pass as named ("hospice" is near "hospital", a place of its
 * own); higher flags the facts' own places said another way.
 */
const PLACE_SAME_SIMILARITY = 0.75;
const NO_BEGINNINGS: ReadonlySet<string> = new Set();

/** Adverbs between the verb and its place: "work *mostly* in", "are they *ever* in". */
const PLACE_ADVERB = /ly$|^(?:ever|also|even|still|just|sometimes|often)$/;

/**
 * Whether the preposition before a place follows a word of working or being ("work in hospice", "jobs in schools"),
 * past adverbs: "good *at* delegating", "keep *in* touch" and a statement's "we do *in* hospice" place no role. A place
 * the facts name between them is the place ("in care homes / assisted living"): the word after it is another phrase.
 */
function whereOneIs(c: Context, all: readonly string[], word: string): boolean {
  const i = all.indexOf(word);
  const from = Math.max(0, i - 1 - PLACE_MODIFIERS);
  const at = all.slice(from, i).findLastIndex((w) => LOCATIVES.has(w));
  if (at < 0 || all.slice(from + at + 1, i).some((w) => c.stated.has(w) && !c.lists.stopwords.has(w))) return false;
  let before = from + at - 1;
  while (before > 0 && PLACE_ADVERB.test(all[before]!)) before -= 1;
  return WHERE_ONE_IS.has(all[before] ?? '');
}

/**
 * English's forms of being, and the verbs that say one stays or ends up somewhere, stemmed: "are they *stuck* in an
 * office", "do they *get* stuck at a desk".
 */
const BEING = new Set(['is', 'are', 'am', 'be', 'been', 'being', 'wa', 'were', 'get', 'got', 'getting', 'stay']);
/** Where one works or is, stemmed: the word a place's preposition follows ("*work* in", "*jobs* at", "*be* in"). */
const WHERE_ONE_IS = new Set([...['work', 'job', 'employed', 'based', 'stationed'].map(stem), ...BEING]);
/** Prepositions a place follows after a word of how one is there: "stuck *in* an office", "chained *to* a desk". */
const PLACED_BY = new Set([...LOCATIVES, 'behind', 'to']);

/**
 * Whether a word only says how the role is at a place the chosen facts name ("are case managers mostly *stuck* in an
 * office", "are they *based* in a facility"): after a form of being (past the role and adverbs), right before a
 * preposition of place and a place the facts say. What is asked is whether they are there, which the facts answer; the
 * word is the asker's feeling about it. A place the facts do not name ("stuck in a *cubicle*") is still unsaid itself.
 */
/** A word between a form of being and how the role is placed: the role's own words, grammar or an adverb. */
const passedToBeing = (c: Context, word: string) =>
  c.lists.roleWords.has(word) || c.lists.stopwords.has(word) || word.endsWith('ly');

function howPlaced(c: Context, all: readonly string[], word: string): boolean {
  const at = all.indexOf(word);
  if (at < 0 || !PLACED_BY.has(all[at + 1] ?? '')) return false;
  let before = at - 1;
  while (before >= 0 && !BEING.has(all[before]!) && passedToBeing(c, all[before]!)) before -= 1;
  if (!BEING.has(all[before] ?? '')) return false;
  const [place] = all.slice(at + 2, at + 3 + PLACE_MODIFIERS).filter((w) => !c.lists.stopwords.has(w));
  if (place === undefined) return false;
  // Said as the question's words are (rareWords): by the facts, in the term a list reads it as ("a desk" is an office),
  // or by a word close to their words or the topic's.
  const unit = c.unit(place);
  if (c.stated.has(place) || c.stated.has(c.lists.termOf(place) ?? '')) return true;
  return unit !== null && c.near.some((v) => cosine(unit, v) >= SAID_SIMILARITY);
}

/**
 * What the facts state of another role on the topic, and not of this one ("do care managers need a *license*": the
 * case managers' facts name it), but in the asker's own clause ("skills ... that I already use at the *bedside*"). A
 * name ("National Academy of *Certified* Care Managers") states nothing. A common word counts only as what is asked of
 * the role ("do they help the *families* too"), and not when it is the topic's own ("is there a *pay* difference"): it
 * must be said in words nearer to it (COMMON_SAID_SIMILARITY).
 */
function otherRolesWords(c: Context, asked: Asked): Word[] {
  const object = new Map(asked.words.map(({ stem, word }) => [stem, word]));
  return asked.all
    .filter(
      (word) =>
        c.othersSay.has(word) &&
        !asked.askersOwn.includes(word) &&
        !termStated(c, asked.all, word) &&
        !namesTopic(c.topic, word) &&
        ((c.vectors.rank(word) ?? 0) >= COMMON_WORD_RANK
          ? unlisted(c, word, c.factBeginnings)
          : object.has(word) &&
            (placed(asked.all, word, c.lists)
              ? !namedByFacts(c, word)
              : !ownWord(c, word) && unlisted(c, word, c.factBeginnings, COMMON_SAID_SIMILARITY))),
    )
    .map((word) => ({ stem: word, word: object.get(word) ?? word }));
}

/**
 * A quality of the asker's ("I'm blunt") or a thing asked to count ("does volunteer work count"): the facts list what
 * is needed, and one they do not name is not said, even a word the vectors do not know. What is asked to count ends
 * with its kind, a word of the topic's own ("my ICU *experience*", "a kinesiology *degree*"); the words before it say
 * which, and one of them the facts name (by name: namedByFacts, the facts' own words and not the topic's) answers it.
 * Everyday words ("volunteer *work*", "my *time* as") name nothing, and the topic's own words ("need to be *good* at
 * delegating") do not say which.
 */
function askerWords(c: Context, asked: Asked): Word[] {
  const traits = asked.traits.filter((word) => unlisted(c, word)).map((word) => ({ stem: word, word }));
  // A requirement stated as the whole rule decides whether anything else is enough ("is my LPN enough to be a case
  // manager": it requires an associate degree in nursing), though not whether something else is needed too.
  if (!c.byExample && asked.toCount.every(({ needed }) => !needed)) return traits;
  const counted = asked.toCount.filter(({ stem }) => !c.lists.stopwords.has(stem));
  const kind = counted.at(-1)?.stem ?? '';
  // A kind the facts count whatever it is ("must include *an internship*") counts "my MSW internship" too.
  if (c.own.has(kind) && c.anyOf.has(kind)) return traits;
  // The kind is the topic's own word, or one the facts write as a kind ("my aide *experience* ... for the
  // certification": its facts count "RN experience"): either way only the words before it say which. A word the facts
  // write only before a noun ("*nursing* experience") is a field, which "ER nursing" names as the facts do. Of a kind
  // not the topic's own, which one is said by a word any fact of the knowledge writes ("psych" degree, on education).
  const byHead = !c.own.has(kind) && counted.length > 1 && c.heads.has(kind);
  const which = c.own.has(kind) || byHead ? counted.slice(0, -1) : counted;
  const telling = which.filter(({ stem, field }) =>
    stem.split(' ').some((word) => !everydayWord(c, word, field) && !c.own.has(word)),
  );
  return [...traits, ...(telling.length > 0 && !which.some((w) => titleNamed(c, byHead, w)) ? telling : [])];
}

/** A field of study is one whatever its word: "an associates in *business*" names one as "in *sociology*" does. */
const everydayWord = (c: Context, word: string, field = false) => !field && !c.own.has(word) && isEveryday(word);

/** A word of a kind said by its head, written anywhere in the knowledge. */
const writtenAnywhere = (c: Context, byHead: boolean, word: string) =>
  byHead && (c.written.has(word) || c.clipped(word));

/** A title of the asker's is what its head noun is: a "nurse *aide*" is an aide, an "ER *nurse*" a nurse. */
const titleNamed = (c: Context, byHead: boolean, { stem, field }: Word & { field?: boolean }) =>
  (field ? stem.split(' ') : stem.split(' ').slice(-1)).some(
    (word) => !everydayWord(c, word, field) && (namedByFacts(c, word) || writtenAnywhere(c, byHead, word)),
  );

/**
 * Whether a question asks for an amount: any but a yes-or-no question that names no figure and compares nothing ("is
 * the pay good?", "do they help patients figure out how to pay"), which a fact without a figure answers or not.
 * "do case managers make six figures" and "do they get paid more than bedside nurses" ask one.
 */
const COMPARING = new Set(
  [
    'better',
    'best',
    'more',
    'most',
    'less',
    'higher',
    'lower',
    'than',
    'compare',
    'compared',
    'comparing',
    'vs',
    'versus',
  ].map(stem),
);
const NAMES_NUMBER = new RegExp(`^${NUMBER}k?$`, 'i');
/**
 * A sum of money typed in a question ("would either of them clear *60k*", "a couple *grand*", "$70,000"): set against
 * roles compared, it asks each one's figure.
 */
const MONEY_NAMED = /^\$?(?:\d[\d,.]*k|\d{2,3},?\d{3})$|^grand$/i;
const namesMoney = (word: string) => MONEY_NAMED.test(word);
function asksAmount(asked: Asked, yesNoOpeners: ReadonlySet<string>): boolean {
  const yesNo = yesNoOpeners.has(asked.all[0] ?? '');
  return !yesNo || asked.all.some((word) => COMPARING.has(word) || NAMES_NUMBER.test(word));
}

/**
 * How much one role's figure differs from another's ("how much more do case managers make", "by how much?"): an
 * amount for each role compared, where "which pays more" asks only which.
 */
function asksDifference(all: readonly string[]): boolean {
  const at = all.findIndex((word, i) => word === 'how' && all[i + 1] === 'much');
  return at >= 0 && (all[at - 1] === 'by' || all.slice(at + 2).some((word) => COMPARING.has(word)));
}

/**
 * A yes-or-no question that names no figure and only compares ("is a case manager's pay higher?"): a fact that
 * compares for that role ("higher annual pay than care managers") answers it, figure or not, unless the question
 * names what to compare with.
 */
/** What may follow the "like" of "what is X like": nothing, or whom or where it is like that for. */
const AFTER_LIKE = new Set(['', 'for', 'in', 'at', 'with']);
function answeredByComparison(asked: Asked, yesNoOpeners: ReadonlySet<string>): boolean {
  const { all } = asked;
  // "... more than bedside nurses" names what to compare with, which the fact may not.
  if (all.some((word) => NAMES_NUMBER.test(word) || word === 'than')) return false;
  // Which way it compares, whatever opens the sentence ("what about case managers, is their pay *higher or lower*?"),
  // but not by how much ("how much more"); and how the pay is ("what's the compensation *like*?"), not what it is.
  const whichWay = !all.includes('how') && all.some((word) => COMPARING.has(word));
  const howItIs = all[0] === 'what' && all.some((word, i) => word === 'like' && AFTER_LIKE.has(all[i + 1] ?? ''));
  return yesNoOpeners.has(all[0] ?? '') || whichWay || howItIs;
}

/**
 * The words only an alternative clause about what was asked asks ("do they need to be certified *or is it optional*",
 * "... or is that strictly SW's job"): a second guess at the same answer, which the facts give or not. One about the
 * role ("... or are they kind of independent") asks something of its own.
 */
const RESTATING = new Set(['it', 'that', 'this']);
function onlyInAlternative(all: readonly string[], yesNoOpeners: ReadonlySet<string>): Set<string> {
  const at = all.findIndex(
    (word, i) => word === 'or' && yesNoOpeners.has(all[i + 1] ?? '') && RESTATING.has(all[i + 2] ?? ''),
  );
  if (at < 0) return new Set();
  const before = new Set(all.slice(0, at));
  return new Set(all.slice(at + 1).filter((word) => !before.has(word)));
}

/**
 * English's subordinators of time and condition: the clause they open after an alternative says when the alternatives
 * hold ("give meds or do any nursing *when they're at the patient's home*"), not one of them, so it answers none.
 */
const CIRCUMSTANCE = new Set(['when', 'whenever', 'while', 'if', 'once', 'until']);
/**
 * An alternative open to anything of its kind ("Epic *or some other system*", "... or something else", "or another
 * one"): it names none, so a fact writing its kind's word does not answer which; what was named before it is asked.
 */
const OPEN_ALTERNATIVE = /^(?:(?:some|any|an|the) )?(?:other|another|something|anything|whatever)(?: |$)/;

/**
 * The people a role serves, as a question names them: the patient or client, a person, the asker's relatives and
 * their family (KIN). Stemmed.
 */
const SERVED = new Set([...['patient', 'client', 'person', 'people', 'family', 'families'].map(stem), ...KIN]);
/** Prepositions before the party an alternative names last: "employed *by* the family", "work *for* the hospital". */
const PARTY_AFTER = new Set(['by', 'for']);

/**
 * Whether an alternative names only the people the role serves ("do they work for the hospital *or the patient*",
 * "employed *by the family* or by a hospital"), read from its last preposition on, and the chosen facts name such
 * people ("work for their *clients*"): the facts say it is them, whichever word the asker used for them.
 */
function servedNamed(c: Context, part: readonly string[]): boolean {
  const from = part.findLastIndex((word) => PARTY_AFTER.has(word)) + 1;
  const named = part.slice(from).filter((word) => SERVED.has(word) || !c.lists.stopwords.has(word));
  return named.length > 0 && named.every((word) => SERVED.has(word)) && [...SERVED].some((w) => c.stated.has(w));
}

/**
 * The words of the other alternatives, when the facts state one of a question's alternatives ("are they based in one
 * facility *or* do they go wherever the patient is", "direct or indirect care", "per year or per hour"): the facts
 * answer which. An alternative is stated when the chosen facts write a word of it, letter for letter, that the
 * question's other alternatives do not share, and none of its words is unsaid ("scrubs or business casual": neither is).
 */
function answeredAlternative(c: Context, all: readonly string[], unsaid: ReadonlySet<string>): Set<string> {
  const parts: string[][] = [[]];
  let circumstance = false;
  for (const word of all) {
    if (word === 'or') parts.push([]);
    else if (!circumstance) parts.at(-1)!.push(word);
    // One before the first "or" may open the question itself ("wondering *if* they need a license or ...").
    circumstance = word !== 'or' && (circumstance || (parts.length > 1 && CIRCUMSTANCE.has(word)));
  }
  if (parts.length < 2) return new Set();
  const stated = parts.find((part) => {
    if (OPEN_ALTERNATIVE.test(part.join(' '))) return false;
    const words = alternativeOwn(c, parts, part);
    return (
      (words.some((word) => c.stated.has(word)) || servedNamed(c, part)) && !words.some((word) => unsaid.has(word))
    );
  });
  return new Set(
    stated ? parts.filter((part) => part !== stated).flatMap((part) => alternativeOwn(c, parts, part)) : [],
  );
}

/** An alternative's own words: no grammar, no role's word, no opener, none another alternative has too. */
const alternativeOwn = (c: Context, parts: readonly string[][], part: string[]) =>
  part.filter(
    (word) =>
      !c.lists.stopwords.has(word) &&
      !c.lists.roleWords.has(word) &&
      !c.lists.openers.yesNo.has(word) &&
      !parts.some((other) => other !== part && other.includes(word)),
  );

/**
 * What language.json names as none of the topics ("PTO", "software") and no fact of the knowledge writes, asked in a
 * question that was answered anyway ("how much vacation time do care managers get"): asked of the role, and unsaid.
 * Before the question opens ("interview q: what strengths ...") it frames it; right after a role ("our case manager
 * *opening*", "in care manager *interviews*") it is the asker's own, which the role qualifies: neither is asked.
 */
function offTopicWords(c: Context, asked: Asked): Word[] {
  const { all } = asked;
  const { wh, yesNo } = c.lists.openers;
  const opens = all.findIndex((word) => wh.has(word) || yesNo.has(word));
  const phrases = all.flatMap((word, i) =>
    i < opens || c.lists.roleWords.has(all[i - 1] ?? '') || asked.askersOwn.includes(word)
      ? []
      : [word, `${word} ${all[i + 1] ?? ''}`],
  );
  return phrases
    .filter((phrase) => c.lists.offTopic.has(phrase) && !phrase.split(' ').some((word) => c.written.has(word)))
    .map((phrase) => ({ stem: phrase, word: phrase }));
}

/**
 * A question that ranks or weighs things against each other: "ANCC vs CCMC, which is better", "is an MSW better than
 * a BSW", "which of those skills is the most important" ("the most"; "most of their time" ranks nothing). "vs" alone
 * sets two things side by side ("the breakdown, supervised vs direct care"), which facts naming each answer.
 */
const RANKING = new Set(['better', 'worse'].map(stem));
/** English's degree words: "the *most* important", "the *more* recognized", "*less* stressful". */
const SUPERLATIVES = new Set(['most', 'least']);
const COMPARATIVES = new Set(['more', 'less']);
/**
 * How far before a superlative its "the" may be: "the *single* most important", "the *very* least". Higher takes more
 * "the"s that belong to a noun before it; lower misses a word of emphasis between.
 */
const SUPERLATIVE_AFTER_THE = 2;
/**
 * Ranking, besides "better" and "worse": a superlative after "the" ("the single most important skill"), a comparative
 * that picks one of two after "the" ("is CCM or ACM *the more* recognized"), or one asked of alternatives offered
 * ("*which* is more respected, the ANCC *or* the CCMC").
 */
function asksToRank(all: readonly string[]): boolean {
  const offered = all.includes('which') && all.includes('or');
  return all.some(
    (word, i) =>
      RANKING.has(word) ||
      (SUPERLATIVES.has(word) && all.slice(Math.max(0, i - SUPERLATIVE_AFTER_THE), i).includes('the')) ||
      (COMPARATIVES.has(word) && (all[i - 1] === 'the' || offered)),
  );
}
/** What states a comparison in a fact: "higher annual pay than", "employers prefer", "unlike a case manager". */
const COMPARES = /\b(?:than|prefer\w*|more|less|higher|lower|better|best|most|unlike|whereas)\b/i;

/**
 * A comparison asked where none of the chosen facts compares anything, in words or by giving two amounts side by side.
 * Asked of one role only: comparing the two roles is what the facts of both answer.
 */
function unranked(chosen: ReadonlyArray<{ text: string }>, asked: Asked): boolean {
  if (!asksToRank(asked.all) || chosen.some((fact) => COMPARES.test(fact.text))) return false;
  return chosen.filter((fact) => AMOUNT.test(fact.text)).length < 2;
}

/**
 * A rate by the hour, week or month ("per hour?", "is the pay hourly or salaried"), where no chosen fact names that
 * unit (the article's pay is per year). "A day" is left out: "a day in the life" asks about the work, not a rate.
 */
const RATE = /(?:^| )(?:per|an?|each) (hour|week|month)(?: |$)|(?:^| )(hour|week|month)ly(?: |$)/;
/** A rate by any unit, "per" and a noun ("paid *per client*", "*per visit*"), but a role's ("per case manager"). */
const PER = /(?:^| )per (\p{L}+)(?: |$)/u;
function rateWords(c: Context, asked: Asked): Word[] {
  const text = asked.all.join(' ');
  const rate = RATE.exec(text) ?? PER.exec(text);
  const unit = rate?.[1] ?? rate?.[2];
  if (unit && (c.lists.stopwords.has(unit) || c.lists.roleWords.has(unit))) return [];
  return unit && !c.stated.has(unit) ? [{ stem: unit, word: rate![0].trim() }] : [];
}

/**
 * The words as the question wrote them ("Texas", not "texas"), where it wrote them letter for letter; otherwise as
 * read (an apostrophe or an accent dropped). The gap line quotes them.
 */
export function asWritten(question: string, unsaid: Unsaid): Unsaid {
  if (unsaid.kind === 'which') {
    const escaped = unsaid.what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return {
      kind: 'which',
      what: question.match(new RegExp(`(?<!\\p{L})(?:which|what)\\s+(${escaped}\\p{L}*)`, 'iu'))?.[1] ?? unsaid.what,
    };
  }
  if (unsaid.kind !== 'words' && unsaid.kind !== 'against') return unsaid;
  const lower = ASCII.test(question) ? question.toLowerCase() : null;
  return { kind: unsaid.kind, words: unsaid.words.map((word) => writtenIn(question, lower, word)) };
}

/** A word as the question writes it; `lower` the question in lower case when it is ASCII, else null. */
function writtenIn(question: string, lower: string | null, word: string): string {
  if (lower !== null && ASCII.test(word) && word !== '') return writtenInAscii(question, lower, word) ?? word;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return question.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'))?.[0] ?? word;
}

const ASCII = /^[\x00-\x7f]*$/;
/** An ASCII letter or digit: in ASCII text, what \p{L} and \p{N} match. */
const ASCII_WORD_CHARACTER = /[A-Za-z0-9]/;

/**
 * What asWritten's pattern finds, for an ASCII question and word, without building a pattern for each word: the
 * first place the word is written in any case, not inside a longer word or number. `lower` is the question in lower case.
 */
function writtenInAscii(question: string, lower: string, word: string): string | undefined {
  const wanted = word.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (!inWordAt(lower, at - 1) && !inWordAt(lower, at + wanted.length)) return question.slice(at, at + wanted.length);
  }
  return undefined;
}

/** Whether the character at `at` is inside the text and a letter or digit. */
const inWordAt = (lower: string, at: number) => at >= 0 && at < lower.length && ASCII_WORD_CHARACTER.test(lower[at]!);

/**
 * The kind of answer a question's grammar asks for, beyond a time, a count or an amount, where no chosen fact gives
 * one of that kind:
 * - the names of a kind: "*which states* require five years". The facts that write the kind only after a word that
 *   counts it ("*some* states", "*each* state", `COUNTING_WORDS`) and name none of it ("such as ...") do not say which.
 * - whom a role answers to: "who supervises a case manager", "do they report to the unit manager": given only by a
 *   fact that writes such a relation (`SUPERIOR_STATED`); and whom it is over ("do they supervise the aides",
 *   `SUBORDINATES_STATED`).
 * - whether a figure is current ("is the $58,670 figure current for this year?"): given only by a year in a fact.
 */
function unansweredType(chosen: ReadonlyArray<{ text: string }>, lists: Lists, asked: Asked): Unsaid | null {
  const { all } = asked;
  const kind = kindAskedByName(all, lists);
  if (kind && onlyCounted(chosen, kind)) return { kind: 'which', what: kind };
  const text = all.join(' ');
  if (SUPERIOR_ASKED.test(text) && !chosen.some((fact) => SUPERIOR_STATED.test(fact.text))) return { kind: 'superior' };
  if (SUBORDINATES_ASKED.test(text) && !chosen.some((fact) => SUBORDINATES_STATED.test(fact.text)))
    return { kind: 'subordinates' };
  if (asksIfCurrent(all, lists.openers.yesNo) && !chosen.some((fact) => IN_YEAR.test(fact.text)))
    return { kind: 'time', asked: 'when' };
  return null;
}

/** "which states", "what employers": the kind whose names are asked for, the word right after "which" or "what". */
const ASKS_WHICH = new Set(['which', 'whi', 'what']);
function kindAskedByName(all: readonly string[], lists: Lists): string | null {
  const at = all.findIndex((word) => ASKS_WHICH.has(word));
  const kind = at >= 0 ? all[at + 1] : undefined;
  if (!kind || lists.stopwords.has(kind) || lists.roleWords.has(kind) || lists.openers.yesNo.has(kind)) return null;
  return kind;
}

/**
 * Words that count a kind without naming any of it ("*some* states", "*each* state", "*many* employers"). A fact that
 * writes the kind only after one of them, and lists none of it ("such as", "including", "like", a colon), says there
 * are such, not which.
 */
/** A fact's words and their stems, read once per fact: the checks below ask them on every question. */
const wordsOfFacts = new WeakMap<{ text: string }, { words: string[]; stems: string[] }>();
function factWords(fact: { text: string }): { words: string[]; stems: string[] } {
  let known = wordsOfFacts.get(fact);
  if (!known) {
    const words = tokenize(fact.text);
    known = { words, stems: words.map(stem) };
    wordsOfFacts.set(fact, known);
  }
  return known;
}

/** English's verb of inclusion, stemmed: "does the five years *include* school", "is school *included*". */
const INCLUDING = new Set(['include', 'included']);
/** A fact that says what a thing includes: its objects are the whole of what it says is in it. */
const INCLUSION_STATED = /\binclud/i;
/**
 * Words after the verb what is asked to be included may run to ("the time *in school*"). More reads the next clause
 * as asked; fewer misses the noun of a longer phrase.
 */
const INCLUDED_WORDS = 4;

/**
 * What a yes-or-no question asks a thing of the facts to include ("does that five years *include school*", "does the
 * 5 yrs include the time in school"), when chosen facts say what it includes ("three years must include an
 * internship"): one of the words asked must be among theirs, by its word or its beginning. The facts listing what is
 * included leave the rest out, so a word they do not write is unsaid however common ("school"). Everyday words ("time",
 * "work") say which only when nothing else is asked. Facts that include nothing leave it to the other readings.
 */
function includedUnsaid(chosen: ReadonlyArray<{ text: string }>, lists: Lists, all: readonly string[]): string[] {
  const verb = all.findIndex((word) => INCLUDING.has(word));
  if (verb < 1 || !all.slice(0, verb).some((word) => lists.openers.yesNo.has(word))) return [];
  const including = chosen.filter((fact) => INCLUSION_STATED.test(fact.text));
  if (including.length === 0) return [];
  const asked = all
    .slice(verb + 1, verb + 1 + INCLUDED_WORDS)
    .filter((word) => !lists.stopwords.has(word) && !lists.roleWords.has(word) && !/\d/.test(word));
  const telling = asked.filter((word) => !isEveryday(word));
  const which = telling.length > 0 ? telling : asked;
  const stated = new Set(including.flatMap((fact) => factWords(fact).stems.map(beginning)));
  return which.some((word) => stated.has(beginning(word))) ? [] : which;
}

/** Words that count a kind without naming its members ("some states"); relation.ts has its own, other list. */
const COUNTING_WORDS = new Set([
  'some',
  'each',
  'every',
  'many',
  'several',
  'certain',
  'various',
  'most',
  'few',
  'all',
]);
const LISTS_THEM = /\b(?:such as|including|like)\b|:/i;
function onlyCounted(chosen: ReadonlyArray<{ text: string }>, kind: string): boolean {
  let written = 0;
  for (const fact of chosen) {
    const { words, stems } = factWords(fact);
    for (let i = 0; i < words.length; i += 1) {
      if (stems[i] !== kind) continue;
      written += 1;
      if (!COUNTING_WORDS.has(words[i - 1] ?? '') || LISTS_THEM.test(fact.text)) return false;
    }
  }
  return written > 0;
}

/**
 * Whom a role answers to: "who supervises ...", "who do they report to", "do they report to the unit manager", "their
 * boss"; stated only by a fact that writes such a relation, not by "supervised experience".
 */
const SUPERIOR_ASKED =
  /(?:^| )(?:report (?:to|directly)|supervisor|supervised by|overseen by|answer to|boss)(?: |$)|^who (?:\w+ )?(?:supervise|supervised|oversee|oversees|manage)(?: |$)/;
const SUPERIOR_STATED = /\b(?:reports? (?:to|directly)|supervisors?|supervised by|overseen by|answers? to|boss)\b/i;
/**
 * Whom a role is over, the same relation the other way: "do they *supervise* the floor nurses", "does a case manager
 * *oversee* the aides" (the verb asked of the role; "supervised experience" is a kind of experience, no relation).
 * Stated only by a fact that writes it ("supervises the unit's aides", "in charge of the team"); a skill such as "team
 * leadership" says what helps, not whom they are over.
 */
const SUBORDINATES_ASKED =
  /(?:^| )(?:supervise|supervises|supervising|oversee|oversees|overseeing)(?: (?!experience)|$)/;
const SUBORDINATES_STATED =
  /\b(?:supervis(?:e|es|ing|ors?)|oversees?|overseeing|in charge of|manages? (?:a |the )?(?:team|staff))\b/i;

/**
 * Who bears a cost: a party asked to pay for, cover, fund or sponsor a thing ("does *medicaid pay for* a care
 * manager", "will *the hospital cover* the exam fee", "who pays for the cert"), or a thing asked to be free ("is the
 * hospital one *free for us*"). A fact saying what a role earns says what it is paid, not who pays for its services
 * or its schooling; stated only by a fact that writes such a relation (`PAYER_STATED`: "paid by", "covers",
 * "reimburses", "free"). "Who pays a care manager" (no "for") asks whom they work for, which their facts say.
 */
const PAYING = new Set(['pay', 'pays', 'cover', 'covers', 'fund', 'funds', 'sponsor', 'sponsors'].map(stem));
/** Of the verbs above, those that take what is paid for after "for" ("pay for"); the others take it as object. */
const PAYING_FOR = new Set(['pay', 'pays'].map(stem));
/**
 * Words right before "pay" that make it a noun ("extra *pay* for", "get more *pay*"): determiners, possessives,
 * comparatives, "get". English's closed classes, so the noun of a salary question is not read as who pays.
 */
const PAY_AS_NOUN = new Set(
  ['a', 'an', 'the', 'any', 'some', 'my', 'your', 'their', 'our', 'his', 'her', 'extra', 'more', 'less', 'better']
    .concat(['higher', 'lower', 'get', 'gets', 'got', 'of', 'in', 'on', 'with', 'much'])
    .map(stem),
);
/** Verbs that open a question whose subject can be the party that pays ("*does* medicaid pay"), not "is there". */
const DOING = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might'].map(stem));
const BEING_FREE = new Set(['is', 'are', 'was', 'were', 'would', 'will'].map(stem));
const PAYER_STATED =
  /\b(?:paid (?:for )?by|pays? for|paying for|covers?|covered|reimburs\w*|fund(?:s|ed|ing)?|free|no cost|out of pocket|sponsor\w*)\b/i;
function payerAsked(all: readonly string[], lists: Lists): boolean {
  const opener = all[0] ?? '';
  const asksWho = opener === 'who';
  const at = all.findIndex((word, i) => i > 0 && PAYING.has(word));
  if (at > 0 && (asksWho || DOING.has(opener))) {
    if (PAYING_FOR.has(all[at]!) && (all[at + 1] !== 'for' || PAY_AS_NOUN.has(all[at - 1]!))) return false;
    const subject = all.slice(1, at);
    if (asksWho) return subject.length === 0;
    const ofThing = !PAYING_FOR.has(all[at]!);
    return !subject.some((word) => isRole(word, lists)) && subject.some((word) => isParty(word, lists, ofThing));
  }
  const free = all.indexOf('free');
  return (
    BEING_FREE.has(opener) &&
    free > 1 &&
    all.slice(free + 1).every((word) => lists.stopwords.has(word) || SERVED.has(word))
  );
}
const isRole = (word: string, lists: Lists) => lists.roleWords.has(word) || lists.roleNames.has(word);
/**
 * A word that can name a party who pays: a grammar word only if it names the people a role serves. Before "cover"
 * or "fund", which a thing does too ("would my MSW *cover* the education part"), not a word the lists name.
 */
const isParty = (word: string, lists: Lists, ofThing: boolean) =>
  (!lists.stopwords.has(word) || SERVED.has(word)) && !(ofThing && lists.listed.has(word));

/**
 * Whether a yes-or-no question asks if a figure is current ("is the $58,670 figure *current* for this year?", "are
 * those numbers *up to date*"): a figure named, then a word of currency. "do I need a *current* license" names none.
 */
const CURRENCY =
  /(?:^| )(?:current|up to date|outdated|out of date|recent|still accurate|still valid|this year)(?: |$)/;
const FIGURE_NAMED = /(?:^| )(?:figure|number|data|stat|statistic|amount|salary|average|pay|\d[\d,.]*)(?: |$)/;
function asksIfCurrent(all: readonly string[], yesNoOpeners: ReadonlySet<string>): boolean {
  if (!yesNoOpeners.has(all[0] ?? '')) return false;
  const text = all.join(' ');
  const figure = FIGURE_NAMED.exec(text);
  return figure !== null && CURRENCY.test(text.slice(figure.index + figure[0].length - 1));
}

/**
 * A figure the facts say depends on something ("One to two years ..., *depending on your degree*") gives a range,
 * not the figure for one case. "Each state has its own requirements" is not read so: it ties no figure to the asker. A question that asks how much, how
 * many or how long (`QUANTITY_ASKED`) for a case it states (`CASE_STATED`: "if I have a master's", "I have an MSW",
 * "my state") asks what the facts leave open: what it depends on is returned, to name in the line.
 */
const DEPENDS = /\b(?:depending|depends?|dependent) (?:on|upon) (?:your |the |their |its |a |an )?([\p{L}-]+)/iu;
/** "Each state has its own requirements": a rule per state, said of no state in particular (`dependedOn`). */
const EACH_OWN = /\beach ([\p{L}-]+) (?:has|sets) (?:its|their) own\b/iu;
const QUANTITY_ASKED = /(?:^| )how (?:much|many|long)(?: |$)/;
const CASE_STATED = /(?:^| )(?:if|i (?:have|hold|got|ve|m|am)|ive|im|my)(?: |$)/;
function dependsOnCase(
  chosen: ReadonlyArray<{ text: string }>,
  { all, before }: Asked,
  yesNoOpeners: ReadonlySet<string>,
): string | null {
  const text = all.join(' ');
  if (!QUANTITY_ASKED.test(text) || !CASE_STATED.test([...before, '', ...all].join(' '))) return null;
  for (const fact of chosen) {
    const on = DEPENDS.exec(fact.text);
    if (!on) continue;
    // A yes-or-no question naming what the figure depends on ("does my *degree* level change how much ...") asks
    // whether it does, which the fact says; it asks no figure for the asker's own case.
    const kind = stem(on[1]!.toLowerCase());
    if (yesNoOpeners.has(all[0] ?? '') && all.includes(kind)) return null;
    return on[1]!.toLowerCase();
  }
  return null;
}

/**
 * What the knowledge says things depend on ("each *state* has its own requirements", "depending on your *degree*"),
 * stemmed. Asked of a topic whose chosen facts never write it ("is the CCM valid in every *state*", "does the cert
 * transfer between *states*"), it is unsaid: the facts that tie a figure to it speak of another thing. A kind asked of
 * facts that write it ("does that vary by state" after the experience) is theirs to answer.
 */
function dependedOn(kb: KnowledgeBase): Set<string> {
  const kinds = new Set<string>();
  for (const topic of Object.values(kb.topics))
    for (const facts of Object.values(topic.facts))
      for (const fact of facts ?? []) {
        for (const on of [DEPENDS.exec(fact.text), EACH_OWN.exec(fact.text)])
          if (on) kinds.add(stem(on[1]!.toLowerCase()));
      }
  return kinds;
}
function kindUnsaid(
  kinds: ReadonlySet<string>,
  chosen: ReadonlyArray<{ text: string }>,
  all: readonly string[],
): string | null {
  const asked = all.filter((word) => kinds.has(word));
  if (asked.length === 0) return null;
  const written = new Set(chosen.flatMap((fact) => factWords(fact).stems));
  return asked.find((kind) => !written.has(kind)) ?? null;
}

/** Words before "than" that compare ("more", "less", "better", "worse", or an adjective's "-er" form: "safer"). */
const comparative = (word: string) =>
  COMPARING.has(word) || word === 'worse' || (/\p{L}{3}er$/u.test(word) && !NOT_COMPARATIVE.has(word));
/** Words in "-er" before "than" that compare nothing: "other than", "rather than". */
const NOT_COMPARATIVE = new Set(['other', 'rather']);
/**
 * How far before "than" its comparative may be: "more *stressful* than", "*less* of a grind than". Higher finds
 * comparatives further off, and more "than"s that compare nothing; lower misses those with words between.
 */
const COMPARATIVE_WITHIN = 3;
/** A pronoun after "than" opens a clause ("than I thought", "than they do"), no thing compared with. */
const CLAUSE_SUBJECTS = new Set(['i', 'you', 'u', 'we', 'they', 'he', 'she', 'it', 'what', 'that', 'this']);

/**
 * What a role is set against, after a comparative and "than" ("is it safer *than the ER*", "calmer than *the ED
 * floor*"): when it is none of our roles and none of its rarer words (`COMMON_WORD_RANK`) is one the chosen facts or
 * the topic name, the facts cannot say how the role compares with it. Roles set against each other ("more than care
 * managers") are the facts' to answer; a sum ("more than 60k") asks a figure, read as one.
 */
function comparedWith(c: Context, asked: Asked): Word[] {
  const { all } = asked;
  const at = all.findIndex(
    (word, i) => word === 'than' && all.slice(Math.max(0, i - COMPARATIVE_WITHIN), i).some(comparative),
  );
  if (at < 0 || CLAUSE_SUBJECTS.has(all[at + 1] ?? '')) return [];
  const end = all.findIndex((word, i) => i > at && PHRASE_ENDS.has(word));
  const standard = all.slice(at + 1, end < 0 ? undefined : end);
  if (standard.some((word) => c.lists.roleNames.has(word) || c.lists.roleWords.has(word))) return [];
  const telling = standard.filter(
    (word) =>
      !c.lists.stopwords.has(word) && !/\d/.test(word) && (c.vectors.rank(word) ?? Infinity) >= COMMON_WORD_RANK,
  );
  const named = telling.some((word) => namedByFacts(c, word) || c.own.has(word));
  return named ? [] : telling.map((word) => ({ stem: word, word }));
}

/** Words that set a figure beside what follows them, with the preposition they take ("compared to", "vs"). */
const SET_BESIDE = new Map<string, readonly string[]>([
  ['compared', ['to', 'with']],
  ['comparable', ['to', 'with']],
  ['relative', ['to']],
  ['vs', []],
  ['versus', []],
]);
/** Words of a figure falling, beside the comparatives and DIFFERS: a pay *cut*, a *drop*. */
const FALLS = new Set(['cut', 'drop', 'decrease'].map(stem));
/** What may open a standard and says nothing of it: "than *as* a teacher", "compared to *the* floor". */
const STANDARD_OPENS = new Set(['as', 'a', 'an', 'the', 'my', 'our', 'your']);
/** The pro-forms for a role's holders: "than the non-RN *ones*" sets the role against its own. */
const HOLDERS = new Set(['one', 'ones']);

/**
 * Where the standard of a comparison starts: after a comparative's "than" (comparedWith), "compared to/with",
 * "comparable to", "vs", or "from" when the move it opens ends "to/into" and the sentence says the figure differs ("a
 * pay cut going *from* ICU to case management"). -1 when there is none.
 */
function standardStart(all: readonly string[]): number {
  const than = all.findIndex(
    (word, i) => word === 'than' && all.slice(Math.max(0, i - COMPARATIVE_WITHIN), i).some(comparative),
  );
  if (than >= 0) return than + 1;
  const beside = all.findIndex((word, i) => {
    const takes = SET_BESIDE.get(word);
    return takes !== undefined && (takes.length === 0 || takes.includes(all[i + 1] ?? ''));
  });
  if (beside >= 0) return beside + ((SET_BESIDE.get(all[beside]!)?.length ?? 0) > 0 ? 2 : 1);
  const from = all.indexOf('from');
  if (from < 0) return -1;
  const to = all.findIndex((word, i) => i > from && (word === 'to' || word === 'into'));
  const differs = to > from + 1 && all.some((word) => comparative(word) || DIFFERS.has(word) || FALLS.has(word));
  return differs ? from + 1 : -1;
}

/**
 * What a figure is set against (issue 18, round 15): "do care managers make more than *floor nurses*", "the pay
 * compared to *staff RN*", "a pay cut going from *ICU* to case management", "than as *a teacher*". On a topic whose
 * facts give amounts, a standard that names none of our roles (nor their holders, "the RN *ones*") and none of whose
 * rarer words (`COMMON_WORD_RANK`; the topic's own are "pay") the chosen facts write outside a title of our roles ("*nurse*
 * case managers" names the role, not nurses): the facts give the roles' figures, no one else's. The standard's words.
 */
function setAgainst(c: Context, asked: Asked): string[] {
  const { all } = asked;
  // On a topic without amounts there is no figure to set against anything: the standard is not looked for.
  if (!c.figured) return [];
  const start = standardStart(all);
  if (start < 0 || CLAUSE_SUBJECTS.has(all[start] ?? '')) return [];
  let from = start;
  while (STANDARD_OPENS.has(all[from] ?? '')) from += 1;
  const end = all.findIndex((word, i) => i > from && PHRASE_ENDS.has(word));
  const standard = all.slice(from, end < 0 ? undefined : end);
  const { stopwords, roleNames, termOf } = c.lists;
  // "vs *non*-RN", "than those *without*": the role's own holders without something, no one else.
  if (NEGATIONS.has(standard[0] ?? '') || standard[0] === 'without') return [];
  if (standard.some((word) => roleNames.has(word) || HOLDERS.has(word))) return [];
  const telling = standard.filter(
    (word) =>
      !stopwords.has(word) &&
      !/\d/.test(word) &&
      !ownWord(c, word) &&
      (c.vectors.rank(word) ?? Infinity) >= COMMON_WORD_RANK,
  );
  if (telling.length === 0 || telling.some((word) => freeNamed(c, termOf, word))) return [];
  const first = standard.findIndex((word) => quotedWord(c, word));
  const last = standard.findLastIndex((word) => quotedWord(c, word));
  return [standard.slice(first, last + 1).join(' ')];
}

/** A word the chosen facts write outside a title of our roles, itself or in the term a list reads it as. */
const freeNamed = (c: Context, termOf: Lists['termOf'], word: string) =>
  c.free.has(word) || (termOf(word) ?? '').split(' ').some((w) => c.free.has(w));

/** A word the standard is quoted from and to: no grammar, none of the topic's own. */
const quotedWord = (c: Context, word: string) => !c.lists.stopwords.has(word) && !ownWord(c, word);

/**
 * The roles' names and aliases that name no person, stemmed: their fields ("case management", "infection prevention"),
 * where "case manager" ends with a word of a role's name.
 */
function roleFields(kb: KnowledgeBase, roleNames: ReadonlySet<string>): Set<string> {
  const titles = Object.values(kb.roles).flatMap((role) => [role.name, role.plural, ...role.aliases]);
  const phrases = titles.map((title) => tokenize(title).map(stem));
  return new Set(phrases.filter((words) => !roleNames.has(words.at(-1) ?? '')).map((words) => words.join(' ')));
}

/** Nouns of schooling a field of study names ("a case management *degree*", "*programs* in care management"). */
const SCHOOLING = new Set([
  ...['degree', 'program', 'major', 'course', 'class', 'classes', 'curriculum', 'school', 'diploma'].map(stem),
]);
/**
 * How many words a role's field may have: "case management", "infection prevention and control". Higher looks for
 * longer fields (more work a message); lower misses fields of long names.
 */
const FIELD_WORDS = 4;

/**
 * A role's field named as a field of study ("is there a *case management degree*", "good care management *programs*",
 * "a degree in case management"): a role's name that names no person (roleFields) before a noun of schooling, or after
 * one and "in". The facts say which schooling a role needs in their own fields (a degree in nursing, in social work);
 * unless a chosen fact writes the field with such a noun, they name no schooling in the role's own field.
 */
/** The field the words from `from` to `to` write, if the facts name it. Module-level: tsx renames named closures. */
function fieldAt(fields: ReadonlySet<string>, all: readonly string[], from: number, to: number): string | null {
  const phrase = from < 0 ? '' : all.slice(from, to).join(' ');
  return fields.has(phrase) ? phrase : null;
}

function schoolingInField(
  fields: ReadonlySet<string>,
  chosen: ReadonlyArray<{ text: string }>,
  all: readonly string[],
): string | null {
  for (let i = 0; i < all.length; i += 1) {
    if (!SCHOOLING.has(all[i]!)) continue;
    for (let n = FIELD_WORDS; n >= 1; n -= 1) {
      const before = fieldAt(fields, all, i - n, i);
      const field = before ?? (all[i + 1] === 'in' ? fieldAt(fields, all, i + 2, i + 2 + n) : null);
      if (!field) continue;
      const written = before ? `${field} ${all[i]}` : `${all[i]} in ${field}`;
      return chosen.some((fact) => writesStemmed(fact, written)) ? null : field;
    }
  }
  return null;
}

/** Whether a fact writes a phrase, stemmed, word for word. */
const writesStemmed = (fact: { text: string }, written: string) =>
  ` ${factWords(fact).stems.join(' ')} `.includes(` ${written} `);

/** Possessive determiners of a person: "*their* own office", "*her* own agency" ("its own" is a thing's). */
const POSSESSORS = new Set(['their', 'his', 'her', 'your', 'my', 'our']);
/**
 * English's verbs of having, getting and founding: "*get* their own office", "*open* their own practice". Doing one's
 * own work ("do their own paperwork") or following one's own rules is no possession: those verbs are not here.
 */
const HOLDING = new Set(['have', 'ha', 'get', 'use', 'open', 'start', 'run', 'own'].map(stem));

/**
 * What a role is asked to hold as its own ("do they get *their own office*", "can a care manager open *her own
 * agency*"): whether it is theirs alone, which a fact says only by writing "own"; one naming the thing ("offices within
 * patient care facilities") does not say whose it is.
 */
function ownedWords(c: Context, asked: Asked): Word[] {
  const { all } = asked;
  if (c.stated.has('own')) return [];
  return all.flatMap((word, i) => {
    const thing = all[i + 1];
    if (word !== 'own' || !thing || !POSSESSORS.has(all[i - 1] ?? '') || !HOLDING.has(all[i - 2] ?? '')) return [];
    return c.lists.stopwords.has(thing) ? [] : [{ stem: 'own', word: `own ${thing}` }];
  });
}

/** The kinds of word a question may ask that the chosen facts leave unsaid, each found on its own. */
const UNSAID_FINDS = [
  aspectWords,
  rareWords,
  placeWords,
  otherRolesWords,
  askerWords,
  offTopicWords,
  rateWords,
  nameWords,
  likenedWords,
  comparedWith,
  figureTurnsOn,
  ownedWords,
];

/**
 * Words that ask how a figure differs, beside the lists' comparing ones: "is there a pay *bump*", "a certification
 * *differential*", "the salary *increase* after certification".
 */
/** Negation typed as a word of its own ("non certified", "non-RN"): what it negates is the condition. */
const NEGATIONS = new Set(['non', 'un']);
const DIFFERS = new Set(['bump', 'differential', 'increase', 'raise', 'boost', 'premium'].map(stem));

/**
 * What a figure is asked to turn on ("do care managers get paid more *if they're certified*", "pay in *rural* areas vs
 * cities", "the salary increase after *certification*"): of one role, on a topic whose facts give amounts (to this role
 * or another: "does the CCM boost a case manager's salary" asks a figure the facts do not even give), a question asking
 * how the figure differs names a condition, a word another topic's terms read or a rarer word, that the chosen facts
 * do not name by the word, its beginning or its term ("RN" is the facts' "registered nurse"). An average says nothing
 * of what moves it.
 */
/** A word that compares or sets apart. Module-level, as the check runs on every question: tsx renames named closures. */
const differs = (c: Context, word: string) =>
  COMPARING.has(word) || DIFFERS.has(word) || c.lists.comparing.includes(word) || c.lists.termOf(word) === 'difference';

/** A plural the lists know in the singular ("RNs"). */
const termOfWord = (termOf: Lists['termOf'], word: string) => termOf(word) ?? termOf(word.replace(/s$/, ''));

/** A word the facts name, or one whose term the chosen facts state. */
function namedOrStated(c: Context, word: string): boolean {
  const term = termOfWord(c.lists.termOf, word);
  return namedByFacts(c, word) || (term !== undefined && c.stated.has(term));
}

function figureTurnsOn(c: Context, asked: Asked): Word[] {
  const { stopwords, roleWords, openers, termOf } = c.lists;
  if (!c.figured || c.roleCount !== 1 || !asked.all.some((word) => differs(c, word))) return [];
  const { all } = asked;
  return all.flatMap((word, i) => {
    if (stopwords.has(word) || roleWords.has(word) || openers.yesNo.has(word) || openers.wh.has(word)) return [];
    if (NEGATIONS.has(word) || differs(c, word) || ownWord(c, word) || namedOrStated(c, word)) return [];
    // After a word the facts name, a noun only says its kind ("an RN *license*"): the word before says which.
    const before = all[i - 1] ?? '';
    if (!stopwords.has(before) && !c.lists.roleNames.has(before) && namedOrStated(c, before)) return [];
    const term = termOfWord(termOf, word);
    if (term !== undefined) return c.own.has(term) ? [] : [{ stem: word, word }];
    const rank = c.vectors.rank(word);
    if (rank === undefined) return unknownAsked(c, word, word) ? [{ stem: word, word }] : [];
    // Any other word names a condition only as a place ("in *rural* areas"): elsewhere it is the asker's own
    // ("would *switching* pay more").
    const inPlace = all.slice(Math.max(0, i - PLACE_MODIFIERS - 1), i).some((before) => LOCATIVES.has(before));
    const telling = inPlace && rank >= COMMON_WORD_RANK && !c.lists.listed.has(word) && unlisted(c, word);
    return telling ? [{ stem: word, word }] : [];
  });
}

/** English's ways of asking whether two things are one: "the same as", "same thing as", "equivalent to". */
const EQUATING = /(?:^| )(?:same (?:\p{L}+ )?as|equivalent (?:to|of)|equal to)(?: |$)/u;
/** What states two things are as good as each other in a fact: "either", "the same", "equivalent", "or". */
const EQUATED = /\b(?:same|equivalent|equal|interchangeabl\w*|either|or)\b/i;
/**
 * How many words after "as" may name what the thing is likened to. Higher takes more of what follows as the standard;
 * lower cuts long names of it short.
 */
const LIKENED_WORDS = 4;

/**
 * Whether a question asks two things other than jobs to be one ("is a rehab degree the same as a PT degree", "does the
 * ANCC cert count the same as the CCMC one", "is a GNM diploma considered same as an associate degree") where no chosen
 * fact equates anything: the facts name what is required, not what else stands in for it. Titles likened to a role
 * ("the same as a care manager") are read by `likenedWords`: a role's word after it leaves this to them.
 */
function unstatedEquivalence(chosen: ReadonlyArray<{ text: string }>, lists: Lists, asked: Asked): boolean {
  const text = asked.all.join(' ');
  const match = EQUATING.exec(text);
  if (!match || !lists.openers.yesNo.has(asked.all[0] ?? '')) return false;
  const rest = text
    .slice(match.index + match[0].length)
    .split(' ')
    .slice(0, LIKENED_WORDS);
  const ends = rest.findIndex((word) => PHRASE_ENDS.has(word));
  const after = ends < 0 ? rest : rest.slice(0, ends);
  if (after.some((word) => lists.roleWords.has(word) || lists.roleNames.has(word))) return false;
  return !chosen.some((fact) => EQUATED.test(fact.text));
}
