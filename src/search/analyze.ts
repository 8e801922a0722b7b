import type { Aspect, RoleId, TopicId } from '../knowledge/schema.ts';
import type { Concept, Lexicon } from './lexicon.ts';
import { readAsFactsSpell } from './regional-spelling.ts';
import {
  identityAsked,
  identityPredicated,
  isInitialism,
  JOB_PLACEHOLDERS,
  ownRolesCompared,
  restrictedFrom,
  TITLE_POINTERS,
  type TitleSpan,
  withModifiers,
} from './identity.ts';
import type { LaterQuestions } from './reading.ts';
import { choosesBetween, fitFrame, namesCompany, namesServed, weighsFit } from './fit.ts';
import { respectNamed } from './viewpoint.ts';
import { opensWithRole, repairOpening, repaired, repairsIn, withRepairs } from './correction.ts';
import { joinCompounds, normalizeCased, stem, stemPhrase, stripSlackMarkup, tokenize } from './normalize.ts';
import {
  asksOfAsker,
  backgroundSpans,
  candidateJob,
  startsNow,
  choosesForAsker,
  inSpans,
  mayNamePast,
  SCHOOLING_HELD,
  type SpanReader,
  SPENT,
  type Span,
  schoolingSpans,
} from './background.ts';
import { asksForParticular, namesTitle, requestIn, type RoleSpan } from './particular.ts';
import { namesPerson } from './person-name.ts';
import { soundKey } from './sounds-like.ts';
import { insideFacility } from './setting.ts';
import { amongCommonest, isEveryday, shippedWordVectors } from './word-vectors.ts';
import { isCommonWord } from './related.ts';
import { isAdverb, type Predicate, predicateAt } from './predicate.ts';
import { aspectOfWork, placeTopics } from './work-quality.ts';
import { asPaidFor } from './gap-line.ts';

export type Analysis = {
  concepts: Concept[];
  /** Content words the knowledge base does not know: many of them mean the question is about something else. */
  unknown: string[];
  /** Terms met only before the sentence that asks: "I'm a nursing student... what's the difference?" */
  contextTerms: Set<string>;
  /** Terms only a later question asks ("skills for care managers? and do they need a license?"): the second asked. */
  laterTerms: Set<string>;
  /** What the question asks for that the article may not cover; each hit lists its aspects, most specific first. */
  aspects: Aspect[][];
  /** The hits of `aspects` only a later question asks ("what do they make and can they work *remote*"). */
  laterAspects: Set<Aspect[]>;
  /** Terms that are also a qualifying aspect ("new grad" of pay), with those aspects. */
  qualifiers: Map<string, Aspect[]>;
  /**
   * The content words that follow the role asked about in the questions read for gaps (gapAspects): "do case managers
   * do *prior auths*"; what a question asks for that no fact states is among them.
   * Stemmed, and as typed (short forms expanded).
   */
  asked: Array<{ stem: string; word: string }>;
  /**
   * The aspects met in the question answered and the questions before it: what a gap is read from. A later question
   * ("where do they work, and do they work nights?") is context to the answer, but for what it asks to count (`later`).
   */
  gapAspects: Aspect[][];
  /** The hits of `gapAspects` met only where the asker says who they are ("I'm a new grad, ...", "I work nights, ..."). */
  saidAspects: Set<Aspect[]>;
  /** The words of each aspect met in the questions read for gaps (gapAspects; stemmed and as typed), with its aspects. */
  aspectWords: Array<{ aspects: Aspect[]; words: Array<{ stem: string; word: string }> }>;
  /** A question read for gaps wants a length of time ("how long", "how many years") or a moment ("when ..."). */
  asksTime: 'duration' | 'when' | null;
  /** Every word of the questions read for gaps, stemmed (short forms expanded, typos corrected). */
  askingWords: string[];
  /** The words of the statements before the question answered ("I have an MSW - how much ..."), stemmed. */
  statedBefore: string[];
  /**
   * The words of the asker's own relative clauses in the questions read for gaps ("what would I need *that I don't
   * already use at the bedside*"), stemmed: what the asker does or has, asked of no role.
   */
  askersOwn: string[];
  /**
   * What a yes-or-no question asks whether the role does, when no list names it: the verb right after the subject
   * ("do case managers *prescribe*", "can they *handle* appeals"), stemmed, from the sentences that ask.
   */
  activities: string[];
  /**
   * The terms after such a verb in its sentence ("do care managers *go* to pts *homes*", "do they *help* pts figure out
   * how to *pay*"): the object or place of the activity asked about, not the topic (matcher.ts ACTIVITY_OBJECT_SHARE).
   */
  activityObjects: Set<string>;
  /**
   * Terms read only as a word before a role's name, in the subject of a question ("does the *hospital* case manager",
   * "how much do *certified* case managers make"): they say which of the role's holders is meant, not what is asked
   * (matcher.ts ROLE_MODIFIER_SHARE).
   */
  roleModifiers: Set<string>;
  /**
   * The terms and aspects of a phrase saying what for or through what a role does or gets something ("do they get
   * mileage reimbursed *for home visits*"): a circumstance of what is asked, not what is asked (matcher.ts ADJUNCT_SHARE).
   */
  adjunctTerms: Set<string>;
  adjunctAspects: Set<Aspect[]>;
  /**
   * What the asker says they are, when no list names it ("I'm really *introverted*", "I'm kind of *blunt*"): a personal
   * quality, asked against the role, from the questions read for gaps.
   */
  traits: string[];
  /**
   * Whether a sentence that asks says what someone must know ("do case managers need to *know* Epic", "what systems
   * should a case manager *know*"): what one must know is a skill, whatever it is.
   */
  knowing: boolean;
  /** Whether a sentence that asks counts a role's own people ("how many case managers are there"): the role itself. */
  countsRole: boolean;
  /** Whether a sentence asks what a role is counted as ("is case management *considered* a nursing specialty"). */
  classesRole: boolean;
  /** Whether a sentence asks when a role came about ("when did hospitals first have case managers"). */
  datesRole: boolean;
  /** Whether a sentence weighs a choice for someone of a quality ("which is better for an introvert"): a skills question. */
  choosingFor: boolean;
  /**
   * Whether a sentence weighs a choice between the roles for the asker ("which of these is a better fit for someone
   * like me", "I'm introverted, which one would suit me?"): about the pair, whatever else it names (background.ts's
   * grammar, or fit.ts's); what the asker says around it is the trait asked about, not context.
   */
  choosingForAsker: boolean;
  /** Whether a sentence asks if someone can start at once ("can new grads go *straight* in"; background.ts). */
  startsNow: boolean;
  /**
   * Whether a yes-or-no question asks if a role is given something ("do they get *mileage*", "do case managers get a
   * *company car*"): what a job gives its people is its pay and benefits (`receivedAfter`).
   */
  received: boolean;
  /** Whether a sentence asks if another job can become a role ("can a surgical tech go into case management"). */
  candidate: boolean;
  /**
   * Whether a sentence that asks chooses between the roles ("which of these uses clinical skills more?", fit.ts): a job
   * the asker names in a statement around it is their own past ("PACU nurse, 15 yrs."), not another job asked about.
   */
  choosesRole: boolean;
  /**
   * Whether a sentence that asks (or what the asker says around a choice weighed for them) names the people the roles
   * serve as the company of the work ("which one works more directly *with patients*", fit.ts `namesCompany`).
   */
  company: boolean;
  /**
   * In a choice weighed for the asker, whether the choosing sentence names a trait of its own beyond its frame ("would
   * case or care management be better *if I want regular hours*"): then the asker's past said around it only says who
   * asks; without one ("68W here, which fits someone like me") the past is the trait.
   */
  traitAsked: boolean;
  /**
   * The respect a question is asked in, named apart ("*education*-wise", "in terms of *schooling*", viewpoint.ts): the
   * term read there, else the word, for its nearest topics in meaning; null when none is named.
   */
  viewpoint: { term: string | null; word: string } | null;
  /**
   * Whether a question asks whether something exists, with no subject of its own ("is there a shortcut?", "any
   * exceptions?"): in a thread, of the thread's roles and topic.
   */
  existential: boolean;
  /**
   * What a yes-or-no question asks to count, qualify or be enough ("does my *ICU* experience count", "would a
   * *kinesiology* degree qualify"): the content words between its opener and that verb, stemmed and as typed; for
   * "does *that* count", the jobs the asker names as their own past.
   */
  toCount: Array<{ stem: string; word: string; needed?: boolean; field?: boolean }> | null;
  /**
   * The questions asked after the one answered ("what's the minimum education, and do they need to be certified
   * too?"): what they ask to count is read for gaps on their own topic (matcher.ts `laterUnsaidOf`).
   */
  later: LaterQuestions | null;
  /**
   * Names typed in the questions read for gaps that no list and no fact of the knowledge writes ("do you need to know
   * *Epic*", "can I work in the *USA*"): a tool, a place, an employer; stemmed and as typed.
   */
  names: Array<{ stem: string; word: string }>;
  /** Whether a sentence that asks is a question in another language (inAnotherLanguage): we cannot tell its subject. */
  foreign: boolean;
  /** Whether the message is set inside a facility: a unit, a floor, a role's department (setting.ts). */
  insideFacility: boolean;
  /**
   * The words of the titles a question asks to be the same ("is a care manager the same as a *geriatric* care manager",
   * "the same thing as a *patient navigator*"): the roles' as typed and other jobs', stemmed and as typed. Whether two
   * titles name one job is said only by facts that write the title (unsaid.ts).
   */
  likened: Array<{ stem: string; word: string }>;
  /** Whether a question asks two titles to be one job ("is a navigator basically a care manager?"): what they are. */
  identity: boolean;
  /**
   * A yes-or-no question asked of what points back, with no role named ("do *they* also do discharge planning", "is
   * *that* 2021 data"), or a question with a pointer other than "it" ("how many of *those* can one person cover"): in
   * a thread it is asked of the thread's roles or thing, whatever its other words.
   */
  pointerAsked: boolean;
  /**
   * What the first yes-or-no question read for gaps asks a role does: its verb and the words that verb takes ("do case
   * managers *bill insurance*"; predicate.ts), or null.
   */
  predicate: Predicate | null;
};

// People give context first and ask after it; a message may also ask two things ("skills for care managers? and do
// they need a license?"): the asking sentence is the first question with a topic term in it (see analyze()). A title's
// full stop ("Dr. Patel") ends no sentence.
const SENTENCE_END = /(?<=[.!?;])(?<!\b(?:dr|mr|mrs|ms|st)\.)\s+|\.{2,}|\n+|\s[-\u2013\u2014]\s/i;
/** The words that open an English question, as typed ("where", "do"), for the two patterns below. */
const OPENS_QUESTION =
  '(?:what|whats|where|wheres|how|hows|who|whos|which|when|why|do|does|did|is|are|can|could|will|would|should|must)\\b';
/** "so do I", "but so is mine": a verb and a pronoun that end the clause echo what was said, and ask nothing. */
const ECHO = String.raw`\w+\s+(?:i|we|you|u|they|he|she|mine|ours)\b(?:\s+(?:lol|haha|too))?\W*$`;
/** Words between a joiner and the question it joins: "and *also* do they work in hospitals". */
const ALSO = '(?:also|then|too)';
/**
 * A second question joined to the first in one sentence: "and", "&", "+", "so" or "but" followed by a word that opens an
 * English question ("where do they work and *do* they need a degree", "what's it like + *what* do they earn", "I work
 * nights on a peds floor *so can* you tell me ...").
 */
const QUESTION_JOIN = new RegExp(
  String.raw`\s(?:and|&|\+|(?:so|but)(?!\s+${ECHO}))\s+(?:${ALSO}\s+)?(?=${OPENS_QUESTION})`,
  'i',
);
/** A clause starting with a word that opens a question asks something, with or without its "?". */
const QUESTION_OPENER = new RegExp(String.raw`^\W*(?:(?:and|&|\+|also|so)\s+)*${OPENS_QUESTION}`, 'i');

/**
 * A clause giving a reason, after what it explains: "do they get mileage reimbursed *since they drive to homes*",
 * "skills for case mgmt? asking *bc I have to write goals*". It says why the asker asks, and asks nothing itself.
 */
const REASON = /\s(?=(?:since|because|bc|cuz|cause)\s)/i;

/**
 * What the asker says they are, before the question in the same sentence ("im a senior in hs what should i major
 * in", "I'm a medical assistant, what kind of degree would I need"): a statement, context to the question that
 * follows. Only before a question word that cannot start a relative clause ("where", "who", "when" can: "I'm at a
 * hospital where ..."); a yes-or-no question after it may point back at it ("I'm a CNA, does that count").
 */
const SAID_OF_ASKER = /^\W*(?:i'?m|i am|i\u2019m)\s[^?]*?(?=[\s,]+(?:what|whats|what's|how|hows|which|why)\b)/i;

/**
 * English's ways of asking indirectly after "I" ("I wonder if ...", "I'd like to know ..."): what follows is asked, so
 * they open no statement about the asker.
 */
const ASKS_INDIRECTLY = String.raw`(?:wonder|was wondering|want to know|need to know|would like to know|d like to know)\b`;
/**
 * What the asker says they did or do, in a clause of its own set off by a comma: before a question word ("I trained in
 * Manila, what exactly is a case manager?"), as "I'm ..." above, or after the question ("explain what a care manager
 * is, *I trained in Lagos* and we do not have this title"). A statement with the asker as its subject asks nothing: it
 * says who is asking.
 */
const DONE_BY_ASKER = new RegExp(
  String.raw`^\W*(?:i|we)\s+(?!${ASKS_INDIRECTLY})[^?,]*?,\s*(?=(?:what|whats|what's|how|hows|which|why)\b)`,
  'i',
);
/** A question word anywhere: a clause asks something ("explain *what* a care manager is"). */
const ASKS_SOMETHING = /\b(?:what|whats|what's|how|hows|which|why|where|who)\b/i;
const STATED_AFTER = new RegExp(String.raw`,\s+(?=(?:i|we)(?:'?m|\u2019m)?\s+(?!${ASKS_INDIRECTLY})[^?]*$)`, 'i');

/**
 * `said`: what the asker says they are, before the question. `marked`: a question by its "?" or by the joiner before
 * it ("... and do they need a degree"), not only by its first word ("did 2 semesters at a senior center" says).
 */
type Clause = { text: string; question: boolean; reason: boolean; said?: boolean; marked?: boolean };

/**
 * The sentences of a message, and the questions joined in one ("where do they work and do they need a degree"); a
 * reason after what it explains is a clause of its own that never asks, and so is what the asker says they are
 * before the question.
 */
function clausesOf(question: string): Clause[] {
  return question.split(SENTENCE_END).flatMap((whole) => {
    const said = SAID_OF_ASKER.exec(whole) ?? DONE_BY_ASKER.exec(whole);
    const sentence = said ? whole.slice(said[0].length) : whole;
    const saying = said ? [{ text: said[0], question: false, reason: false, said: true }] : [];
    // What the asker says after a question that is no question itself ("..., I trained in Lagos"); after a statement
    // ("im an MA at a clinic, i schedule appointments all day") it goes on saying what a later "is that ..." asks of.
    const [asked, ...after] = ASKS_SOMETHING.test(sentence) ? sentence.split(STATED_AFTER) : [sentence];
    const saidAfter = after.map((text) => ({ text, question: false, reason: false, said: true }));
    return [...saying, ...clausesOfSentence(asked!), ...saidAfter];
  });
}

/**
 * One sentence's clauses: the questions joined in it, and the reasons given after what they explain, each up to a
 * question joined after it ("... because it's more of an office thing *so can you tell me* what they do all day").
 */
function clausesOfSentence(sentence: string): Clause[] {
  const [main, ...reasons] = sentence.split(REASON);
  // A sentence that opens as a question asks, with or without its "?": "... for experience? *and whats the avg pay*".
  const asks = /\?\s*$/.test(sentence) || QUESTION_OPENER.test(main!);
  const marked = /\?\s*$/.test(sentence);
  const clauses = main!.split(QUESTION_JOIN).map((text, k) => ({
    text,
    question: asks || QUESTION_OPENER.test(text),
    reason: false,
    marked: marked || k > 0,
  }));
  const because = reasons.flatMap((text) => {
    const [why, ...asked] = text.split(QUESTION_JOIN);
    return [
      { text: why!, question: false, reason: true },
      ...asked.map((t) => ({ text: t, question: true, reason: false, marked: true })),
    ];
  });
  return [...clauses, ...because];
}

/** Whether a message is cut into several sentences or questions in the text: its words are not read as one phrase. */
export const splitsSentences = (text: string): boolean => clausesOf(text).length > 1;

/**
 * A text's words with short forms expanded ("mgr" → "manager"), before stemming; a role's own phrase is kept as
 * typed, so an alias the hospital wrote ("ur nurse") is not read as the language file's "your nurse".
 */
export function expandedWords(written: string, lexicon: Lexicon): string[] {
  // A compound the knowledge writes as one word ("ONN-CG") is one word here too, not "onn" and "cg".
  const text = levelsApart(spelledOut(joinCompounds(written, lexicon.compounds), lexicon), lexicon);
  const words = heardAsHeads(tokenize(text), lexicon);
  const stems = words.map(stem);
  const capital = capitalForms(text, words, lexicon);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const own = longestAt(stems, lexicon, lexicon.own, lexicon.maxPhraseWords, i);
    const length = own?.length ?? 1;
    const typed = capital[i] ?? words[i]!;
    out.push(
      ...(own ? words.slice(i, i + length) : capital[i] ? [typed] : (lexicon.abbreviations.get(typed) ?? [typed])),
    );
    i += length;
  }
  return out;
}

/** Whether a word is a short form several roles are written as ("cm"). */
const shortFormAt = (word: string | undefined, lexicon: Lexicon) =>
  word !== undefined && lexicon.phrases.get(word)?.kind === 'short-form';

/** The kinds of phrase that name a role by one word: an alias or a short form. */
const ROLE_KINDS = new Set(['role', 'short-form']);

/**
 * A role's one-word alias or short form with a level's digit typed onto it ("CRC2", "ip1") is the role at that level,
 * as "CRC 2" is: hospitals number the grades of a post, and people run the number into the title.
 */
function levelsApart(text: string, lexicon: Lexicon): string {
  return text.replace(/\b(\p{L}+)(\d)\b/gu, (typed, letters: string, level: string) =>
    ROLE_KINDS.has(lexicon.own.get(stem(letters.toLowerCase()))?.kind ?? '') ? `${letters} ${level}` : typed,
  );
}

/**
 * Words this common in English (their rank in the word table) are meant as typed, never heard as a role's head word:
 * "cash managers" manage cash. Higher reads fewer words before a role's name as misheard; lower, more.
 */
const HEARD_RANK = 3000;

/**
 * A word right before the last word of our roles' names ("Kay's managers", speech-to-text for "case managers") that
 * no list of ours knows, that is no common English word (HEARD_RANK) and that sounds like one role's head word
 * (soundKey) is that head word: the name was said aloud and written down as it sounded.
 */
function heardAsHeads(words: string[], lexicon: Lexicon): string[] {
  return words.map((word, i) => heardHead(word, words[i + 1], lexicon) ?? word);
}

/** The role's head word `word` was heard for, before `next` (heardAsHeads), or null. */
function heardHead(word: string, next: string | undefined, lexicon: Lexicon): string | null {
  const ends = lexicon.nameEnds.get(stem(lexicon.abbreviations.get(next ?? '')?.[0] ?? next ?? ''));
  if (!ends || ownWord(word, lexicon) || amongCommonest(word, HEARD_RANK)) return null;
  const heads = [...lexicon.heads].filter(([head, role]) => ends.includes(role) && soundKey(head) === soundKey(word));
  return heads.length === 1 ? heads[0]![0] : null;
}

/** A word some list of ours knows, as typed or stemmed. */
const ownWord = (word: string, lexicon: Lexicon) =>
  lexicon.stems.has(stem(word)) || lexicon.stopwords.has(word) || lexicon.abbreviations.has(word);

/** Letters typed one by one, apart by spaces: "n a c c m". */
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}(?:\s+\p{L}(?![\p{L}\p{N}]))+/gu;
/**
 * Fewest letters a spelled-out run must have to be read as any name of ours; two letters ("c m") only spell a role's
 * short form or an organisation, since pairs of letters are common in text-speak ("u r").
 */
const MIN_SPELLED_LETTERS = 3;

/**
 * A name of ours spelled out letter by letter ("what does n a c c m stand for", as speech-to-text writes an initialism
 * said aloud) is that name as one word. Each run of single letters is read from its start: the longest stretch whose
 * letters spell a phrase of the lexicon is joined, other letters are left as they are ("a c m" → "a cm").
 */
function spelledOut(text: string, lexicon: Lexicon): string {
  return text.replace(LETTER_RUN, (run) => {
    const letters = run.split(/\s+/);
    const out: string[] = [];
    for (let i = 0; i < letters.length; ) {
      let end = letters.length;
      while (end - i >= 2 && !spellsName(letters.slice(i, end).join('').toLowerCase(), end - i, lexicon)) end -= 1;
      out.push(end - i >= 2 ? letters.slice(i, end).join('') : letters[i]!);
      i = end - i >= 2 ? end : i + 1;
    }
    return out.join(' ');
  });
}

/** Whether letters joined spell one of our phrases: any, from MIN_SPELLED_LETTERS; shorter, only a role's or its organisation's. */
function spellsName(joined: string, letters: number, lexicon: Lexicon): boolean {
  const concept = lexicon.phrases.get(joined);
  if (!concept) return false;
  if (letters >= MIN_SPELLED_LETTERS) return true;
  return (
    concept.kind === 'role' || concept.kind === 'short-form' || (concept.kind === 'term' && concept.role !== undefined)
  );
}

/**
 * For each word, the key of a role's short form when it is typed in capitals and the lists read it otherwise in
 * lower case ("UR" the utilization review nurse, "ur" your); undefined elsewhere.
 */
function capitalForms(text: string, words: string[], lexicon: Lexicon): Array<string | undefined> {
  if (lexicon.capitals.size === 0 || !/[A-Z]{2}/.test(text)) return [];
  const cased = normalizeCased(text).split(' ');
  if (cased.length !== words.length) return [];
  return cased.map((word) => {
    const initials = /^([A-Z]{2,6})s?$/.exec(word)?.[1];
    return initials === undefined ? undefined : lexicon.capitals.get(initials.toLowerCase());
  });
}

/** Whether a sentence is in another language. A factory's anonymous arrow: under tsx a named closure is renamed. */
const foreignIn = (stopwords: ReadonlySet<string> | null) => (s: { askingWords: string[] }) =>
  inAnotherLanguage(s, stopwords);

/**
 * Reads a question as a sequence of concepts: roles, other jobs and topic terms, longest phrase first, after
 * correcting typos in words the knowledge base does not know.
 */
export function analyze(
  question: string,
  lexicon: Lexicon,
  correct: (word: string) => string | null,
  translated = false,
): Analysis {
  const whole = analyzeMessage(question, lexicon, correct, translated);
  // Only a message with a repair marker and a role is read again in parts ("..., wait no, care managers").
  const repairs = repairsIn(question, lexicon.correction);
  return repairs.length === 0 || !whole.concepts.some((c) => c.kind === 'role')
    ? whole
    : withRepairsRead(whole, repairs, (text) => analyzeMessage(text, lexicon, correct, translated).concepts, lexicon);
}

/**
 * The analysis with its repairs read (correction.ts): the roles a repair replaces set aside, or, for a repair opening
 * a message that asks nothing, what it says after the role read as context. Each part is read only when the one
 * before it could still make a repair.
 */
function withRepairsRead(
  whole: Analysis,
  repairs: Array<{ before: string; after: string }>,
  concepts: (text: string) => Concept[],
  lexicon: Lexicon,
): Analysis {
  const opened = repairs
    .map((repair) => ({ ...repair, opening: openingOf(repair.after, concepts, lexicon) }))
    .filter((repair) => opensWithRole(repair.opening));
  const roles = new Set(whole.concepts.flatMap((c) => (c.kind === 'role' ? [c.role] : [])));
  const setAside = new Set(
    roles.size < 2
      ? []
      : opened.flatMap(({ before, opening: put, after }) => [...repaired(concepts(before), put, concepts(after))]),
  );
  if (setAside.size > 0) return { ...whole, concepts: withRepairs(whole.concepts, setAside) };
  // A repair opening the message (after small talk or another marker: "oh sorry, I meant ...").
  const opener = opened.find(({ before }) => saysNothing(before, concepts));
  return opener && !asksAnything(opener.after) ? { ...whole, concepts: repairOpening(whole.concepts) } : whole;
}

/**
 * What a repair puts in: the first thing read within a few words after its marker, and no joiner opens them
 * (module-level, as the readers' helpers are: under tsx a named closure is renamed each time it is made).
 */
function openingOf(after: string, concepts: (text: string) => Concept[], lexicon: Lexicon): Concept[] {
  const words = after.trim().split(/\s+/).slice(0, REPAIR_WINDOW);
  return lexicon.joiners.has(stem(tokenize(words[0] ?? '')[0] ?? '')) ? [] : concepts(words.join(' '));
}

/** Whether a few words before a repair marker name no role and no topic term ("oh sorry", "wait"). */
function saysNothing(text: string, concepts: (text: string) => Concept[]): boolean {
  const short = text.trim().split(/\s+/).length <= REPAIR_WINDOW;
  return short && concepts(text).every((c) => c.kind !== 'role' && c.kind !== 'term');
}

/**
 * How many words after a repair marker the role it puts in may end within ("wait no, *a care manager*", "I meant to
 * say *case managers*"). Higher reads a role named later in a new sentence as the repair; lower misses a longer title.
 */
const REPAIR_WINDOW = 6;

/** Whether a text asks: a "?", a question word, or a clause opened as a question ("..., do they ..."). */
const asksAnything = (text: string) =>
  text.includes('?') || ASKS_SOMETHING.test(text) || text.split(/[,;]/).some((part) => QUESTION_OPENER.test(part));

function analyzeMessage(
  question: string,
  lexicon: Lexicon,
  correct: (word: string) => string | null,
  translated: boolean,
): Analysis {
  const sentences = clausesOf(question)
    .map((clause) => analyzeSentence(clause, lexicon, correct))
    .filter((s) => s.concepts.length + s.unknown.length + s.aspects.length > 0);
  const foreign = foreignIn(translated ? lexicon.stopwords : null);
  const parts = partsOf(sentences, foreign);
  return {
    concepts: askedConcepts(parts),
    unknown: sentences.flatMap((s) => s.unknown),
    foreign: parts.askingSentences.some((s) => s.question && foreign(s)),
    insideFacility: sentences.some((s) => insideFacility(s.askingWords, (i) => shortFormAt(s.askingWords[i], lexicon))),
    ...askedOfTopic(parts),
    company: parts.sentences.some((s, index) => (parts.asks(s, index) || parts.saysTrait(s, index)) && s.company),
    traitAsked: namesTrait(parts.sentences[parts.asking], lexicon),
    ...readForGaps(parts),
    qualifiers: new Map(sentences.flatMap((s) => [...s.qualifiers])),
    ...termsBeside(parts),
  };
}

/**
 * A message's sentences and which of them ask: `asking` is the sentence answered (-1 when none has a topic term),
 * `asks` whether a sentence asks at all, `readForGap` whether it asks up to the one answered (what a gap is read from).
 */
type MessageParts = {
  sentences: Sentence[];
  asking: number;
  asks: SentenceTest;
  readForGap: SentenceTest;
  askingSentences: Sentence[];
  gapSentences: Sentence[];
  /** Whether a statement around the asking sentence says who the asker is, when it weighs a choice for the asker. */
  saysTrait: SentenceTest;
  /** Whether a statement around the asking sentence says who the asker is, in a choice between the roles. */
  saysWho: SentenceTest;
};
type SentenceTest = (s: { question: boolean; reason: boolean }, index: number) => boolean;

/** English's comparatives that open a fragment with "than": "*more* than HHA?", "*less* than RNs?". */
const FRAGMENT_COMPARATIVES = new Set(['more', 'less', 'higher', 'lower', 'better', 'worse']);
/**
 * A sentence that is only what the question before it is set against, with no subject or verb of its own ("how much
 * does a care manager earn? *more than HHA?*", "*vs a staff RN?*"): it goes on asking that question, and is read with it.
 */
function setsBeside({ askingWords: words, concepts }: Sentence): boolean {
  // One of our roles set beside ("more than case managers?") is the roles compared, which the sentence asks on its own.
  if (concepts.some((c) => c.kind === 'role' || c.kind === 'short-form' || c.kind === 'both-roles')) return false;
  return (FRAGMENT_COMPARATIVES.has(words[0] ?? '') && words[1] === 'than') || words[0] === 'vs' || words[0] === 'than';
}

function partsOf(sentences: Sentence[], foreign: (s: { askingWords: string[] }) => boolean): MessageParts {
  const asking = askingSentence(sentences, foreign);
  const fits = sentences[asking]?.choosingForAsker ?? false;
  const choosing = sentences[asking]?.choosesRole ?? false;
  // Methods, not named arrows: under tsx every named closure is renamed on creation, on every message.
  const tests: Record<'asks' | 'readForGap' | 'saysTrait' | 'saysWho', SentenceTest> = {
    asks(s, index) {
      return !s.reason && (index === asking || s.question || asking < 0);
    },
    readForGap(s, index) {
      const beside = index === asking + 1 && setsBeside(sentences[index]!);
      return tests.asks(s, index) && (asking < 0 || index <= asking || beside);
    },
    saysTrait(s, index) {
      return fits && index !== asking && !s.question && !s.reason;
    },
    saysWho(s, index) {
      return choosing && index !== asking && !s.question && !s.reason;
    },
  };
  return {
    saysTrait: tests.saysTrait,
    saysWho: tests.saysWho,
    sentences,
    asking,
    asks: tests.asks,
    readForGap: tests.readForGap,
    askingSentences: sentences.filter(tests.asks),
    gapSentences: sentences.filter(tests.readForGap),
  };
}

/**
 * An off-topic or lookup word in the context ("the hiring manager keeps mixing them up - ...", "at a staff meeting
 * today...") does not decide the question; a lookup asked as a question ("is Maria from CM in today? I need her
 * signature") is what the message asks, whichever sentence has the topic words. "both" said after a question that names
 * its role and sets it beside another thing ("is case management a nursing job or an admin job? kinda sounds like
 * both", "is X just another name for care manager? our job board uses both") points at that pair, not our two roles.
 */
const ownPast = (c: Concept): Concept => (c.kind === 'job' ? { kind: 'background', phrase: c.phrase } : c);
function askedConcepts({ sentences, asking, saysWho }: MessageParts): Concept[] {
  const question = sentences[asking];
  const ownPair = (question?.sideBySide ?? false) && question!.concepts.some((c) => c.kind === 'role');
  // "army medic, getting out next yr. which role fits that better": a job said before a choice between the roles is the
  // asker's own past, as "my time as a paramedic" is.
  return sentences.flatMap((s, index) => {
    const kept =
      index !== asking && asking >= 0
        ? s.concepts.filter(
            (c) =>
              c.kind !== 'off-topic' &&
              (c.kind !== 'lookup' || s.question) &&
              !(c.kind === 'both-roles' && ownPair && index > asking && !s.question),
          )
        : s.concepts;
    return saysWho(s, index) ? kept.map(ownPast) : kept;
  });
}

/**
 * Whether a sentence names a trait of its own: an aspect, a quality, the people served, or a topic's term that neither
 * compares nor shapes a question nor says time spent ("yrs": the asker's past).
 */
function namesTrait(s: Sentence | undefined, lexicon: Lexicon): boolean {
  if (!s) return false;
  if (s.aspects.length > 0 || s.traits.length > 0 || s.company) return true;
  const shaping = [lexicon.comparison, lexicon.generic, lexicon.questionForms];
  return s.concepts.some((c) => c.kind === 'term' && !SPENT.has(c.term) && !shaping.some((words) => words.has(c.term)));
}

/**
 * What the asking sentence and the other questions ask of the topic; what the context says ("I'm burnt out... what
 * certs would I need?", "trying to map out a career ladder") is not asked.
 */
function askedOfTopic({ sentences, askingSentences, saysTrait }: MessageParts) {
  return {
    // "weekends off matter to me. which one would be right for me?": the trait said around a choice is asked.
    aspects: sentences
      .filter((s, index) => askingSentences.includes(s) || saysTrait(s, index))
      .flatMap((s) => s.aspects),
    activities: askingSentences.flatMap((s) => s.activities),
    activityObjects: new Set(askingSentences.flatMap((s) => [...s.activityObjects])),
    roleModifiers: new Set(askingSentences.flatMap((s) => [...s.roleModifiers])),
    adjunctTerms: new Set(askingSentences.flatMap((s) => [...s.adjunctTerms])),
    adjunctAspects: new Set(askingSentences.flatMap((s) => [...s.adjunctAspects])),
    knowing: askingSentences.some((s) => s.knowing),
    countsRole: askingSentences.some((s) => s.countsRole),
    classesRole: askingSentences.some((s) => s.classesRole),
    datesRole: askingSentences.some((s) => s.datesRole),
    choosingFor: askingSentences.some((s) => s.choosingFor),
    choosingForAsker: askingSentences.some((s) => s.choosingForAsker),
    startsNow: askingSentences.some((s) => s.startsNow),
    received: askingSentences.some((s) => s.received),
    candidate: askingSentences.some((s) => s.candidate),
    choosesRole: askingSentences.some((s) => s.choosesRole),
    viewpoint: askingSentences.find((s) => s.viewpoint)?.viewpoint ?? null,
    existential: askingSentences.some((s) => s.existential),
    // A question with a pointer other than "it" asks of the thread too: "how many of *those* can one person cover".
    pointerAsked: askingSentences.some(
      (s) => s.pointerAsked || (s.question && s.concepts.some((c) => c.kind === 'reference' && !c.thing)),
    ),
  };
}

/**
 * A gap is read from the question answered and those before it; a later one is context (but `later`). What the asker
 * says they are or do, before it or after it ("I'm a new grad, what would ...", "..., I'm in Texas"), qualifies it, as
 * an aspect of the topic answered only (`saidAspects`, matcher.ts `gapOn`); a going somewhere is no gap (`goingTo`).
 */
function readForGaps({ sentences, asking, asks, readForGap, gapSentences, askingSentences, saysTrait }: MessageParts) {
  const saidOnly = sentences.filter((s) => !gapSentences.includes(s) && s.said);
  // A hit is the lexicon's own list of aspects: one the question names too is asked, whatever the asker said.
  const askedToo = new Set(gapSentences.flatMap((s) => s.aspects));
  return {
    saidAspects: new Set(saidOnly.flatMap((s) => s.aspects).filter((aspect) => !askedToo.has(aspect))),
    gapAspects: sentences
      .filter((s) => gapSentences.includes(s) || s.said)
      .flatMap((s) => s.aspects.filter((aspect) => !s.going.has(aspect))),
    asked: gapSentences.flatMap((s) => s.asked),
    aspectWords: gapSentences.flatMap((s) => s.aspectWords),
    asksTime: gapSentences.find((s) => s.asksTime)?.asksTime ?? null,
    askingWords: gapSentences.flatMap((s) => s.askingWords),
    askersOwn: gapSentences.flatMap((s) => s.askersOwn),
    statedBefore: sentences
      .filter((s, index) => index < asking && !gapSentences.includes(s))
      .flatMap((s) => s.askingWords),
    traits: sentences.filter((s, index) => gapSentences.includes(s) || saysTrait(s, index)).flatMap((s) => s.traits),
    toCount: countedIn(sentences, readForGap),
    later: laterQuestions(sentences.filter((s, index) => asking >= 0 && index > asking && s.marked && asks(s, index))),
    names: gapSentences.flatMap((s) => s.names),
    predicate: gapSentences.find((s) => s.predicate)?.predicate ?? null,
    // A title likened in a question after the one answered is still what the answer (the roles' overview) must settle:
    // "what's a geriatric care manager? is that just a care manager who works with old people or a different thing".
    likened: likenedIn(sentences, askingSentences),
    identity: identityIn(sentences, askingSentences),
  };
}

/** The terms met only in the context, and those only a later question asks: neither is what the answer is about. */
function termsBeside({
  sentences,
  asking,
  saysTrait,
}: MessageParts): Pick<Analysis, 'contextTerms' | 'laterTerms' | 'laterAspects'> {
  const askedTerms = termsOf(
    sentences.filter(
      (s, index) =>
        saysTrait(s, index) ||
        (!s.reason && (asking < 0 || index === asking || (index > asking && !s.said && !(s.question && hasTerm(s))))),
    ),
  );
  const later = sentences.filter((s, index) => index > asking && asking >= 0 && s.question && hasTerm(s));
  return {
    contextTerms: new Set([...termsOf(sentences)].filter((t) => !askedTerms.has(t))),
    laterTerms: new Set([...termsOf(later)].filter((t) => !askedTerms.has(t))),
    // An aspect a later question asks weighs as its terms do: "what do case mgrs make and can they work remote" is pay.
    laterAspects: new Set(
      sentences.flatMap((s, index) => (asking >= 0 && index > asking && s.question && !s.reason ? s.aspects : [])),
    ),
  };
}

/** The questions after the one answered, read for gaps apart from it; null when there are none. */
function laterQuestions(
  sentences: Array<SentenceAnalysis & { question: boolean; reason: boolean; going: Set<Aspect[]> }>,
): LaterQuestions | null {
  if (sentences.length === 0) return null;
  return {
    toCount: sentences.flatMap((s) => s.toCount ?? []),
    traits: sentences.flatMap((s) => s.traits),
    terms: [...termsOf(sentences)],
    gapAspects: sentences.flatMap((s) => s.aspects.filter((aspect) => !s.going.has(aspect))),
  };
}

/**
 * The asking sentence is the first question with a topic term in it, or else the last sentence with one: "what's the
 * avg salary for care managers? need it for an offer letter by EOD" asks the first; "do they need a BSN? and is
 * certification required?" asks two things, and the first is answered (a later question counts as context). A choice
 * weighed for the asker asks though its own words only frame it ("68W here, 6 yrs army. which of these is a better fit
 * for someone like me"): what the asker said before it is the trait.
 */
function askingSentence(
  sentences: readonly {
    concepts: Concept[];
    question: boolean;
    reason: boolean;
    said: boolean;
    askingWords: string[];
    choosingForAsker: boolean;
  }[],
  inAnotherLanguage: (s: { askingWords: string[] }) => boolean,
): number {
  const firstQuestion = sentences.findIndex((s) => !s.reason && s.question && (hasTerm(s) || s.choosingForAsker));
  if (firstQuestion >= 0) return firstQuestion;
  // A question in another language asks though none of its words is ours: what comes before it is its context.
  const foreign = sentences.findLastIndex((s) => !s.reason && s.question && !hasTerm(s) && inAnotherLanguage(s));
  if (foreign > 0) return foreign;
  // What the asker says of themselves asks only when nothing else has a term ("I'm a case manager.").
  const stated = sentences.findLastIndex((s) => !s.reason && !s.said && hasTerm(s));
  return stated >= 0 ? stated : sentences.findLastIndex((s) => !s.reason && hasTerm(s));
}

/**
 * Share of a sentence's words that must be rare in English or missing from the word table (NAME_RANK) for the sentence
 * to be read as in another language ("es normal que trabajen en oficina todo el dia?"). Higher needs more foreign words;
 * lower takes an English question with a few rare words for a foreign one.
 */
const FOREIGN_SHARE = 0.5;

/**
 * Whether most of a sentence's words are no common English (FOREIGN_SHARE): it is written in another language. A
 * message read in English from another language (other-language.ts) has its grammar words in English now: only its
 * other words (not `grammar`) tell, those its cognates did not make English.
 */
function inAnotherLanguage({ askingWords }: { askingWords: string[] }, grammar: ReadonlySet<string> | null): boolean {
  const words = grammar ? askingWords.filter((word) => !grammar.has(word)) : askingWords;
  const rare = words.filter((word) => !amongCommonest(word, NAME_RANK));
  return words.length > 0 && rare.length / words.length > FOREIGN_SHARE;
}

/** The topic terms some of the sentences name. */
function termsOf(list: readonly { concepts: Concept[] }[]): Set<string> {
  // A plain loop: flatMap would make an array per sentence and per concept, on every message.
  const terms = new Set<string>();
  for (const s of list) for (const c of s.concepts) if (c.kind === 'term') terms.add(c.term);
  return terms;
}

type PhraseHit = { concept: Concept; length: number };

/** What one sentence says: the message's analysis but for what only the whole message shows. */
type SentenceAnalysis = Omit<
  Analysis,
  | 'contextTerms'
  | 'laterTerms'
  | 'laterAspects'
  | 'gapAspects'
  | 'saidAspects'
  | 'later'
  | 'foreign'
  | 'insideFacility'
  | 'likened'
  | 'identity'
  | 'traitAsked'
>;

/** A sentence's analysis, with what its Clause says of it: whether it asks, gives a reason, says who the asker is. */
type Sentence = SentenceAnalysis & {
  /** The aspects read as a going somewhere ("travel *to* the clients"): where the role works, no gap (`goingTo`). */
  going: Set<Aspect[]>;
  question: boolean;
  reason: boolean;
  said: boolean;
  marked: boolean;
  /** The titles it names: the roles as typed, and other jobs ("geriatric care manager", "patient navigator"). */
  titles: Array<{ stem: string; word: string }>;
  /** Whether it asks two titles to be the same job: "the same (thing) as", or any shape of identity.ts. */
  asksSame: boolean;
  /** Whether it asks two titles it names to be one job, in a shape of identity.ts. */
  identity: boolean;
  /** How many titles it names (roles and other jobs, not pointers). */
  named: number;
  /** Whether what it likens is a pointer ("is *that* just a care manager ..."): a title named before it, if any. */
  likensPointer: boolean;
  /** Whether it sets two things side by side: a choice ("... or ...") or another job beside ours. */
  sideBySide: boolean;
  /** Whether it is a yes-or-no question asked of the asker or of what they said ("could I be ...", "does that work"). */
  ofAsker: boolean;
};

/** What a sentence has said so far, as it is read word by word. */
type SentenceReading = SentenceAnalysis & {
  /** Words of an aspect ("cost", "weekends") are understood even when they are no topic's term. */
  understoodUntil: number;
  /** Inside an aspect longer than the phrase at hand, only words about the aspect's own topic count. */
  narrow: { topic: TopicId; until: number } | null;
  /** Whether a role (or a word pointing at one) has been read: what follows it is what is asked of the role. */
  subject: boolean;
  /** Where the verb of the activity asked of a role is, or -1: the terms after it are its object. */
  activityAt: number;
  /** Where a phrase of purpose or means after what a role does or gets begins (`adjunctAfter`), or -1. */
  adjunctFrom: number;
  /** Where the last aspect read ends and its place in `aspects`: one right after it is the compound's head. */
  lastAspect: { end: number; index: number } | null;
  /** The aspects read as a going somewhere (`goingTo`). */
  going: Set<Aspect[]>;
  /** Whether the sentence pays for a thing ("does the hospital pay for the exam"): its cost is asked, after the rest. */
  paysForThing: boolean;
};

/** Concepts that are the subject a question asks something of: "do case managers ...", "do they ...". */
const SUBJECTS = new Set<Concept['kind']>(['role', 'short-form', 'both-roles', 'reference', 'other-role']);
/**
 * The verbs that open a yes-or-no question in English, before its subject: "*do* case managers prescribe", "*can*
 * they". Such a question asks whether the role does what follows; a "what"/"how" question asks for the topic itself.
 */
export const YES_NO_OPENERS = new Set([
  'do',
  'doe',
  'did',
  'can',
  'could',
  'is',
  'are',
  'wa',
  'were',
  'will',
  'would',
  'should',
  'must',
  'may',
  'might',
  'ha',
  'have',
]);
/**
 * English's ways of asking for a length of time, stemmed: "how long", "how many years". A sentence that opens with
 * "when", or asks "how old", wants a moment; not "when" before its subject ("*when I consult* them, what do they do"),
 * a clause saying when the rest holds. What they ask is stated only by a fact that gives one (unsaid.ts).
 */
const DURATION = /(^| )how (long|many (year|month|week|day))( |$)/;
const MOMENT = /^when (?!(?:i|we|you|u) )|(^| )how old( |$)/;

/** Words between the opener and the subject that change nothing: "do *the* case managers". */
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'all', 'most']);

/**
 * English's quantifiers that pick some of a subject's kind ("do *any* care managers", "are *some of* them", "do *either
 * of* them"): the subject is still the role or the pointer after them, asked whether it does what follows.
 */
const QUANTIFIED = new Set(['any', 'some', 'many', 'each', 'every', 'either', 'none']);
/** Whether the word at `j` stands between an opener and its subject: a determiner, a quantifier, or its "of". */
const beforeSubject = (tokens: string[], j: number) =>
  DETERMINERS.has(tokens[j]!) ||
  QUANTIFIED.has(tokens[j]!) ||
  (tokens[j] === 'of' && (QUANTIFIED.has(tokens[j - 1] ?? '') || DETERMINERS.has(tokens[j - 1] ?? '')));

/** The opener of the yes-or-no question whose subject is at `i` ("do" in "do the case managers"), if any. */
function openerOf(tokens: string[], i: number): number | undefined {
  let j = i - 1;
  while (j >= 0 && beforeSubject(tokens, j)) j -= 1;
  // After a subject of its own it is the main verb, and the role its object: "can *i do* care mgmt part time".
  return j >= 0 && YES_NO_OPENERS.has(tokens[j]!) && !PRONOUNS.has(tokens[j - 1] ?? '') ? j : undefined;
}

/** Personal pronouns, the subject a verb before a role may have: "can *i* do care mgmt", "would *you* be a CM". */
const PRONOUNS = new Set(['i', 'you', 'u', 'we', 'he', 'she', 'they']);

/** Whether the subject at `i` follows the opener of a yes-or-no question. */
function asksWhether(tokens: string[], i: number): boolean {
  return openerOf(tokens, i) !== undefined;
}

/** Whether a "what"/"how" comes before the opener: "*what* tasks would a care manager take on" asks for something. */
function asksForSomething(tokens: string[], i: number): boolean {
  return tokens.slice(0, openerOf(tokens, i) ?? 0).some((token) => WH_WORDS.has(token));
}

/**
 * The openers after whose subject the main verb comes ("*do* they prescribe", "*can* they prescribe"); after "is" or
 * "are" comes what the role is ("are they licensed"), after "have" what it has done.
 */
const ACTION_OPENERS = new Set(['do', 'doe', 'did', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might']);
/** The words that open a question for something else than yes or no: "*where* would they spend their day". */
export const WH_WORDS = new Set(['what', 'whats', 'where', 'how', 'who', 'which', 'when', 'why', 'whi']);
/**
 * Verbs that only carry another or what they contain ("have to", "get certified", "take call", "include on-call
 * duties"): the words after them are what is asked, not an activity.
 */
export const LIGHT_VERBS = new Set([
  ...YES_NO_OPENERS,
  ...['be', 'been', 'get', 'got', 'had', 'done', 'go', 'take', 'use', 'include', 'involve', 'require', 'want', 'like'],
]);
/**
 * "go" carries what follows ("go part time", "go back to school") but for going *to* a place, which is a visit: "do
 * care managers actually *go to* people's houses" asks what they do, the houses where.
 */
const goesTo = (tokens: string[], verb: number) =>
  (tokens[verb] === 'go' || tokens[verb] === 'goe') && tokens[verb + 1] === 'to' && tokens[verb + 2] !== 'school';
/** Adverbs between a subject and its verb ("do they *usually* handle"); English's other "-ly" words too. */
const ADVERBS = new Set(['ever', 'even', 'still', 'just', 'all', 'also', 'often', 'always', 'never', 'sometimes']);
/** The term that asks what a role does ("what do they *do*"): the knowledge's topic of duties names it. */
export const DO = 'do';
/** The subjects whose verb says what a role does: a role, both, "the other one", and "they" (not "it", "that"). */
const PEOPLE_SUBJECTS = new Set<Concept['kind']>(['role', 'both-roles', 'other-role']);

/**
 * What a yes-or-no question asks whether the role does: its main verb, just after a subject that is a role ("do case
 * managers *prescribe*", "can they *handle* appeals"), past adverbs, when no phrase or aspect of ours names it. Null
 * for a "what"/"where" question, a light verb, a term (it speaks for itself), another job or grammar.
 */
function activityAfter(
  concept: Concept,
  tokens: string[],
  i: number,
  length: number,
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
): number | null {
  if (!PEOPLE_SUBJECTS.has(concept.kind) && !(concept.kind === 'reference' && tokens[i] === 'they')) return null;
  const opener = openerOf(tokens, i);
  if (opener === undefined || !ACTION_OPENERS.has(tokens[opener]!) || WH_WORDS.has(tokens[opener - 1] ?? ''))
    return null;
  let j = i + length;
  while (j < tokens.length && (ADVERBS.has(tokens[j]!) || /ly$/.test(tokens[j]!)) && readAsAdverb(phraseAt(j))) j += 1;
  const verb = tokens[j];
  if (verb === undefined) return null;
  // "do" itself, or a verb the synonyms read as "do" ("handle"), is an activity too; any other term speaks for itself.
  const hit = phraseAt(j)?.concept;
  if ((hit?.kind === 'term' && doing(hit.term, lexicon)) || withColleagues(tokens, j, lexicon, phraseAt)) return j;
  // A verb that opens an aspect's phrase is that aspect: "can they *move up*", "can they *work from home*".
  const aspect = longestAt(tokens, lexicon, lexicon.aspects, lexicon.maxAspectWords, j);
  if (hit || (LIGHT_VERBS.has(verb) && !goesTo(tokens, j)) || aspect) return null;
  return lexicon.jobHeads.has(verb) || !isContentWord(verb, lexicon) ? null : j;
}

/** English's verbs of being given something: "do they *get* mileage", "do case managers *receive* a bonus". */
const RECEIVING = new Set(['get', 'receive', 'receiv']);
/**
 * Words after "get" that make it no receiving: an infinitive or a motion ("get *to* work from home", "get *into*
 * case management", "get *out* in the field"), a pointer ("get *that*"), a comparative ("get *better*"), a thing
 * particular to some ("get *the* graveyard shift"), not given to all who hold the role.
 */
const NOT_RECEIVED = new Set([
  ...['to', 'into', 'in', 'out', 'off', 'back', 'up', 'on', 'there', 'through', 'thru', 'by', 'away', 'around'],
  ...['it', 'that', 'this', 'them', 'better', 'worse', 'used', 'close', 'closer', 'along', 'the'],
]);
/**
 * English's irregular past participles and the adjectives "get" most takes ("do they get *hurt*", "get *sick*", "get
 * *burnt* out"): a state come to, nothing given. Regular participles end in "-ed", adjectives of manner in "-ly".
 */
const STATES = new Set([
  ...['hurt', 'burnt', 'stuck', 'lost', 'caught', 'left', 'sent', 'kept', 'told', 'shown', 'given', 'taken', 'known'],
  ...['seen', 'done', 'chosen', 'sick', 'tired', 'bored', 'busy', 'lonely', 'sued', 'fired', 'hired', 'paid', 'laid'],
]);
/** Words that end what is received: another alternative, a purpose, a clause ("a company car *or* mileage *if* ..."). */
const RECEIVED_ENDS = new Set(['or', 'for', 'if', 'when', 'since', 'because', 'while', 'and', 'but', 'so', 'through']);
/** Possessives that make the thing the role's own ("get *their own* office"): a place to work from, nothing given. */
const OWNED = new Set(['their', 'own', 'his', 'her', 'my', 'your', 'our']);

/**
 * Whether a yes-or-no question asks if its subject, a role or "they", is given a thing: the verb "get" (past hedges)
 * with a noun object ("do they get *mileage*", "do care managers get *dental*", "do case managers get a company car"),
 * not a participle ("get certified", "get called in") nor a phrasal verb ("get summers off"). An object with a term of
 * its own, or an aspect of one topic only, speaks for itself ("get their own *office*", "get *tuition* help").
 */
function receivedAfter(
  concept: Concept,
  { tokens, words, lexicon, phraseAt }: SentenceScan,
  i: number,
  length: number,
) {
  if (!PEOPLE_SUBJECTS.has(concept.kind) && !(concept.kind === 'reference' && tokens[i] === 'they')) return false;
  const opener = openerOf(tokens, i);
  if (opener === undefined || !ACTION_OPENERS.has(tokens[opener]!) || asksForSomething(tokens, i)) return false;
  let j = i + length;
  while (j < tokens.length && (ADVERBS.has(tokens[j]!) || isAdverb(tokens[j]!))) j += 1;
  const first = words[j + 1] ?? '';
  if (first === '') return false;
  const next = tokens[j + 1] ?? '';
  // "would case management get *me* there": a person after "get" is caused to something, given nothing.
  if (!RECEIVING.has(tokens[j] ?? '') || NOT_RECEIVED.has(next) || OBJECT_PRONOUNS.has(next)) return false;
  if (STATES.has(first) || /(ed|ing|ly)$/.test(first)) return false;
  let end = j + 1;
  while (end < tokens.length && !RECEIVED_ENDS.has(tokens[end]!)) end += 1;
  if (tokens.slice(j + 1, end).some((token) => PARTICLE_ENDS.has(token) || OWNED.has(token))) return false;
  for (let k = j + 1; k < end; k += 1)
    if (ownTermAt(lexicon, phraseAt, k) || ownAspectAt(tokens, lexicon, k)) return false;
  return true;
}
/**
 * Whether a term at `k` of what is received speaks for itself: any term but one of where the roles work only, which
 * given to them is a thing of the job ("get *health insurance*": a plan, not the insurers they may work for). A
 * possessive has already made a place the role's own ("their own *office*", `OWNED`).
 */
function ownTermAt(lexicon: Lexicon, phraseAt: (start: number) => PhraseHit | null, k: number): boolean {
  const concept = phraseAt(k)?.concept;
  if (concept?.kind !== 'term') return false;
  return !(lexicon.termTopics.get(concept.term) ?? []).every(({ topic }) => placeTopics(lexicon).has(topic));
}
/** Whether an aspect of one topic only starts at `k` ("*tuition* help", the schooling's cost): it speaks for itself. */
const ownAspectAt = (tokens: string[], lexicon: Lexicon, k: number) =>
  longestAt(tokens, lexicon, lexicon.aspects, lexicon.maxAspectWords, k)?.value.every((a) => a.onlyWith) ?? false;
/** Particles that make "get X off/out/in" a phrasal verb ("get summers *off*", "get called *in*"): no receiving. */
const PARTICLE_ENDS = new Set(['off', 'out', 'in', 'back', 'up', 'away']);

/** The people one works alongside, besides the jobs: "work with other medical *professionals*", "the care *team*". */
const COLLEAGUES = new Set(['professional', 'team', 'staff', 'provider', 'colleague', 'coworker', 'clinician']);
/** How far after "work with" the people worked with may be named: "with *the patient's* doctors". */
const COLLEAGUES_WITHIN = 4;

/**
 * Working *with* other jobs is what a role does, not where it works: "do care managers work with the patient's
 * doctors and nurses", "do case managers work closely with other medical professionals" (the people up to an "or").
 */
function withColleagues(
  tokens: string[],
  verb: number,
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
): boolean {
  let w = verb + 1;
  while (/ly$/.test(tokens[w] ?? '')) w += 1;
  if (!/^work(ing)?$/.test(tokens[verb]!) || tokens[w] !== 'with') return false;
  for (let k = w + 1; k < Math.min(tokens.length, w + 1 + COLLEAGUES_WITHIN) && tokens[k] !== 'or'; k += 1)
    if (COLLEAGUES.has(tokens[k]!) || jobAt(tokens, lexicon, phraseAt, k)) return true;
  return false;
}

/** Prepositions of purpose and means: "get mileage reimbursed *for* home visits", "a 401k *through* their employer". */
const PURPOSE = new Set(['for', 'through', 'thru', 'via']);
/** Words of an object that is no thing of its own: a pointer ("do they do *that* for ..."), an infinitive's "to". */
const NO_OBJECT = new Set(['it', 'that', 'this', 'them', 'to']);

/**
 * After a yes-or-no question's subject ("do care managers ..."), where a phrase of purpose or means begins when the verb
 * has an object of its own before it: "get *mileage reimbursed* for home visits", "get *health insurance* through their
 * employer". Not when the verb has no object ("work for insurance companies"), the object points back or is an
 * infinitive ("have to work for"), or the phrase offers a choice ("for X or for Y"). -1 when there is none.
 */
function adjunctAfter(tokens: string[], verb: number): number {
  let v = verb;
  while (v < tokens.length && (ADVERBS.has(tokens[v]!) || /ly$/.test(tokens[v]!))) v += 1;
  const at = tokens.findIndex((token, k) => k > v + 1 && PURPOSE.has(token));
  if (at < 0 || tokens.slice(v + 1, at).some((token) => NO_OBJECT.has(token) || PURPOSE.has(token))) return -1;
  return tokens.slice(at).includes('or') ? -1 : at;
}

/** Prepositions of place: "sit *in* an office", "*at* a desk" say where the role works, not what it does. */
const LOCATIVES = new Set(['in', 'at', 'within', 'inside']);

/**
 * Whether the word at `i` belongs to the activity whose verb is at `verb` ("do they *go* to pts homes", "*help* pts
 * with money"): after a verb other than "do" itself (whose object is the duty: "do they do utilization review"), before
 * any preposition of place.
 */
function ofActivity(tokens: string[], verb: number, i: number): boolean {
  if (verb < 0 || i <= verb) return false;
  return !tokens.slice(verb + 1, i).some((token) => LOCATIVES.has(token));
}

/** Whether a term is only about what roles do ("do", "help" read as "duty"): as a verb, it names an activity. */
function doing(term: string, lexicon: Lexicon): boolean {
  const topics = new Set((lexicon.termTopics.get(DO) ?? []).map((t) => t.topic));
  return term === DO || (lexicon.termTopics.get(term) ?? []).every((t) => topics.has(t.topic));
}

/**
 * Reading one sentence word by word: what it has found so far, and what later words look back at (the roles named
 * and where, the end of the last credential).
 */
type SentenceScan = {
  words: string[];
  tokens: string[];
  lexicon: Lexicon;
  acronyms: Map<string, boolean>;
  phraseAt: (start: number) => PhraseHit | null;
  read: SentenceReading;
  roleSpans: RoleSpan[];
  // In a question asked of a role ("how much PTO do case managers get", "do case managers follow hospital policies"),
  // an off-topic word is what is asked of the role, not another subject: it no longer declines the question. One the
  // role only qualifies ("our case management software", "the care manager opening") still does.
  /** Whether the sentence asks something of a role by name: "how much PTO do *case managers* get". */
  roleAsked: boolean;
  /** The off-topic words a role only qualifies ("case management *software*"). */
  qualified: Set<Concept>;
  /** Where the last role's credential ends ("CCM" in "a CCM nurse"), or -1. */
  credentialEnd: number;
  /** The terms read, and where each starts and ends: one right before a role's name may modify it (roleModifier). */
  termReads: Array<{ term: string; start: number; end: number; modifies: boolean }>;
  /** A word pointing back that is the subject of a yes-or-no question before any role: "is *that* for RNs only?". */
  pointerSubject: Concept | null;
  /** Where a relative clause of the asker's own begins ("nursing homes like the one *where I volunteer*"), or Infinity. */
  ownFrom: number;
  /** Where that pointer is: "it" may be no pointer at all ("is *it* raining?"). */
  pointerAt: number;
  /** Where the goal of a verb of sufficiency begins ("does my aide experience count *for* the certification"), or -1. */
  goalAt: number;
  /** The words that only frame a choice weighed for the asker ("which one would *suit me more*"): fit.ts. */
  frame: Set<number>;
  /** The runs of words that name the asker's own past ("I was *a combat medic*", "*68W* here"; background.ts). */
  background: Span[];
  /**
   * The fields of a schooling the asker holds ("a bachelors in *criminal justice*"): what a question of theirs asks to
   * count, though their words are read as any others ("an *online* ADN" is no field, and stays asked).
   */
  schooling: Span[];
  /** The spans whose background concept has been read: one concept for each. */
  backgroundRead: Set<Span>;
  /** The other jobs read, as spans of tokens ("a *patient navigator*"): with the roles', the titles a sentence names. */
  jobSpans: Array<{ start: number; end: number }>;
  /**
   * Where words are a title's own, not terms ("a *transition* coordinator" likened to a role): read as nothing; and
   * where what restricts a title likened begins ("a case manager *who does home visits*"): its terms are adjuncts.
   */
  titled: Titled;
};

/**
 * "what about ...", "how about ...": what follows is what the question turns to, asked as what follows a role in a
 * yes-or-no question is ("what about a degree in *respiratory therapy*"): its words are read for gaps.
 */
const TURNS_TO = /^(?:what|how) about /;

/** The kinds of phrase that name one of our roles, or the pair, in a choice between them (fit.ts). */
const OUR_ROLES = new Set<Concept['kind']>(['role', 'short-form', 'both-roles']);

/**
 * A sentence that weighs a choice between the roles for the asker (fit.ts `weighsFit`): its frame's words are passed
 * over as grammar. A role's head word alone ("*case* or care manager") names its role in the choice.
 */
function readFit(scan: SentenceScan): void {
  const { tokens, lexicon, phraseAt } = scan;
  // Methods, not named arrows: under tsx every named closure is renamed on creation, on every sentence.
  const marks = {
    role(i: number) {
      return OUR_ROLES.has(phraseAt(i)?.concept.kind ?? 'term') || lexicon.heads.has(tokens[i]!);
    },
    chooses(i: number) {
      const concept = phraseAt(i)?.concept;
      return concept?.kind === 'term' && lexicon.comparison.has(concept.term);
    },
    // A topic's noun ("which of those *skills*"), not a term that only shapes a question ("which of these *needs* more").
    term(i: number) {
      const concept = phraseAt(i)?.concept;
      if (concept?.kind !== 'term') return false;
      return ![lexicon.generic, lexicon.questionForms, lexicon.comparison].some((shaping) => shaping.has(concept.term));
    },
  };
  if (!choosesBetween(tokens, marks)) return;
  scan.read.choosesRole = true;
  if (!weighsFit(tokens)) return;
  scan.read.choosingForAsker = true;
  scan.frame = fitFrame(tokens);
}

/** Verbs of counting for something that a comparative after them grades ("does med surg *count more*"). */
const GRADED = new Set(['count', 'qualify', 'weigh']);
/** Comparatives that grade a verb right after it, stemmed as the sentence's words are. */
const GRADES = new Set(['more', 'less']);

/**
 * "does med surg count more than L&D": a comparative right after a verb of counting grades how much the asker's past
 * counts (the experience), so it is grammar, understood and no topic's evidence ("more" is no pay here).
 */
function countedDegree(scan: SentenceScan): void {
  scan.tokens.forEach((token, i) => {
    if (GRADED.has(token) && GRADES.has(scan.tokens[i + 1] ?? '')) scan.frame.add(i + 1);
  });
}

function analyzeSentence(clause: Clause, lexicon: Lexicon, correct: (word: string) => string | null): Sentence {
  const scan = readScan(clause.text, lexicon, correct, NOT_TITLED);
  const titles = titleSpans(scan);
  const likened = identityAsked(scan.tokens, titles, clause.text);
  if (likened.length === 0) return finishSentence(scan, clause, titles, null);
  // Two titles asked to be one job: the words of a title are its name, not what is asked ("is a *transition*
  // coordinator basically a case manager" asks nothing of becoming one), nor is what restricts it ("a case manager
  // *who does home visits*"). Read again so.
  const titled = { words: titleModifiers(scan, likened), restrictedFrom: restrictedFrom(scan.tokens, likened) };
  const again =
    titled.words.size > 0 || titled.restrictedFrom >= 0 ? readScan(clause.text, lexicon, correct, titled) : scan;
  return finishSentence(again, clause, titles, likened);
}

/** Where a sentence's words belong to the titles it likens (identity.ts): their modifiers, and what restricts one. */
type Titled = { words: ReadonlySet<number>; restrictedFrom: number };
const NOT_TITLED: Titled = { words: new Set(), restrictedFrom: -1 };

function readScan(text: string, lexicon: Lexicon, correct: (word: string) => string | null, titled: Titled) {
  const scan = startScan(text, lexicon, correct, titled);
  readFit(scan);
  countedDegree(scan);
  for (let i = 0; i < scan.tokens.length; ) i += readAt(scan, i);
  return scan;
}

/**
 * The titles a sentence names, in order: each role as typed, each other job with the words before its head that make
 * its title (`withModifiers`), and the pointers that may stand for the thread's role ("is a navigator basically *that*").
 */
function titleSpans(scan: SentenceScan): TitleSpan[] {
  const { tokens, lexicon, roleSpans, jobSpans } = scan;
  const roles = roleSpans.map(({ start, length }) => {
    const concept = scan.phraseAt(start)?.concept;
    return {
      start,
      end: start + length,
      kind: 'role' as const,
      role: concept?.kind === 'role' ? concept.role : undefined,
    };
  });
  // Anonymous arrows where a named one would do: under tsx every named closure is renamed on creation.
  const jobs = jobSpans
    .filter(({ start }) => !inSpans(roles, start))
    .map((span) => withModifiers({ ...span, kind: 'job' }, tokens, lexicon, (at) => inSpans(roles, at)));
  const pointers = tokens.flatMap((token, at) =>
    TITLE_POINTERS.has(token) && !inSpans(roles, at) && !inSpans(jobs, at)
      ? [{ start: at, end: at + 1, kind: 'pointer' as const }]
      : [],
  );
  return [...roles, ...jobs, ...pointers].sort((a, b) => a.start - b.start);
}

/** The positions of the words before a job's head that are its title's own and read as no phrase of a title. */
function titleModifiers(scan: SentenceScan, titles: readonly TitleSpan[]): Set<number> {
  return new Set(
    titles.flatMap((t) =>
      t.kind === 'job'
        ? range(t.start, t.end - 1).filter(
            (at) => !readAsTitle(scan.phraseAt(at)) && !scan.lexicon.jobHeads.has(scan.tokens[at]!),
          )
        : [],
    ),
  );
}

/** Whether a phrase read is a title: a job's or one of our roles'. */
function readAsTitle(hit: PhraseHit | null): boolean {
  const kind = hit?.concept.kind;
  return kind === 'job' || kind === 'role';
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/**
 * A word typed with a capital inside a sentence (after another word, not after a sentence's or a clause's mark) is a
 * name: "know *Epic*", "a degree from *India*". So is an initialism common in English ("outside the *US*", "the *USA*":
 * among the `NAME_RANK` most common words of the table), in a sentence not shouted; a rare one is a field's shorthand
 * ("ICU", "ER", "SW") that the lists and the thread read. A word of a list of the knowledge is not unknown to it.
 */
const NAMED = /(?<=[\p{L}\p{N}'),]\s+)(\p{Lu}\p{Ll}+|\p{Lu}{2,5})(?![\p{L}\p{N}-])/gu;
/** Higher reads more initialisms as names (and more jargon as unsaid); lower only the most common. */
const NAME_RANK = 3000;
/**
 * A country's initialism after "in" says where the question is asked from, as a national source's figures are ("what
 * does a care manager make *in the US*"); one the question asks about is a name ("a *US* license", "outside the *US*").
 */
const WHERE_ASKED = /\bin(?: the)?\s+$/i;
function typedNames(text: string, lexicon: Lexicon): Array<{ stem: string; word: string }> {
  const plain = stripSlackMarkup(text);
  const shouted = (plain.match(/\p{Lu}/gu)?.length ?? 0) > (plain.match(/\p{Ll}/gu)?.length ?? 0);
  const names: Array<{ stem: string; word: string }> = [];
  // A plain loop, the cheap tests first: the sentence's rest is tokenized only for a name no list writes.
  for (const m of plain.matchAll(NAMED)) {
    const word = m[1]!;
    const known = stem(word.toLowerCase());
    if (listedWord(known, lexicon) || !typedAsName(plain, m, shouted) || heardAsHead(plain, m, lexicon)) continue;
    names.push({ stem: known, word });
  }
  return names;
}

/** A capitalised word, or an initialism common in English typed in a sentence not shouted, not where it is asked from. */
const typedAsName = (plain: string, m: RegExpMatchArray, shouted: boolean) =>
  /\p{Ll}/u.test(m[1]!) ||
  (!shouted && amongCommonest(m[1]!.toLowerCase(), NAME_RANK) && !WHERE_ASKED.test(plain.slice(0, m.index)));

/** A role's head word heard as a name ("do *Kay's* managers ..."): the role's. */
function heardAsHead(plain: string, m: RegExpMatchArray, lexicon: Lexicon): boolean {
  const [word, next] = tokenize(plain.slice(m.index));
  return heardHead(word ?? '', next, lexicon) !== null;
}

/** A word some list of the knowledge writes. */
const listedWord = (word: string, lexicon: Lexicon) =>
  lexicon.stems.has(word) ||
  lexicon.abbreviations.has(word) ||
  lexicon.stopwords.has(word) ||
  lexicon.fillers.has(word) ||
  lexicon.smalltalk.has(word);

/**
 * A synonym's frame with a phrase of its slot's term after it ("right out of *nursing school*" is "new grad", as "right
 * out of school" is), when longer than the phrase read at `start`; else null.
 */
function framedAt(tokens: string[], lexicon: Lexicon, start: number, length: number): PhraseHit | null {
  for (const { words, slot, term } of lexicon.frames) {
    if (!words.every((word, k) => tokens[start + k] === word)) continue;
    const filler = longestAt(tokens, lexicon, lexicon.phrases, lexicon.maxPhraseWords, start + words.length);
    if (filler?.value.kind === 'term' && filler.value.term === slot && words.length + filler.length > length)
      return { concept: { kind: 'term', term }, length: words.length + filler.length };
  }
  return null;
}

/** The runs of a sentence's words naming the asker's own past (background.ts), and which of them are schoolings. */
function pastOf(
  tokens: string[],
  words: string[],
  lexicon: Lexicon,
  acronyms: Map<string, boolean>,
  phraseAt: (start: number) => PhraseHit | null,
): { background: Span[]; schooling: Span[] } {
  if (!mayNamePast(tokens)) return { background: [], schooling: [] };
  // Methods, not named arrows: under tsx every named closure is renamed on creation, on every sentence. One object
  // for both readers, not a spread with a key added (on Node 20 such an object gets a shape of its own each time).
  const reader: SpanReader & { schooling: (i: number) => boolean } = {
    ours(i) {
      const kind = phraseAt(i)?.concept.kind;
      return kind !== undefined && kind !== 'job';
    },
    grammar(token) {
      return !isContentWord(token, lexicon);
    },
    counting: countingWord,
    opener: openerWord,
    titleHead(i) {
      return (
        phraseAt(i) !== null || lexicon.jobHeads.has(tokens[i]!) || acronyms.has(words[i]!) || /\d/.test(tokens[i]!)
      );
    },
    schooling(i) {
      const concept = phraseAt(i)?.concept;
      return SCHOOLING_HELD.has(concept?.kind === 'term' ? concept.term : tokens[i]!);
    },
  };
  return { background: backgroundSpans(tokens, reader), schooling: schoolingSpans(tokens, reader) };
}

const countingWord = (token: string) => SUFFICES.has(token) || HELPS.has(token);
const openerWord = (token: string) => YES_NO_OPENERS.has(token) || WH_WORDS.has(token);

/**
 * The phrase at each word of a sentence. The rules ask the phrase at a word many times over; the sentence's words
 * never change, so each is read once. Returned anonymous: under tsx a named closure is renamed on creation.
 */
function phraseReader(tokens: string[], lexicon: Lexicon): (start: number) => PhraseHit | null {
  const hits: Array<PhraseHit | null | undefined> = [];
  return (start) => {
    const known = hits[start];
    if (known !== undefined) return known;
    const hit = longestAt(tokens, lexicon, lexicon.phrases, lexicon.maxPhraseWords, start);
    const found =
      framedAt(tokens, lexicon, start, hit?.length ?? 0) ?? (hit && { concept: hit.value, length: hit.length });
    hits[start] = found;
    return found;
  };
}

/** The sentence's words and stems, with nothing read yet. */
function startScan(
  question: string,
  lexicon: Lexicon,
  correct: (word: string) => string | null,
  titled: Titled,
): SentenceScan {
  const words = expandedWords(question, lexicon);
  const tokens = sentenceTokens(words, lexicon, correct);
  const read = emptyReading(tokens);
  const phraseAt = phraseReader(tokens, lexicon);
  const acronyms = typedAcronyms(question);
  return {
    words,
    tokens,
    lexicon,
    acronyms,
    phraseAt,
    read,
    roleSpans: [],
    roleAsked: false,
    qualified: new Set(),
    credentialEnd: -1,
    termReads: [],
    pointerSubject: null,
    ownFrom: askersOwnClause(tokens),
    pointerAt: -1,
    goalAt: goalOfSufficing(tokens, lexicon, phraseAt),
    frame: new Set(),
    ...pastOf(tokens, words, lexicon, acronyms, phraseAt),
    backgroundRead: new Set(),
    jobSpans: [],
    titled,
  };
}

/** What a sentence is read to say before any of its words is read: the time it asks, and whether it asks of a subject. */
function emptyReading(tokens: string[]): SentenceReading {
  const asking = tokens.join(' ');
  return {
    concepts: [],
    unknown: [],
    aspects: [],
    qualifiers: new Map(),
    asked: [],
    aspectWords: [],
    asksTime: DURATION.test(asking) ? 'duration' : MOMENT.test(asking) ? 'when' : null,
    askingWords: tokens,
    statedBefore: [],
    askersOwn: [],
    activities: [],
    activityObjects: new Set(),
    roleModifiers: new Set(),
    adjunctTerms: new Set(),
    adjunctAspects: new Set(),
    adjunctFrom: -1,
    knowing: false,
    countsRole: false,
    classesRole: false,
    datesRole: false,
    choosingFor: false,
    choosingForAsker: false,
    startsNow: false,
    received: false,
    candidate: false,
    choosesRole: false,
    company: false,
    viewpoint: null,
    existential: false,
    activityAt: -1,
    lastAspect: null,
    going: new Set(),
    traits: [],
    toCount: null,
    names: [],
    pointerAsked: false,
    predicate: null,
    subject: TURNS_TO.test(asking),
    understoodUntil: 0,
    narrow: null,
    paysForThing: false,
  };
}

/** The prepositions that name what something counts or is enough for: "count *toward* the certification". */
const GOALS = new Set(['for', 'toward', 'towards']);
/**
 * Words after the preposition the goal's noun phrase may run to ("for *the care manager certification*"). Higher
 * reaches into what follows the goal ("enough for case management, or do *hospitals* want ..."); lower misses a goal
 * with its role named before its head.
 */
const GOAL_PHRASE_WORDS = 4;
/** Words that end the goal's phrase: what follows is another clause. */
const GOAL_ENDS = new Set(['or', 'and', 'but']);

/**
 * "does my aide experience *count for* the certification", "is a psych degree *enough for* the cert": what is asked is
 * the goal's requirement, and what is said to count before it only says by what means. Where the goal begins, when a
 * topic's own term heads it (not a word for the job itself: "qualify for these *positions*", nor a role: "enough for
 * case management"); -1 otherwise.
 */
function goalOfSufficing(
  tokens: readonly string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
): number {
  const verb = tokens.findIndex((token) => SUFFICES.has(token) && !GOALS.has(token));
  const goal = verb < 0 ? -1 : tokens.findIndex((token, i) => i > verb && GOALS.has(token));
  if (goal < 0) return -1;
  for (let i = goal + 1; i <= goal + GOAL_PHRASE_WORDS && i < tokens.length && !GOAL_ENDS.has(tokens[i]!); i++) {
    const concept = phraseAt(i)?.concept;
    if (concept?.kind === 'term' && !lexicon.questionForms.has(concept.term) && !lexicon.generic.has(concept.term))
      return goal;
  }
  return -1;
}

/**
 * A relative clause whose subject is the asker ("the one *where I volunteer*", "the degree *that I have*") says what the
 * asker does or has: its words are not asked of the role. Where it begins, or Infinity.
 */
const RELATIVES = new Set(['where', 'that', 'which', 'who']);
/**
 * Conjunctions of time that open the asker's circumstance after the question ("what should I look for *when I
 * interview* care managers"): what the asker does then is theirs, as in a relative clause. Not "if": a condition the
 * asker names ("if I only have a GED") is what the question turns on.
 */
const ASKERS_TIME = new Set(['when', 'whenever', 'while']);
const ASKER = new Set(['i', 'we']);
function askersOwnClause(tokens: string[]): number {
  const at = tokens.findIndex(
    (token, k) => k > 0 && (RELATIVES.has(token) || ASKERS_TIME.has(token)) && ASKER.has(tokens[k + 1] ?? ''),
  );
  return at < 0 ? Infinity : at;
}

/**
 * "which" right before an auxiliary or a modal ("which *would* suit someone who hates desk work", "which *should* a
 * dietitian go for") is a pronoun, as in "which one": a choice between the roles discussed, the comparison
 * `conversation.json` lists as "which one". Before a noun ("which org", "which skills") it is a determiner and chooses
 * among what that noun names.
 */
function whichPronoun(tokens: string[], i: number, lexicon: Lexicon): PhraseHit | null {
  if (tokens[i] !== 'which' || !YES_NO_OPENERS.has(tokens[i + 1] ?? '')) return null;
  const concept = lexicon.phrases.get(stemPhrase(WHICH_ONE));
  return concept ? { concept, length: 1 } : null;
}
/** The comparison a pronoun "which" stands for. */
const WHICH_ONE = 'which one';

/**
 * Determiners before the person paid after "who pays" ("who pays *a* care manager"); the person is a pronoun or a
 * role's or a job's head word, not an amount ("who pays *the most*").
 */
const PAID = new Set(['a', 'an', 'the', 'their', 'our', 'my', 'your', 'these', 'those']);
/** Besides time, the units a rate is paid by: "paid by the *visit*", "by the *case*". */
const RATE_UNITS = new Set(['visit', 'case', 'session', 'mile', 'job', 'piece']);
/** What English's word for an employer relation is, read through the lists as "employed" is. */
const EMPLOYER_PHRASE = 'work for';

/**
 * Who pays someone is who they work for (LABELLING.md §2): "is she *paid by* him or by some company?", "*who pays* a
 * care manager": the agent of the passive, or "who" as the subject with a person as the object (not "who pays *for*
 * the exam"). Read as "work for" is; the hit as read otherwise.
 */
function payerAsked(hit: PhraseHit | null, tokens: string[], i: number, lexicon: Lexicon): PhraseHit | null {
  if (hit?.concept.kind !== 'term' || hit.length !== 1 || !PAYING.has(tokens[i]!)) return hit;
  // "paid by the hour": "by the" before a unit is a rate, no party paying.
  const unit = tokens[i + 2] === 'the' && (TIME_UNITS.has(tokens[i + 3] ?? '') || RATE_UNITS.has(tokens[i + 3] ?? ''));
  const agent = tokens[i + 1] === 'by' && !unit;
  const paid =
    personWord(tokens[i + 1] ?? '', lexicon) ||
    (PAID.has(tokens[i + 1] ?? '') && personWord(tokens[i + 2] ?? '', lexicon));
  const payer = tokens[i - 1] === 'who' && paid;
  const employer = agent || payer ? lexicon.phrases.get(stemPhrase(EMPLOYER_PHRASE)) : undefined;
  return employer ? { concept: employer, length: 1 } : hit;
}

/** A word for someone paid: a pronoun, one of our roles' heads or a job's. */
const personWord = (word: string, lexicon: Lexicon) =>
  OBJECT_PRONOUNS.has(word) || lexicon.heads.has(word) || lexicon.jobHeads.has(word);

/** Reads the word or phrase at `i`; returns how many tokens it took. */
function readAt(scan: SentenceScan, i: number): number {
  const { tokens, words, lexicon, read, phraseAt } = scan;
  // "which one would *suit me more*": grammar that frames the choice, understood and no topic's evidence.
  if (scan.frame.has(i)) return 1;
  if (scan.titled.words.has(i)) return 1;
  // "case and care managers", "case/care manager", "case, not care": a head word names a role of its own.
  const skip = headRoleSkip(tokens, words, i, lexicon, phraseAt);
  if (skip > 0) {
    read.concepts.push(setAside({ kind: 'role', role: lexicon.heads.get(tokens[i]!)! }, tokens, i, lexicon));
    return skip;
  }
  const greeting = greetingAt(scan, i);
  if (greeting > 0) return greeting;
  const hit = payerAsked(phraseAt(i), tokens, i, lexicon) ?? whichPronoun(tokens, i, lexicon);
  // Who the asker is asks nothing: "*travel* RN here", "I was a *night shift* aide".
  if (!inSpans(scan.background, i)) noteAspect(read, tokens, words, lexicon, i, hit, phraseAt);
  const inside = read.narrow !== null && i < read.narrow.until;
  if (hit) return readPhrase(scan, i, hit, inside);
  if (!readHeadAlone(scan, i, inside) && !readNameEnd(scan, i, inside) && !readOtherJob(scan, i, inside))
    readLooseWord(scan, i, inside);
  return 1;
}

/**
 * A greeting of the knowledge's small talk that opens a sentence ("*Good morning*, what do case managers do", "Good
 * afternoon. I am a registered nurse ...") is said to the bot: its words are no topic's term ("good" of the skills),
 * though a phrase of ours as long or longer still reads first. How many words it takes, or 0.
 */
function greetingAt(scan: SentenceScan, i: number): number {
  const { tokens, lexicon, read, phraseAt } = scan;
  if (read.concepts.length > 0 || read.unknown.length > 0) return 0;
  const talk = longestAt(tokens, lexicon, lexicon.smalltalk, lexicon.maxSmalltalkWords, i);
  if (talk?.value !== 'greeting' || talk.length <= (phraseAt(i)?.length ?? 0)) return 0;
  return talk.length;
}

/**
 * A phrase of ours at `i` read as something else than itself, its length when it is: a thing paid for or said paid, a
 * cause or a fit, a pair counted, a credential held, a pointer standing for a thing. 0 when it is read as itself.
 */
function readAsOther(scan: SentenceScan, concept: Concept, i: number, hit: PhraseHit, inside: boolean): number {
  const { tokens, read, phraseAt } = scan;
  if (concept.kind === 'term' && paysForThing(tokens, scan.words, i, phraseAt)) {
    read.paysForThing = true;
    return hit.length;
  }
  if (concept.kind === 'term' && hit.length === 1 && thingSaidPaid(scan, i)) return hit.length;
  if (concept.kind === 'term' && (causes(tokens, i) || suits(tokens, i, phraseAt))) return hit.length;
  if (concept.kind === 'both-roles' && (correlative(tokens, i, hit.length, scan) || countsTime(tokens, i, hit.length)))
    return hit.length;
  if (concept.kind === 'term' && holdsCredential(scan, i, hit.length)) {
    // The holder may follow: "SANE-A certified *nurses*".
    scan.credentialEnd = i + 1;
    return hit.length;
  }
  const thing = standsForThing(tokens, i);
  if (concept.kind === 'reference' && hit.length === 1 && thing && accompanied(tokens, i)) return 1;
  // After a thing off our topics it stands for that thing: "the printer is jammed, who fixes that".
  const ownThing = read.concepts.some((c) => c.kind === 'off-topic');
  if (concept.kind === 'reference' && hit.length === 1 && thing && !ownThing) {
    placeConcept(scan, { kind: 'reference', thing: true }, i, 1, inside);
    noteSubject(scan, read.concepts.at(-1)!, i, 1);
    return 1;
  }
  return 0;
}

/** A phrase of ours at `i`: its concept, and whether it is the subject a question asks something of. */
function readPhrase(scan: SentenceScan, i: number, hit: PhraseHit, inside: boolean): number {
  const { tokens, lexicon, read, phraseAt } = scan;
  const concept = setAside(
    asOtherTitle(shortFormAgainst(hit, tokens, i, lexicon, read.concepts.at(-1), phraseAt), scan, i, hit.length),
    tokens,
    i,
    lexicon,
  );
  const instead = readAsOther(scan, concept, i, hit, inside);
  if (instead > 0) return instead;
  if (concept.kind === 'off-topic' && scan.roleSpans.some((span) => span.start + span.length === i))
    scan.qualified.add(concept);
  if (concept.kind === 'role' || concept.kind === 'short-form') dropAdjunctRole(scan, concept, i);
  const placed = turning(concept, tokens, i, hit.length);
  placeConcept(scan, placed, i, hit.length, inside);
  if (concept.kind === 'term' && !concept.role)
    scan.termReads.push({ term: concept.term, start: i, end: i + hit.length, modifies: false });
  const from = concept.kind === 'role' || concept.kind === 'short-form' ? roleModifier(scan, i, hit.length) : i;
  // A word that compares ("do they do the *same* job") says how the activity is done, not what it is done with.
  if (concept.kind === 'term' && ofActivity(tokens, read.activityAt, i) && !lexicon.comparison.has(concept.term))
    read.activityObjects.add(concept.term);
  if (concept.kind === 'term' && read.adjunctFrom >= 0 && i >= read.adjunctFrom) read.adjunctTerms.add(concept.term);
  // What is said to count or be enough is the means; the goal after it is what is asked.
  if (concept.kind === 'term' && i < scan.goalAt) read.adjunctTerms.add(concept.term);
  const restricted = scan.titled.restrictedFrom;
  if (concept.kind === 'term' && restricted >= 0 && i >= restricted) read.adjunctTerms.add(concept.term);
  if ((concept.kind === 'term' && concept.role) || (concept.kind === 'role' && concept.credential))
    scan.credentialEnd = i + hit.length;
  // A phrase after the subject is part of what is asked ("do they work in *hospitals*"), as a loose word is.
  if (read.subject && i >= read.understoodUntil && i < scan.ownFrom)
    for (let at = i; at < i + hit.length; at += 1)
      if (isContentWord(tokens[at]!, lexicon)) read.asked.push({ stem: tokens[at]!, word: scan.words[at]! });
  noteSubject(scan, placed, i, hit.length, from);
  return hit.length;
}

/** "what about", "how about" as read: a pointer that introduces what follows (`turnsTo`). */
const turning = (concept: Concept, tokens: readonly string[], i: number, length: number): Concept =>
  concept.kind === 'reference' && TURNS_TO.test(`${tokens.slice(i, i + length).join(' ')} `)
    ? { kind: 'reference', turnsTo: true }
    : concept;

/** What a thing's subject opens with: "does *that* work for", "would *my* degree work for", "*what* majors work for". */
const THING_SUBJECT = new Set(['it', 'that', 'this', 'my', 'your', 'his', 'her', 'what', 'which']);
/** How many words may come between a thing's determiner and "work for": "would my *compact license* work for". */
const THING_WORDS = 2;
/** The kinds of phrase that name people: after them, "work for" says who employs them. */
const PERSON_KINDS = new Set<Concept['kind']>(['role', 'short-form', 'both-roles', 'other-role', 'reference', 'job']);

/**
 * "work for" with a thing as its subject suits ("what majors *work for* care manager", "does that *work for* care
 * management", "would my degree *work for* ..."): it says the thing qualifies, not who employs someone ("who do care
 * managers work for"), so it is no word for a work setting.
 */
function suits(tokens: string[], i: number, phraseAt: (start: number) => PhraseHit | null): boolean {
  if (tokens[i] !== 'work' || tokens[i + 1] !== 'for') return false;
  let k = i - 1;
  while (k >= 0 && (ADVERBS.has(tokens[k]!) || /ly$/.test(tokens[k]!))) k -= 1;
  if (THING_POINTERS.has(tokens[k] ?? '') || DEMONSTRATIVES.has(tokens[k] ?? '')) return true;
  for (let d = k; d >= Math.max(0, k - THING_WORDS); d -= 1) {
    if (!THING_SUBJECT.has(tokens[d]!) || d === k) continue;
    const words = tokens.slice(d + 1, k + 1);
    return !words.some((_, n) => personAt(tokens, phraseAt, d + 1 + n) || ACTION_OPENERS.has(words[n]!));
  }
  return false;
}

/** Whether the word at `at` names a person ("one" included): who works, not the thing that suits. */
const personAt = (tokens: readonly string[], phraseAt: (start: number) => PhraseHit | null, at: number) =>
  PERSON_KINDS.has(phraseAt(at)?.concept.kind ?? 'term') || tokens[at] === 'one';

/** An adverb the thread's words read as a pointer ("do they *also* do discharge planning") is still an adverb here. */
const readAsAdverb = (hit: PhraseHit | null) => hit === null || hit.concept.kind === 'reference';

/** Units of time, stemmed: a number before one counts it ("the two *years* for the case one"). */
const TIME_UNITS = new Set(['year', 'yr', 'month', 'week', 'day', 'hour']);

/**
 * "the two", "those two" before a unit of time ("the two years of RN experience") is a count of the unit, as "the 2
 * years" is, not the pair of roles: "the two roles", "which of the two pays more" still name them.
 */
const countsTime = (tokens: readonly string[], i: number, length: number) =>
  tokens[i + length - 1] === 'two' && TIME_UNITS.has(tokens[i + length] ?? '');

/** How many words "both ... and" may join on each side: "both *inpatient* and *outpatient*", "both *home health* and". */
const CORRELATED_WORDS = 2;
/** What "both" is correlated with: "both X *and* Y". */
const CORRELATES = new Set(['and', '&']);

/**
 * "both X and Y" joining things that are not roles ("do they do that for *both* inpatient and outpatient") is the
 * conjunction, not the pair of roles: "both case and care managers", "both roles" still name them.
 */
function correlative(tokens: string[], i: number, length: number, { lexicon, phraseAt }: SentenceScan): boolean {
  if (length !== 1 || tokens[i] !== 'both') return false;
  const and = tokens.findIndex((token, k) => k > i + 1 && k <= i + 1 + CORRELATED_WORDS && CORRELATES.has(token));
  if (and < 0) return false;
  const joined = [...Array.from({ length: and - i - 1 }, (_, n) => i + 1 + n), and + 1];
  return !joined.some((k) => roleLikeAt(tokens, lexicon, phraseAt, k)) && tokens[i + 1] !== 'of';
}

/** Whether the word at `k` names a role: one of our roles' heads, or a phrase read as one. */
const roleLikeAt = (
  tokens: readonly string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
  k: number,
) => lexicon.heads.has(tokens[k] ?? '') || ROLE_LIKE.has(phraseAt(k)?.concept.kind ?? 'term');

/**
 * A term right before a role's name in the subject of a question ("does the *hospital* case manager help", "how much do
 * *certified* case managers make") modifies the name as an English noun or adjective before a noun does: it says which
 * holders of the role are meant. Where the role's noun phrase starts (the term's start, or `i`).
 */
function roleModifier(scan: SentenceScan, i: number, length: number): number {
  const { tokens } = scan;
  const before = scan.termReads.at(-1);
  if (before?.end !== i || !modifierTerm(before.term, scan)) return i;
  // Only in the subject of a question: as the complement of "become", "be" or "make someone" ("what makes someone *a
  // good* care manager") the modifier is what is asked.
  if (!asksWhether(tokens, before.start)) return i;
  // "a" agrees with one holder: "is project management *a skill* case mgrs use" has the term as its own noun.
  const opens = tokens[before.start - 1] ?? '';
  if ((opens === 'a' || opens === 'an') && /s$/.test(scan.words[i + length - 1] ?? '')) return i;
  before.modifies = true;
  return before.start;
}

/**
 * A term that may modify a role's name: not one that compares or sets apart ("the *same* case manager", "do *most* case
 * managers"), only shapes a question, or qualifies an aspect (a "new grad" case manager's pay is what is asked).
 */
const modifierTerm = (term: string, { lexicon, read }: SentenceScan) =>
  !lexicon.comparison.has(term) &&
  !lexicon.contrast.has(term) &&
  !lexicon.generic.has(term) &&
  !read.qualifiers.has(term);

/** Prepositions that open a place: "a case manager *in* a hospital", "*at* our clinic". */
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/**
 * Asked what a role is ("what is a case manager in a hospital", "explain what a care manager is, ... in our
 * hospitals"), a place after the role's name says which holders are meant, as a modifier before it does ("a hospital
 * case manager"): the term in "in/at (the|our ...) PLACE" counts as a modifier, not as what is asked.
 */
const overviewTerm = (term: string, lexicon: Lexicon) =>
  (lexicon.termTopics.get(term) ?? []).some((t) => t.topic === lexicon.roles.overview);

function placesOfRoleAsked(scan: SentenceScan): void {
  const { tokens, lexicon } = scan;
  const firstRole = scan.roleSpans[0]?.start;
  if (firstRole === undefined) return;
  if (!scan.termReads.some((read) => overviewTerm(read.term, lexicon))) return;
  for (const read of scan.termReads) {
    if (read.start < firstRole || overviewTerm(read.term, lexicon)) continue;
    let before = read.start - 1;
    while (before > 0 && POSSESSIVES.has(tokens[before]!)) before -= 1;
    if (PLACE_PREPOSITIONS.has(tokens[before] ?? '')) read.modifies = true;
  }
}

/**
 * English's verbs of paying, and of giving or offering when what is given is pay or a perk, stemmed: their subject is
 * who pays. "provide" is left out: what a role provides (care, support) is its work.
 */
const PAYING_VERBS = new Set(['pay', 'reimburse'].map(stem));
const GIVING = new Set(['give', 'offer'].map(stem));
/** Adverbs between a subject and its verb: "do hospitals *usually* give bonuses". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'usually',
  'typically',
  'normally',
  'generally',
  'often',
  'ever',
  'also',
  'still',
]);

/**
 * A term right before a verb of paying or giving ("which of those *places* pays best", "do *hospitals* give sign on
 * bonuses") is who pays or gives: it says whose pay or perk is meant, as a modifier of a role's name says which holders
 * are (matcher.ts ROLE_MODIFIER_SHARE), and what is paid or given is what is asked.
 */
function payersNamed(scan: SentenceScan): void {
  const { tokens, lexicon, read: sentence } = scan;
  // What is given is pay or a perk when the knowledge asks it as a gap of the topics "pay" is a term of: "give sign on
  // *bonuses*".
  const pay = lexicon.phrases.get(stem('pay'));
  const payTopics = new Set(pay?.kind === 'term' ? (lexicon.termTopics.get(pay.term) ?? []).map((t) => t.topic) : []);
  const payAspect = sentence.aspects.some((aspects) => aspects.some((a) => payTopics.has(a.nearest)));
  for (const read of scan.termReads) {
    let verb = read.end;
    while (BETWEEN_SUBJECT_AND_VERB.has(tokens[verb] ?? '')) verb += 1;
    if (verb >= tokens.length || PAYING_VERBS.has(tokens[read.start]!)) continue;
    if (PAYING_VERBS.has(tokens[verb]!) || (GIVING.has(tokens[verb]!) && payAspect)) read.modifies = true;
  }
}

/** The terms a sentence read only as modifiers of a role's name: each of them says which holders, and asks nothing. */
const onlyModifying = (scan: SentenceScan) =>
  new Set(
    scan.termReads
      .filter((read) => read.modifies)
      .map((read) => read.term)
      .filter((term) => scan.termReads.every((read) => read.term !== term || read.modifies)),
  );

/**
 * A past participle right after a credential says its holder holds it ("CCRC *certified* coordinators", "being CWOCN
 * *certified*"), as a job after it is its holder: the credential counts, the participle asks nothing of its own.
 */
const holdsCredential = (scan: SentenceScan, i: number, length: number) =>
  length === 1 && i === scan.credentialEnd && /ed$/.test(scan.words[i]!);

/**
 * A one-word name of one role right before another role's name modifies it, as a noun before a noun does: "ip case
 * managers" are inpatient case managers, "CCRC care managers" care managers who hold it. The first names no role.
 */
function dropAdjunctRole(scan: SentenceScan, concept: Concept & { kind: 'role' | 'short-form' }, i: number): void {
  const { read, roleSpans } = scan;
  const span = roleSpans.at(-1);
  const before = read.concepts.at(-1);
  if (span?.length !== 1 || span.start + 1 !== i || before?.kind !== 'role') return;
  const roles = concept.kind === 'role' ? [concept.role] : concept.roles;
  if (roles.includes(before.role)) return;
  read.concepts.pop();
  roleSpans.pop();
}

/** Object pronouns: after "make" they make it causative ("would an MSN *make me* more competitive"), not earning. */
const OBJECT_PRONOUNS = new Set(['me', 'you', 'u', 'him', 'her', 'us', 'them']);
/** "make" with a person as its object causes what follows, and earns nothing. */
const causes = (tokens: string[], i: number) =>
  (tokens[i] === 'make' || tokens[i] === 'made' || tokens[i] === 'making') && OBJECT_PRONOUNS.has(tokens[i + 1] ?? '');

/** The forms of the verb "pay" that may be a salary's word too: "does the hospital *pay for* your BSN". */
const PAYING = new Set(['pay', 'paid', 'paying', 'payed']);
/** "get" before "paid" makes it passive of a person: "do they *get* paid for the driving" asks what they earn. */
const GETTING = new Set(['get', 'got', 'getting', 'gotten']);
/** Before "for", the possessives and determiners that come before what is paid for: "pay for *your* BSN". */
const POSSESSIVES = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that']);
/** Before "pay", the words that make it a noun, an amount earned: "get *extra* pay for being certified", "*more* pay for nights". */
const PAY_AS_NOUN = new Set([
  'extra',
  'more',
  'less',
  'higher',
  'lower',
  'additional',
  'better',
  'base',
  'bonus',
  'premium',
]);
/** What is paid for when it is people ("pay for *all three*", "*both*"): their pay, not a cost. */
const PEOPLE = new Set(['all', 'both', 'each', 'everyone']);
/**
 * The plural pro-form that stands for holders of a role ("the RN *ones*", "the certified *ones*"): an object ending
 * with it is people. Not "one": "pay for that one" is a thing (an exam, a program).
 */
const PEOPLE_PRO_FORM = 'ones';
/** Words that may qualify that pro-form ("the *non RN* ones"): higher reads longer objects as people, lower misses some. */
const PRO_FORM_WORDS = 3;

/**
 * "pay for" a thing is spending on it ("does the hospital *pay for* your BSN", "will they help *pay for* it"), not a
 * salary: a verb, not after a determiner ("the pay for case managers") nor a word that makes it an amount ("extra pay
 * for being certified"), whose object is no role, job or people.
 */
function paysForThing(
  tokens: string[],
  words: readonly string[],
  i: number,
  phraseAt: (start: number) => PhraseHit | null,
): boolean {
  const before = tokens[i - 1] ?? '';
  if (!PAYING.has(tokens[i]!) || tokens[i + 1] !== 'for' || DETERMINERS.has(before) || PAY_AS_NOUN.has(before))
    return false;
  // "do they *get paid for* the driving": the passive with "get" is someone earning for what they do.
  if (GETTING.has(before)) return false;
  let j = i + 2;
  while (j < tokens.length && POSSESSIVES.has(tokens[j]!)) j += 1;
  const object = tokens[j];
  if (object === undefined || PEOPLE.has(object) || /^\d/.test(object)) return false;
  if (words.slice(j, j + PRO_FORM_WORDS + 1).includes(PEOPLE_PRO_FORM)) return false;
  // A credential is a thing paid for ("pay for the CWOCN exam"), though it names its holder elsewhere.
  const concept = phraseAt(j)?.concept;
  if (concept?.kind === 'role' && concept.credential) return true;
  // The object's head may come after words that only describe it: "pay for a *brand new* case manager".
  for (let k = j; k < tokens.length && k <= j + OBJECT_MODIFIERS && !OBJECT_ENDS.has(tokens[k]!); k += 1) {
    const kind = phraseAt(k)?.concept.kind;
    if (kind === 'role' || kind === 'short-form' || kind === 'job' || kind === 'both-roles') return false;
  }
  return true;
}
/**
 * Paying for a thing ("does the hospital pay for the CCM exam", "do hospitals usually pay for it?") asks who bears what
 * it costs: the cost as the topics of the thing paid for ask it, their aspects of the knowledge's "cost" that hold on
 * one topic only (`onlyWith`: the exam's fee, the schooling's cost), asked as who pays (gap-line.ts `asPaidFor`). They
 * weigh for no topic, so the thing's own words decide; a topic with no such aspect (the pay: "paid for home visits") has
 * no gap from it. Read after the sentence's other aspects: an aspect the thing itself is ("pay for *recertification*")
 * says more of what is paid for.
 */
function costOfThingPaid(read: SentenceReading, lexicon: Lexicon): void {
  const costs = (lexicon.aspects.get(stem(COST)) ?? []).filter((aspect) => aspect.onlyWith).map(asPaidFor);
  if (costs.length > 0) read.aspects.push(costs);
}
/** The way the knowledge's aspects ask what a thing costs. */
const COST = 'cost';

/** The passive forms of "pay": said of a thing, "are internships *paid*", "is the exam *paid* by the hospital". */
const PASSIVE_PAID = new Set(['paid', 'payed', 'unpaid']);
/** English's agent and purpose after a passive: "paid *by* the hospital", "paid *for* by": someone pays for the thing. */
const PAYER_FOLLOWS = new Set(['by', 'for']);

/**
 * "are care management internships paid", "can the internship be paid?", "is the CCM exam paid by the hospital": in a
 * yes-or-no question, "(be) paid" right after a term that is a thing, not a person, says the thing is paid, not what
 * someone earns. The pay counts for no topic (the thing's own term decides). With a payer after it, someone pays for the
 * thing (its cost, as `paysForThing`); without, whether it is paid is what is asked of it, read as what a generic verb
 * takes ("be" and "paid", predicate.ts), which a fact of the thing's topic must name.
 */
function thingSaidPaid(scan: SentenceScan, i: number): boolean {
  const { tokens, words, read } = scan;
  if (!PASSIVE_PAID.has(tokens[i]!) || !YES_NO_OPENERS.has(tokens[0] ?? '')) return false;
  const subjectEnd = tokens[i - 1] === 'be' ? i - 1 : i;
  const last = read.concepts.at(-1);
  if (last?.kind !== 'term' || scan.termReads.at(-1)?.end !== subjectEnd) return false;
  if (PAYER_FOLLOWS.has(tokens[i + 1] ?? '')) read.paysForThing = true;
  else
    read.predicate = { verb: { stem: 'be', word: 'be' }, object: [{ stem: tokens[i]!, word: words[i]! }], only: true };
  return true;
}

/**
 * How many words may describe what is paid for before its head: "pay for a *brand new* case manager" pays a person.
 * Higher looks further for a person (and may reach past the object); lower takes more described people for things.
 */
const OBJECT_MODIFIERS = 3;
/** English's prepositions and conjunctions, which end the object's noun phrase: "pay for the exam *for* case managers". */
const OBJECT_ENDS = new Set(['for', 'of', 'to', 'in', 'at', 'with', 'and', 'or', 'if', 'so', 'by', 'on', 'from']);

/**
 * English's pronoun for a thing, not a person ("it"), and a demonstrative before "one" ("do they do *that one* too"): in
 * a thread not about the role itself they stand for what the thread's topic is about.
 */
const THING_POINTERS = new Set(['it']);
const DEMONSTRATIVES = new Set(['that', 'this']);
/**
 * The plural demonstratives: as the subject right after a question's opener ("do *those* expire", "how long do *those*
 * take to get") they stand for the thread's things, as "that" does; the roles are "they" ("those two" names the pair).
 */
const PLURAL_DEMONSTRATIVES = new Set(['those', 'these']);

/** Whether the word at `i` is a pronoun for a thing: "it", a demonstrative alone, "those" as the subject. */
const standsForThing = (tokens: readonly string[], i: number) =>
  THING_POINTERS.has(tokens[i]!) ||
  (DEMONSTRATIVES.has(tokens[i]!) && demonstrativePronoun(tokens, i)) ||
  (PLURAL_DEMONSTRATIVES.has(tokens[i]!) && asksWhether([...tokens], i));

/** Verbs of going along with something, stemmed: "certifications that *go* with that", "what *comes* with it". */
const ACCOMPANYING = new Set(['go', 'goe', 'come', 'pair']);
/** What opens the clause of such a verb after the thing asked for: "any certs *that* go with it", "*to* go with it". */
const CLAUSE_OPENERS = new Set(['that', 'which', 'to']);

/**
 * A pointer that ends "[that/to] go (along) with ___" after the thing asked for ("any certifications that go with
 * that?", "what certs to go with it"): the thread's thing is what the thing asked for goes with, not what is asked
 * about, so it adds nothing for the thread's topic.
 */
function accompanied(tokens: readonly string[], i: number): boolean {
  if (tokens[i - 1] !== 'with') return false;
  const verb = tokens[i - 2] === 'along' ? i - 3 : i - 2;
  return ACCOMPANYING.has(tokens[verb] ?? '') && CLAUSE_OPENERS.has(tokens[verb - 1] ?? '');
}

/**
 * Whether "that"/"this" stands alone for a thing, as "it" does: before "one", as the subject right after the opener of
 * a question ("does *that* go up with experience", "how long does *that* take"), or as the sentence's last word ("would
 * my years count toward *that*"). Elsewhere it may open a clause ("someone said that ...") or be a determiner.
 */
const demonstrativePronoun = (tokens: readonly string[], i: number) =>
  tokens[i + 1] === 'one' ||
  (i === tokens.length - 1 && !TIME_PREPOSITIONS.has(tokens[i - 1] ?? '')) ||
  (asksWhether([...tokens], i) && tokens[i - 1] !== 'that');
/** Before them the thing is a point in time, not what is asked: "what degree do you need *before that*". */
const TIME_PREPOSITIONS = new Set(['before', 'after', 'since', 'until', 'till', 'during']);

/**
 * A noun right after a role the question turns to is the role's ("what about care manager *candidates*"), not a thing
 * asked of it; after a role that is a subject it is what the role is asked to do ("do case managers *prescribe*").
 */
function roleQualifies(scan: SentenceScan, i: number): boolean {
  return TURNS_TO.test(scan.tokens.join(' ')) && scan.roleSpans.some((span) => span.start + span.length === i);
}

/** Adds a phrase's concept, unless it is out of place; a job noun after a role makes one job title of both. */
function placeConcept(scan: SentenceScan, concept: Concept, i: number, length: number, inside: boolean): void {
  const { tokens, words, lexicon, read, phraseAt } = scan;
  // "back to ..." goes back only where a sentence starts with it: "do I have to go back to school" does not.
  const misplaced =
    (concept.kind === 'back-to' && !concept.both && read.concepts.length + read.unknown.length > 0) ||
    joinsNoRoles(concept, tokens, i, length, lexicon, read.concepts.at(-1), phraseAt);
  // A job right after a role's credential is the credential's holder: "a CCM nurse" is a case manager.
  const holder = concept.kind === 'job' && scan.credentialEnd === i;
  const ofRole =
    concept.kind === 'job' && length === 1
      ? qualifiedRole(read.concepts, scan.roleSpans, i, tokens[i]!, lexicon)
      : null;
  if (concept.kind === 'job' && !ofRole && readBackground(scan, i)) return;
  if (ofRole) {
    read.concepts.pop();
    const title = [...words.slice(ofRole.start, i), words[i]!].join(' ');
    read.concepts.push(asBackground({ kind: 'job', phrase: title }, tokens, ofRole.start, i + 1 - ofRole.start));
    scan.jobSpans.push({ start: ofRole.start, end: i + 1 });
  } else if (!misplaced && !holder && (!inside || aboutTopic(concept, read.narrow!.topic, lexicon))) {
    if (concept.kind === 'job') scan.jobSpans.push({ start: i, end: i + length });
    read.concepts.push(
      asStandard(
        asBackground(fieldOrQualifier(concept, phraseAt(i + length), lexicon), tokens, i, length),
        tokens,
        i,
        length,
      ),
    );
  }
}

/** Whether the concept at `i` is the subject of a yes-or-no question, and what it is asked whether it does. */
function noteSubject(scan: SentenceScan, concept: Concept, i: number, length: number, from = i): void {
  const { tokens, words, lexicon, read, phraseAt } = scan;
  if (concept.kind === 'reference' && scan.roleSpans.length === 0 && asksWhether(tokens, i))
    if (scan.pointerSubject === null) {
      scan.pointerSubject = concept;
      scan.pointerAt = i;
    }
  read.predicate ??= predicateOf(scan, concept, from, length + i - from);
  // The subject's noun phrase may open with a word modifying the role's name ("does the *hospital* case manager help").
  if (SUBJECTS.has(concept.kind) && asksWhether(tokens, from)) {
    // Only a yes or no asks whether the role does what follows; the words after it are what is asked.
    if (!asksForSomething(tokens, from)) read.subject = true;
    if (read.adjunctFrom < 0) read.adjunctFrom = adjunctAfter(tokens, i + length);
    const at = activityAfter(concept, tokens, from, length + i - from, lexicon, phraseAt);
    read.received ||= receivedAfter(concept, scan, from, length + i - from);
    if (at !== null) {
      read.activities.push(tokens[at]!);
      read.activityAt = at;
    }
  }
  if (concept.kind === 'role' || concept.kind === 'short-form') {
    scan.roleSpans.push({ start: i, length, lastWord: words[i + length - 1]! });
    if (asksWhether(tokens, i)) scan.roleAsked = true;
  }
}

/**
 * What a yes-or-no question asks a role named as its subject does ("do case managers get summers off", "can *one* care
 * manager work with several families"): after an opener that takes a verb, not after a "what"/"how"; null otherwise.
 */
function predicateOf(scan: SentenceScan, concept: Concept, i: number, length: number): Predicate | null {
  const { tokens } = scan;
  // "they" may be anyone the message names ("if a student finishes our ADN, can *they* go ..."): only a role by name.
  if (!PEOPLE_SUBJECTS.has(concept.kind)) return null;
  let j = i - 1;
  while (j >= 0 && (DETERMINERS.has(tokens[j]!) || ONE_OF_THEM.has(tokens[j]!))) j -= 1;
  if (j < 0 || !ACTION_OPENERS.has(tokens[j]!) || PRONOUNS.has(tokens[j - 1] ?? '')) return null;
  if (tokens.slice(0, j).some((token) => WH_WORDS.has(token))) return null;
  return predicateAt(tokens, scan.words, i + length, scan.ownFrom);
}
/** Words before a role that pick one of its kind: "can *one* care manager", "does *each* case manager". */
const ONE_OF_THEM = new Set(['one', 'single', 'each', 'every', 'any']);

/** "the care ones", "ok now the care side", "is case higher?": a head word standing for its role. */
function readHeadAlone(scan: SentenceScan, i: number, inside: boolean): boolean {
  const { tokens, lexicon, read } = scan;
  const headRole = inside ? undefined : headAlone(tokens, i, lexicon, read.concepts.at(-1));
  if (!headRole) return false;
  read.concepts.push(setAside({ kind: 'role', role: headRole }, tokens, i, lexicon));
  return true;
}

/**
 * The last word of one role's name, in no phrase, with no modifier of its own (titleModifier): "do the coordinators
 * work weekends", "what does the preventionist do" name the role whose name ends with it, as its full name would. A word
 * that ends several roles' names ("the managers") names none of them alone.
 */
function readNameEnd(scan: SentenceScan, i: number, inside: boolean): boolean {
  const { tokens, lexicon } = scan;
  const ours = lexicon.nameEnds.get(tokens[i]!);
  if (inside || ours?.length !== 1 || titleModifier(tokens, i, lexicon, ours) !== null) return false;
  const concept = setAside({ kind: 'role', role: ours[0]! }, tokens, i, lexicon);
  placeConcept(scan, concept, i, 1, inside);
  noteSubject(scan, concept, i, 1);
  return true;
}

/** A noun job titles end with, in no phrase of ours: "patient navigator", "unit clerk" name other jobs. */
function readOtherJob(scan: SentenceScan, i: number, inside: boolean): boolean {
  const { tokens, words, lexicon, read } = scan;
  const phrase = lexicon.jobHeads.has(tokens[i]!) && !inside ? otherJobTitle(tokens, i, lexicon) : null;
  if (!phrase) return false;
  if (readBackground(scan, i)) return true;
  const role = qualifiedRole(read.concepts, scan.roleSpans, i, tokens[i]!, lexicon);
  if (role) read.concepts.pop();
  const title = role ? [...words.slice(role.start, i), words[i]!].join(' ') : phrase;
  const start = role ? role.start : i + 1 - phrase.split(' ').length;
  // Right after a credential, a title is its holder, as in placeConcept: "CCRC *certified coordinators*".
  if (!role && (start === scan.credentialEnd || i === scan.credentialEnd)) return true;
  read.concepts.push(asBackground({ kind: 'job', phrase: title }, tokens, start, i + 1 - start));
  scan.jobSpans.push({ start, end: i + 1 });
  return true;
}

/**
 * A word of the asker's own past (background.ts: "I was a *combat medic*", "*68W* here"): who is asking, read once for
 * its run of words as the asker's background, neither another job asked about nor a word asked of a role. Whether the
 * word at `i` is one.
 */
function readBackground(scan: SentenceScan, i: number): boolean {
  const span = scan.background.find(({ start, end }) => start <= i && i < end);
  if (!span) return false;
  if (!scan.backgroundRead.has(span)) {
    scan.backgroundRead.add(span);
    scan.read.concepts.push({ kind: 'background', phrase: scan.tokens.slice(span.start, span.end).join(' ') });
  }
  return true;
}

/** A word in no phrase: a word of the facts, an initialism naming another job, or a word nothing knows. */
function readLooseWord(scan: SentenceScan, i: number, inside: boolean): void {
  const { tokens, words, lexicon, read, acronyms } = scan;
  const token = tokens[i]!;
  if (readBackground(scan, i)) return;
  // "is there a lot of lifting", "is there an exam", "any shortcut?": what follows is asked whether it exists.
  if ((token === 'there' && asksWhether(tokens, i) && !asksForSomething(tokens, i)) || asksAny(tokens, i, lexicon)) {
    read.subject = true;
    read.existential = true;
  }
  if (lexicon.factWords.has(token)) {
    if (!inside) read.concepts.push({ kind: 'fact-word', word: token });
    // The noun right after a credential is the credential's own ("CITI *training*", "the CWOCN *exam*"): the facts
    // that name the credential say it, in whatever word they call it.
    if (i >= read.understoodUntil && i < scan.ownFrom && read.subject && i !== scan.credentialEnd)
      read.asked.push({ stem: token, word: words[i]! });
  } else if (acronyms.has(words[i]!) && !isEveryday(words[i]!) && initialismJob(scan, i) !== null) {
    // An initialism no list knows, as the subject: "what does an RT make", "do PCTs need a degree": another job. One
    // that is an everyday word of English in capitals ("a *US* RN license") is that word.
    const phrase = initialismJob(scan, i)!;
    read.concepts.push(asBackground({ kind: 'job', phrase }, tokens, i, phrase.split(' ').length));
    scan.jobSpans.push({ start: i, end: i + phrase.split(' ').length });
  } else if (isContentWord(token, lexicon) && i >= read.understoodUntil) {
    read.unknown.push(token);
    if (read.subject && i < scan.ownFrom && !roleQualifies(scan, i) && i !== scan.credentialEnd)
      read.asked.push({ stem: token, word: words[i]! });
  }
}

/** The concepts a sentence asks of, with the thread's role where it points at it (forThread). */
function sentenceConcepts(scan: SentenceScan, likened: readonly TitleSpan[] | null): Concept[] {
  const { read } = scan;
  // What someone must know to be one of our roles is a skill whatever it names ("do I need to know any software to be
  // a case manager"): asked of the role, as an off-topic word asked of a role by name is.
  const askedOfRole = scan.roleAsked || (read.knowing && scan.roleSpans.length > 0);
  return forThread(
    askedOfRole ? read.concepts.filter((c) => c.kind !== 'off-topic' || scan.qualified.has(c)) : read.concepts,
    scan.pointerSubject,
    // Likened to a pointer, or to no role of ours ("an ok title for the second one"): the thread's role.
    likened?.every((t) => t.kind !== 'role') ?? false,
  );
}

const isYesNoOpener = (token: string) => YES_NO_OPENERS.has(token);
const isWhWord = (token: string) => WH_WORDS.has(token);

/**
 * The sentence's analysis, once what only the whole of it shows is read (readWholeSentence). `titles`: those it names;
 * `likened`: those it asks to be one job (identity.ts), or null.
 */
function finishSentence(
  scan: SentenceScan,
  clause: Clause,
  titles: readonly TitleSpan[],
  likened: readonly TitleSpan[] | null,
): Sentence {
  readWholeSentence(scan, clause);
  placesOfRoleAsked(scan);
  payersNamed(scan);
  return sentenceOf(scan, clause, titles, likened);
}

/**
 * The Sentence from a scan read whole, one field a line. Here, not spread onto the analysis after: on Node 20 an object
 * spread and then added to gets a shape of its own.
 */
function sentenceOf(
  scan: SentenceScan,
  clause: Clause,
  titles: readonly TitleSpan[],
  likened: readonly TitleSpan[] | null,
): Sentence {
  const { tokens, lexicon, read } = scan;
  const identity = likened !== null;
  const concepts = sentenceConcepts(scan, likened);
  return {
    concepts: withoutAuxiliaries(concepts, lexicon),
    unknown: read.unknown,
    aspects: read.aspects,
    going: read.going,
    qualifiers: read.qualifiers,
    asked: read.asked,
    activities: read.activities,
    activityObjects: read.activityObjects,
    roleModifiers: onlyModifying(scan),
    adjunctTerms: read.adjunctTerms,
    adjunctAspects: read.adjunctAspects,
    knowing: read.knowing,
    countsRole: read.countsRole,
    classesRole: read.classesRole,
    datesRole: read.datesRole,
    choosingFor: read.choosingFor,
    choosingForAsker: read.choosingForAsker,
    startsNow: read.startsNow,
    received: read.received,
    candidate: read.candidate,
    choosesRole: read.choosesRole,
    company: read.company,
    viewpoint: viewpointOf(scan),
    existential: read.existential,
    traits: read.traits,
    toCount: read.toCount,
    pointerAsked: pointerAsked(scan),
    aspectWords: read.aspectWords,
    asksTime: read.asksTime,
    askingWords: read.askingWords,
    statedBefore: [],
    askersOwn: tokens.slice(Math.min(scan.ownFrom, tokens.length)),
    names: typedNames(clause.text, lexicon),
    predicate: read.predicate,
    titles: likened && ownRolesCompared(likened) ? [] : titleWordsOf(scan, likened ?? titles),
    named: titles.filter((t) => t.kind !== 'pointer').length,
    likensPointer: likened?.some((t) => t.kind === 'pointer') ?? false,
    asksSame: identity || asksSame(tokens) || (titles.length === 0 && identityPredicated(tokens) >= 0),
    identity,
    sideBySide: tokens.includes('or') || concepts.some((c) => c.kind === 'job'),
    ofAsker: asksOfAsker(tokens, isYesNoOpener, isWhWord),
    question: clause.question,
    reason: clause.reason,
    said: clause.said ?? false,
    marked: clause.marked ?? false,
  };
}

/** English's "it" is also the subject of weather and time ("is it raining?"): only "they", "that" ask of the thread. */
const pointerAsked = ({ pointerAt, tokens }: SentenceScan) => pointerAt >= 0 && !THING_POINTERS.has(tokens[pointerAt]!);

/** The respect a sentence names its question in (viewpoint.ts): the term read there, else its first content word. */
function viewpointOf({ tokens, termReads, lexicon }: SentenceScan): Analysis['viewpoint'] {
  const span = respectNamed(tokens);
  if (!span) return null;
  const term = termReads.find((r) => r.start < span.to && r.end > span.from)?.term ?? null;
  const word = tokens.slice(span.from, span.to).find((token) => !lexicon.stopwords.has(token));
  return term || word ? { term, word: word ?? '' } : null;
}

/** "hands on" as the sentence's words are read (stemmed): the manner of the work, a noun and a particle. */
const MANNER = ['hand', 'on'] as const;

/**
 * Whether the sentence says how hands-on the work is, "hands on" as a predicate ("which one is *less hands on*", "is
 * it hands-on with patients?"): how directly a role works with people, the duties' opening. Not before a noun it
 * modifies ("*hands-on* time in social work", "hands on experience": what the asker has done, the experience).
 */
function mannerOfWork(tokens: readonly string[], lexicon: SentenceScan['lexicon']): boolean {
  return tokens.some((token, i) => {
    if (token !== MANNER[0] || tokens[i + 1] !== MANNER[1]) return false;
    const next = tokens[i + 2];
    return next === undefined || !isContentWord(next, lexicon) || !/^\p{L}+$/u.test(next);
  });
}

/** The company the sentence names (fit.ts's namesCompany), by what the sentence's words were read as. */
function companyNamed({ tokens, lexicon, read, phraseAt }: SentenceScan): Analysis['company'] {
  if (mannerOfWork(tokens, lexicon)) return true;
  if (!namesServed(tokens)) return false;
  return namesCompany(tokens, {
    // Methods, not named arrows: under tsx every named closure is renamed on creation.
    phrase(j) {
      return phraseAt(j) !== null;
    },
    term(j) {
      return j >= 0 && phraseAt(j)?.concept.kind === 'term' && phraseAt(j)?.length === 1;
    },
    content(j) {
      return j < tokens.length && isContentWord(tokens[j]!, lexicon) && /^\p{L}+$/u.test(tokens[j]!);
    },
    jobHead(j) {
      return lexicon.jobHeads.has(tokens[j] ?? '');
    },
    quality(j) {
      return read.traits.includes(tokens[j] ?? '');
    },
  });
}

/** What only the whole sentence shows, onto its reading: aspects read together, a lookup, traits, a count. */
const knownIn = (lexicon: Lexicon) => (token: string) => lexicon.stems.has(token) || lexicon.factWords.has(token);

function readWholeSentence(scan: SentenceScan, clause: Clause): void {
  const { tokens, words, lexicon, read, phraseAt, roleSpans } = scan;
  read.aspects.push(...togetherAspects(tokens, lexicon));
  // What the work is like, in words no list names ("is care management hectic"): the aspect of the work it is nearest.
  const quality = aspectOfWork(
    lexicon,
    read.aspects.length === 0 ? qualityOfWork(tokens, lexicon, phraseAt, roleSpans) : [],
  );
  if (quality) read.aspects.push([quality]);
  // "do they *get* bored", "how chaotic does their *week* get": what the work is like is asked, nothing they do.
  if (quality || howQualityAt(tokens, lexicon, roleSpans) >= 0) read.activities = [];
  if (read.paysForThing) costOfThingPaid(read, lexicon);
  // One particular person, office or shift ("who is the CM on 5 north today"): a lookup, whatever role it names; a
  // request that the bot act ("can you refer my mom to a CM") is one too, told apart for its own line.
  const request = requestIn(tokens);
  if (
    request ||
    asksForParticular(tokens, words, roleSpans, knownIn(lexicon), (token) => lexicon.jobHeads.has(token)) ||
    namesPerson(clause.text, (word) => listedWord(stem(word), lexicon))
  )
    read.concepts.push({ kind: 'lookup', act: request === 'act' });
  if (endsElliptical(tokens)) askAgain(read.concepts, lexicon);
  const chosenFor = choiceFor(tokens, lexicon, phraseAt);
  read.traits.push(
    ...traitsIn(tokens, lexicon, phraseAt),
    ...qualitiesAsked(tokens, lexicon, phraseAt, roleSpans),
    ...chosenFor,
  );
  read.choosingFor = chosenFor.length > 0;
  // background.ts's grammar of it, or fit.ts's (readFit, before the words were read).
  read.choosingForAsker ||= choosesForAsker(tokens, CHOOSING, (token) => YES_NO_OPENERS.has(token));
  read.startsNow = startsNow(tokens);
  read.candidate =
    read.concepts.some((c) => c.kind === 'job') &&
    roleSpans.some(({ start }) => candidateJob(tokens, start, (i) => jobNamedBefore(scan, i)));
  // Whether a new grad BSN can go straight in, "just got my RN license, can I ...": the degree, or what the asker says
  // they hold before asking, is who asks, not what is asked.
  const asking = tokens.findIndex((token) => ACTION_OPENERS.has(token));
  if (read.startsNow)
    for (const { term, start } of scan.termReads)
      if (SCHOOLING_HELD.has(term) || start < asking) read.adjunctTerms.add(term);
  read.company = companyNamed(scan);
  read.knowing = mustKnow(tokens, roleSpans);
  read.countsRole = roleSpans.some(({ start }) => tokens[start - 2] === 'how' && tokens[start - 1] === 'many');
  read.classesRole = classesRole(tokens, roleSpans);
  read.datesRole = datesRole(tokens, roleSpans);
  read.toCount = askedToCount(tokens, words, lexicon, clause.marked ?? false, scan.background);
  for (const { start, end } of scan.schooling)
    read.concepts.push({ kind: 'background', phrase: tokens.slice(start, end).join(' '), schooling: true });
}

/** Whether another job's title is named before `i`: its head noun, a job of the lists, an initialism typed in capitals. */
function jobNamedBefore({ tokens, words, lexicon, phraseAt, acronyms }: SentenceScan, i: number): boolean {
  return tokens.slice(0, i).some((_, k) => jobAt(tokens, lexicon, phraseAt, k) || acronyms.has(words[k]!));
}

/** Words that may come between "same" and its "as": "the same *thing* as", "the same *job* as". */
const SAME_AS_WITHIN = 2;

/**
 * English's comparison of identity: "the same as", "the same *thing* as"; or a title asked to be another's name ("is
 * 'care coordinator' just *another name for* care manager": `namesTitle` in particular.ts).
 */
const asksSame = (tokens: string[]) =>
  tokens.some(
    (token, i) =>
      (token === 'same' && tokens.slice(i + 1, i + 2 + SAME_AS_WITHIN).includes('as')) || namesTitle(tokens, i),
  );

/**
 * The words of the titles a sentence names: every role as typed ("geriatric care manager", "caseworker"; a short form,
 * "NCM", stands for an alias of its own that the facts may write in full) and every other job with its modifiers.
 */
function titleWordsOf(scan: SentenceScan, titles: readonly TitleSpan[]): Array<{ stem: string; word: string }> {
  const { tokens, words, lexicon } = scan;
  return titles.flatMap(({ start, end, kind }) => {
    if (kind === 'pointer') return [];
    if (kind === 'role' && end - start === 1 && isInitialism(tokens[start]!, lexicon)) return [];
    // The stems as read (a typo corrected: "case manger"), the words as typed; a word for the job itself ("the case
    // manager *role*") names no title.
    return range(start, end)
      .filter((at) => !JOB_PLACEHOLDERS.has(tokens[at]!))
      .map((at) => ({ stem: tokens[at]!, word: words[at]! }));
  });
}

/**
 * The titles a question asks to be one job ("is a care manager the same as a geriatric care manager", "the same
 * as a patient navigator"), with the one a fragment names before it ("geriatric care manager - same thing as a care
 * manager?": a title alone, then what is asked of it). None when no question asks it.
 */
function likenedIn(sentences: readonly Sentence[], asking: readonly Sentence[]) {
  return asking.filter((s) => s.asksSame).flatMap((s) => [...antecedentTitles(sentences, s), ...s.titles]);
}

/**
 * The titles a sentence before says what a question likens: a fragment's ("hospital liaison vs case manager - same
 * job?"), or what its pointer stands for ("what's a geriatric care manager? is *that* just a care manager ...").
 */
function antecedentTitles(sentences: readonly Sentence[], s: Sentence) {
  const before = sentences[sentences.indexOf(s) - 1];
  // What a pointer stands for is asked of before it ("what's a geriatric care manager?"), not the asker's own past.
  const pointed = s.likensPointer && before?.question === true && before.named > 0;
  return titledBefore(sentences, s) || pointed ? before!.titles : [];
}

/** Whether a sentence follows a fragment that only names titles: "geriatric care manager - same thing as ...". */
function titledBefore(sentences: readonly Sentence[], s: Sentence): boolean {
  const before = sentences[sentences.indexOf(s) - 1];
  // Only when the question names fewer than the two titles it likens: "Recruiter here - are 'case manager' and 'nurse
  // case manager' interchangeable?" says who asks.
  if (s.named >= 2 || before === undefined || before.question || before.named + s.named < 2) return false;
  // Its words name titles and what sets them side by side ("hospital liaison *vs* case manager"), nothing else asked.
  return before.named >= 2 || before.concepts.every((c) => ROLE_LIKE.has(c.kind));
}

/**
 * Whether a question asks two titles to be one job (identity.ts), or asks it of the titles a fragment before it named
 * ("hospital liaison vs case manager - same job?"): what is asked is what the roles are.
 */
const identityIn = (sentences: readonly Sentence[], asking: readonly Sentence[]) =>
  asking.some((s) => s.identity || (s.asksSame && s.named === 0 && titledBefore(sentences, s)));

/** Words that may follow an elliptical question's subject: "do they *too*?". */
const ELLIPSIS_TAIL = new Set(['too', 'also', 'either', 'as', 'well']);

/** Verbs of needing or holding that, with a pro-form as object, ask the thread's question again: "do they *need one*". */
const NEEDING = new Set(['need', 'have', 'ha', 'get', 'require']);
/** English's pro-forms for a thing already named: "do they need *one*", "does she have *it* too". */
const PRO_FORMS = new Set(['one', 'it', 'that', 'those', 'them']);
/** The fewest words such a sentence has: an opener, its subject, the verb and the pro-form ("do they need one"). */
const NEEDING_AGAIN_WORDS = 4;

/**
 * Whether the sentence ends with an opener and its subject, its verb left out ("what about care managers, *do
 * they*?", "*can they* too?") or only a verb of needing with a pro-form for its object ("what about care managers, do
 * they *need one*"): it asks the question before it again.
 */
function endsElliptical(tokens: readonly string[]): boolean {
  let end = tokens.length;
  while (end > 0 && ELLIPSIS_TAIL.has(tokens[end - 1]!)) end -= 1;
  if (end >= NEEDING_AGAIN_WORDS && PRO_FORMS.has(tokens[end - 1]!) && NEEDING.has(tokens[end - 2]!)) end -= 2;
  const subject = tokens[end - 1] ?? '';
  return end >= 2 && (PRONOUNS.has(subject) || subject === 'it') && YES_NO_OPENERS.has(tokens[end - 2]!);
}

/** The opener of an elliptical question stands for the verb left out, not for "do" the activity: the question again. */
function askAgain(concepts: Concept[], lexicon: Lexicon): void {
  const opener = concepts.findLastIndex((c) => c.kind === 'term' && lexicon.auxiliaries.has(c.term));
  if (opener >= 0) concepts.splice(opener, 1);
  concepts.push({ kind: 'same-topic' });
}

/**
 * The jobs named after a subject that points back ("is *that* for RNs only?"): they say whom what the thread said holds
 * for, not what is asked about.
 */
function forThread(concepts: Concept[], pointer: Concept | null, likened = false): Concept[] {
  // A job likened to what a pointer stands for ("is a navigator basically *that*?") is set against the thread's role.
  if (likened) return concepts.map((c) => (c.kind === 'job' ? { ...c, forThread: true } : c));
  const after = pointer ? concepts.indexOf(pointer) : -1;
  if (after < 0) return concepts;
  return concepts.map((c, index) => (c.kind === 'job' && index > after ? { ...c, forThread: true } : c));
}

/**
 * A role's field that is also a topic term ("social work") names the role ("social work at a hospital"), unless it
 * qualifies the term after it ("my social work degree"): then it is only the term.
 */
function fieldOrQualifier(concept: Concept, next: PhraseHit | null, lexicon: Lexicon): Concept {
  if (concept.kind !== 'term' || !concept.field) return concept;
  const qualifies = next?.concept.kind === 'term' && !lexicon.questionForms.has(next.concept.term);
  return qualifies ? { kind: 'term', term: concept.term } : concept;
}

/** The words of our roles' own phrases (aliases, short forms), per lexicon. */
const ownWordsOf = new WeakMap<Lexicon, Set<string>>();

/**
 * The role a job noun right after it only qualifies ("a care management *assistant*", "a CM *aide*": another job
 * titled with our role's words), or null. Not a noun our own aliases use ("case management *nurse*" is ours).
 */
function qualifiedRole(
  concepts: Concept[],
  spans: RoleSpan[],
  i: number,
  head: string,
  lexicon: Lexicon,
): RoleSpan | null {
  const role = spans.at(-1);
  const last = concepts.at(-1)?.kind;
  if (role === undefined || role.start + role.length !== i || (last !== 'role' && last !== 'short-form')) return null;
  let own = ownWordsOf.get(lexicon);
  if (!own) {
    own = new Set([...lexicon.own.keys()].flatMap((key) => key.split(' ')));
    ownWordsOf.set(lexicon, own);
  }
  return own.has(head) ? null : role;
}

/** Words before a job that make it the asker's own past: "I'm a", "was a", "been a", "former", "my time as a". */
const BACKGROUND_BEFORE = new Set(['im', 'am', 'wa', 'been', 'former', 'ex', 'retired']);
/** Before "as", the words that make the job the one aimed at instead: "work as a", "become a". */
const AIMED_AT = new Set(['work', 'working', 'become', 'becoming', 'hired', 'job', 'career']);
/** Before "as", the words that make it compare or give an example: "the *same* as a navigator", "*such* as a nurse". */
const COMPARING_AS = new Set(['same', 'such']);
/** Whether the "as" at `at` compares or gives an example: "the same as", "the same thing as", "such as". */
const likening = (tokens: string[], at: number) => COMPARING_AS.has(tokens[at - 1] ?? '') || tokens[at - 2] === 'same';
/** Nouns after a job that make it the asker's past: "*nurse* experience". */
const BACKGROUND_AFTER = new Set(['experience', 'background']);

/**
 * Another job the asker has had is not what the message asks about: "does my time as a paramedic count", "what
 * kind of nurse experience should I get", "I'm an RT, could I become a case manager?" are career switchers' questions.
 */
function asBackground(concept: Concept, tokens: string[], start: number, length: number): Concept {
  if (concept.kind !== 'job' && concept.kind !== 'role') return concept;
  let j = start - 1;
  while (j >= 0 && (tokens[j] === 'a' || tokens[j] === 'an')) j -= 1;
  const before = tokens[j] ?? '';
  // For one of our roles "as" marks the past only after what a career is made of ("experience as a social worker"):
  // "the same as a case manager" compares.
  const asPast =
    concept.kind === 'role'
      ? SPENT.has(tokens[j - 1] ?? '')
      : !AIMED_AT.has(tokens[j - 1] ?? '') && !likening(tokens, j);
  const past =
    BACKGROUND_BEFORE.has(before) ||
    (before === 'as' && asPast) ||
    BACKGROUND_AFTER.has(tokens[start + length] ?? '') ||
    (concept.kind === 'job' && askingFor(tokens, start + length));
  if (!past) return concept;
  // One of our roles in the asker's past is set aside only when another is asked about (matcher.ts).
  return concept.kind === 'role' ? { ...concept, past: true } : { kind: 'background', phrase: concept.phrase };
}

/**
 * Verbs of asking or wondering, stemmed as tokens are: a job whose verb is one ("have a nurse on my unit *asking*", "a
 * coworker of mine, an LPN, was *wondering*") is who the asker asks for, as their own past is: not the job asked about.
 */
const ASKING = new Set(['ask', 'asking', 'asked', 'wonder', 'wondering', 'wondered']);
/**
 * How many words after a job its verb of asking may come ("a nurse *on my unit* asking"). Higher reaches a verb of
 * another clause; lower misses a place or a unit said of the colleague.
 */
const ASKER_WINDOW = 4;

/** Whether a verb of asking, not "asking for", comes within ASKER_WINDOW words after `end`, before any question word. */
function askingFor(tokens: readonly string[], end: number): boolean {
  for (let j = end; j < Math.min(tokens.length, end + ASKER_WINDOW + 1); j += 1) {
    if (WH_WORDS.has(tokens[j]!)) return false;
    // "asking for me", "asking for a friend": whom the asker asks for, said of the asker, not of the job before.
    if (ASKING.has(tokens[j]!)) return tokens[j + 1] !== 'for';
  }
  return false;
}

/** Words that liken what is asked to someone else's: "*like* case managers do", "*unlike* care managers". */
const LIKENING = new Set(['like', 'as', 'unlike']);
/** Verbs that stand for the clause they echo at its end: "like case managers *do*", "as care managers *are*". */
const ECHOING = new Set(['do', 'doe', 'did', 'are', 'is', 'have', 'ha', 'can', 'will', 'would']);

/**
 * A role named as what another is likened to ("do care managers get certified through ANCC *like case managers
 * do*?", "*unlike* case managers, do care managers ..."): the standard of the comparison, not what is asked about.
 * After "like" or "as" only with a verb echoing the clause at its end, as "like" is also a filler ("like what degree").
 */
function asStandard(concept: Concept, tokens: string[], start: number, length: number): Concept {
  if (concept.kind !== 'role' || concept.past) return concept;
  let j = start - 1;
  while (j >= 0 && DETERMINERS.has(tokens[j]!)) j -= 1;
  const before = tokens[j] ?? '';
  if (!LIKENING.has(before)) return concept;
  const after = tokens.slice(start + length);
  const echoes = after.length > 0 && ECHOING.has(after[0]!) && after.slice(1).every((t) => ECHO_ENDS.has(t));
  return before === 'unlike' || echoes ? { ...concept, standard: true } : concept;
}
/** Words that may end a clause after its echoing verb: "like case managers do *too*". */
const ECHO_ENDS = new Set(['too', 'also', 'lol', 'now']);

/**
 * Words typed in capitals, two to five letters, maybe with a plural "s" ("RT", "PCTs"), as the tokens read them, and
 * whether each is a plural.
 */
function typedAcronyms(text: string): Map<string, boolean> {
  return new Map(
    [...stripSlackMarkup(text).matchAll(/\b[A-Z]{2,5}(s?)\b/g)].map((m) => [m[0].toLowerCase(), m[1] === 's']),
  );
}

/**
 * Before "a"/"an", the words that make what follows the one asked about or aimed at: "what does *an* RT make"; or one
 * of the things compared: "the difference *between an* LVN and an RN", "more *than an* MA".
 */
const BEFORE_SUBJECT_ARTICLE = new Set([
  'between',
  'than',
  'versus',
  'vs',
  'doe',
  'do',
  'is',
  'are',
  'wa',
  'become',
  'becoming',
  'as',
  'be',
  'im',
  'am',
  'for',
]);
/** Before a plural, the words that make it the subject of a question: "*do* PCTs need". */
const BEFORE_SUBJECT_PLURAL = new Set(['do', 'are', 'can', 'should', 'would', 'will', 'could', 'must', 'were', 'for']);

/**
 * Whether the initialism at `i` is the title a question asks about: after "does an", "become a", or a plural after
 * "do"; not a modifier of a noun after it ("an ICU nurse").
 */
function asSubject(tokens: string[], i: number, plural: boolean, lexicon: Lexicon): boolean {
  const next = tokens[i + 1] ?? '';
  // Before a job ("an ICU nurse"), or a word the synonyms read as one ("a US RN license": "RN" is "nurse").
  const after = lexicon.phrases.get(next);
  if (lexicon.jobHeads.has(next) || isJob(after) || (after?.kind === 'term' && isJob(lexicon.phrases.get(after.term))))
    return false;
  const before = tokens[i - 1] ?? '';
  if (before === 'a' || before === 'an') return BEFORE_SUBJECT_ARTICLE.has(tokens[i - 2] ?? '');
  return plural && BEFORE_SUBJECT_PLURAL.has(before);
}

const isJob = (concept: Concept | undefined) => concept?.kind === 'job';

/**
 * The nouns of what a job has of its own ("CRNA *pay*", "EVS *supervisor*", "the IAHSS *certification*"): pay, hours,
 * a credential and its exam, a job's head noun. An initialism no list knows right before one names whose they are.
 */
const JOBS_OWN = new Set(
  [
    ...['pay', 'salary', 'wage', 'wages', 'schedule', 'shift', 'shifts', 'exam', 'cert', 'certs', 'certification'],
    ...['certifications', 'credential', 'requirements', 'school', 'program'],
  ].map(stem),
);
/** Before a plural initialism, the words that turn a thread to it: "what *about* RDNs", "*and* PCTs?". */
const TURNED_TO = new Set(['about', 'and']);

/**
 * The title another job or its credential is named by, when the initialism no list knows at `i` is one (else null): as
 * the subject (asSubject); before a noun of what a job has of its own (JOBS_OWN, or a job's head noun: "CRNA
 * schedule", "EVS supervisor pay?", "is the IAHSS certification worth it"); or a plural the thread is turned to ("what
 * about RDNs"). A role of ours named in the sentence is still asked of ("is the XYZ certification required for case
 * managers"); "ICU experience" and "ICU nurse" are not read here.
 */
function initialismJob({ tokens, words, lexicon, acronyms }: SentenceScan, i: number): string | null {
  const plural = acronyms.get(words[i]!)!;
  if (asSubject(tokens, i, plural, lexicon)) return words[i]!;
  const next = tokens[i + 1] ?? '';
  // The title the card names: the initialism with the head noun it modifies ("EVS supervisor"), else the initialism.
  if (lexicon.jobHeads.has(next)) return `${words[i]} ${words[i + 1]}`;
  // A job named after it is whose the credential is ("the PMP certification ... for project managers"): that job's.
  const jobAfter = tokens.slice(i + 2).some((t) => lexicon.jobHeads.has(t) || lexicon.phrases.get(t)?.kind === 'job');
  if (JOBS_OWN.has(next) && !jobAfter) return words[i]!;
  const before = tokens[i - 1] === 'the' ? tokens[i - 2] : tokens[i - 1];
  return plural && TURNED_TO.has(before ?? '') ? words[i]!.replace(/s$/, '') : null;
}

/**
 * The title another job's head word ends at `i`, or null when it points at our roles: the last word of a role's name
 * ("the managers", "both specialists", "case and care managers") names another job only with a modifier of its own
 * (titleModifier: "program manager", "infection control specialist", "patient navigator").
 */
function otherJobTitle(tokens: string[], i: number, lexicon: Lexicon): string | null {
  const ours = lexicon.nameEnds.get(tokens[i]!);
  if (!ours) return jobTitle(tokens, i, lexicon);
  return titleModifier(tokens, i, lexicon, ours) === null ? null : jobTitle(tokens, i, lexicon);
}

/**
 * English's closed-class words longer than the short stopwords (pronouns, determiners, prepositions, modals): they
 * never start a job title, though the stopwords list them beside nouns that do ("patient", "medical", "general").
 */
const FUNCTION_WORDS = new Set([
  ...['about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'before', 'behind', 'below'],
  ...['beside', 'between', 'beyond', 'during', 'except', 'inside', 'outside', 'since', 'through', 'toward'],
  ...['towards', 'under', 'until', 'unless', 'where', 'whether', 'which', 'while', 'within', 'without', 'their'],
  ...['theirs', 'these', 'those', 'there', 'other', 'another', 'every', 'whose', 'could', 'would', 'should'],
  ...['shall', 'might', 'never', 'always', 'often', 'still', 'maybe', 'three'],
]);

/**
 * The word before the job head at `i` when it makes the title another job's ("*patient* navigator", "*program*
 * manager"), or null when the head names our role `ours` (the roles whose alias or name ends with it): after grammar
 * ("the navigator", "tell me about navigators"), a joiner or a number, one of those roles' head words ("case and care
 * managers"), or a word of their own phrases ("oncology navigator" for an oncology nurse navigator). Another role's
 * head word is a modifier like any other: "care navigator" is not a nurse navigator.
 */
function titleModifier(tokens: string[], i: number, lexicon: Lexicon, ours: readonly RoleId[]): string | null {
  const before = tokens[i - 1];
  const head = lexicon.heads.get(before ?? '');
  if (before === undefined || lexicon.joiners.has(before) || /^\d+$/.test(before) || (head && ours.includes(head)))
    return null;
  const grammar =
    lexicon.stopwords.has(before) &&
    (before.length <= SHORT_STOPWORD || FUNCTION_WORDS.has(before) || /(ly|ing)$/.test(before));
  // The hospital's own name says whose the title is ("what do Riverbend's navigators earn"), as "our" does.
  if (grammar || lexicon.fillers.has(before) || lexicon.smalltalk.has(before) || hospitalNameAt(tokens, i - 1, lexicon))
    return null;
  return ours.some((role) => wordsOfRole(lexicon, role).has(before)) ? null : before;
}

/**
 * Whether the word at `j` ends the hospital's name: a word of it (lexicon.hospitalNames), or a word its publisher writes
 * after the one before it, back to such a word ("Bayview *Mercy* examiners" where the facts write only "Bayview").
 */
function hospitalNameAt(tokens: readonly string[], j: number, lexicon: Lexicon): boolean {
  for (let k = j; k >= 0; k--) {
    if (lexicon.hospitalNames.has(tokens[k]!)) return true;
    if (!lexicon.hospitalNameFollows.get(tokens[k]!)?.has(tokens[k - 1] ?? '')) return false;
  }
  return false;
}

/**
 * Stopwords this short ("the", "a", "our", "does") are grammar before a job head; longer ones may be a title's noun
 * ("patient"). Longer reads more stopword nouns as grammar (a "patient navigator" would be ours); shorter leaves more
 * grammar words to FUNCTION_WORDS, else they make a bare alias another job.
 */
const SHORT_STOPWORD = 4;

/** The stemmed words of each role's own phrases (aliases, organisations, short forms), per lexicon. */
const roleWordsOf = new WeakMap<Lexicon, Map<RoleId, Set<string>>>();

function wordsOfRole(lexicon: Lexicon, role: RoleId): ReadonlySet<string> {
  let byRole = roleWordsOf.get(lexicon);
  if (!byRole) {
    byRole = new Map();
    for (const [key, concept] of lexicon.own) {
      const roles =
        concept.kind === 'short-form' ? concept.roles : 'role' in concept && concept.role ? [concept.role] : [];
      for (const id of roles) {
        const words = byRole.get(id) ?? new Set<string>();
        for (const word of key.split(' ')) words.add(word);
        byRole.set(id, words);
      }
    }
    roleWordsOf.set(lexicon, byRole);
  }
  return byRole.get(role) ?? new Set();
}

/**
 * A word the synonyms read as a term that is itself a job ("RN" is "nurse"), after a modifier of its own that is none
 * of our roles' words: a title of another job, as "ICU nurse" is ("what does a *cath lab RN* need"). Alone ("do I need
 * to be an RN") it stays the requirement.
 */
function asModifiedJob(concept: Concept & { kind: 'term' }, scan: SentenceScan, i: number): Concept {
  const { tokens, words, lexicon } = scan;
  if (lexicon.phrases.get(concept.term)?.kind !== 'job') return concept;
  const modifier = titleModifier(tokens, i, lexicon, [...new Set(lexicon.heads.values())]);
  // As the one asked about ("does *a* cath lab RN", "for *an* ICU RN"), not set against ours ("than staff RNs").
  const article = [i - 2, i - 3].find((at) => tokens[at] === 'a' || tokens[at] === 'an');
  const asked = article !== undefined && SUBJECT_BEFORE_TITLE.has(tokens[article - 1] ?? '');
  return modifier === null || !asked ? concept : { kind: 'job', phrase: `${words[i - 1]} ${words[i]}` };
}

/** Before "a"/"an" and a modified title, the words that make it the one asked about ("what does *a* peds RN make"). */
const SUBJECT_BEFORE_TITLE = new Set(['doe', 'do', 'is', 'are', 'become', 'becoming', 'for', 'between']);

/**
 * A role's own alias that is one job-head word ("navigator") names the role alone; with a modifier its aliases do not
 * have ("patient navigator", "financial navigator") it is another job's title, as it would be were it no alias.
 */
function asOtherTitle(concept: Concept, scan: SentenceScan, i: number, length: number): Concept {
  const { tokens, words, lexicon } = scan;
  if (concept.kind === 'term' && length === 1) return asModifiedJob(concept, scan, i);
  if (concept.kind !== 'role' || length !== 1 || !lexicon.jobHeads.has(tokens[i]!)) return concept;
  const modifier = titleModifier(tokens, i, lexicon, [concept.role]);
  return modifier === null ? concept : { kind: 'job', phrase: `${words[i - 1]} ${words[i]}` };
}

function jobTitle(tokens: string[], i: number, lexicon: Lexicon): string {
  const before = tokens[i - 1];
  const modifier =
    before !== undefined &&
    !lexicon.joiners.has(before) &&
    !/^\d+$/.test(before) &&
    (!lexicon.stopwords.has(before) || before.length > 4);
  return modifier ? `${before} ${tokens[i]}` : tokens[i]!;
}

/**
 * The aspect a word names as typed, when a pattern read its shape as a term ("401k" is shaped as a sum, read as pay): it
 * is both, as an aspect as long as a term is, so the pay's facts are chosen and the plan is still asked.
 */
function shapedAspect(typed: string | undefined, lexicon: Lexicon): { value: Aspect[]; length: number } | null {
  if (typed === undefined || !lexicon.patterns.some((p) => p.pattern.test(typed))) return null;
  const value = lexicon.aspects.get(stem(typed));
  return value ? { value, length: 1 } : null;
}

/**
 * The aspect at `i`, if any. The longer phrase tells what words mean: "per hour" is pay, not working hours. An
 * aspect as long as a term ("remote") counts as both; inside a longer one ("starting salary", "continuing
 * education") only the words about the aspect's own topic count.
 */
function noteAspect(
  read: SentenceReading,
  tokens: string[],
  words: string[],
  lexicon: Lexicon,
  i: number,
  hit: PhraseHit | null,
  phraseAt: (start: number) => PhraseHit | null,
): void {
  const aspect =
    longestAt(tokens, lexicon, lexicon.aspects, lexicon.maxAspectWords, i) ?? shapedAspect(words[i], lexicon);
  if (!aspect || aspect.length < (hit?.length ?? 0) || endsInRole(i, aspect.length, phraseAt)) return;
  // English compounds end with their head: in "*mileage* reimbursement" the first aspect only says which one.
  if (read.lastAspect?.end === i) read.aspects.splice(read.lastAspect.index, 1);
  read.aspects.push(aspect.value);
  if (read.adjunctFrom >= 0 && i >= read.adjunctFrom) read.adjunctAspects.add(aspect.value);
  read.lastAspect = { end: i + aspect.length, index: read.aspects.length - 1 };
  // A going names a place: only an aspect of where the roles work can be one ("move up *to a* director role" is none).
  const going =
    aspect.value.some((a) => placeTopics(lexicon).has(a.nearest)) && goingTo(tokens, i, i + aspect.length, lexicon);
  if (going) read.going.add(aspect.value);
  // Its words, unless they are a term too ("new grad" is experience's): then that topic's facts speak to them.
  if (aspect.length !== hit?.length && !going) {
    const aspectWords = Array.from({ length: aspect.length }, (_, k) => ({
      stem: tokens[i + k]!,
      word: words[i + k]!,
    }));
    read.aspectWords.push({ aspects: aspect.value, words: aspectWords });
  }
  if (aspect.length === hit?.length && hit.concept.kind === 'term' && aspect.value.some((a) => a.onlyWith)) {
    read.qualifiers.set(hit.concept.term, aspect.value);
  }
  read.understoodUntil = Math.max(read.understoodUntil, i + aspect.length);
  if (aspect.length > (hit?.length ?? 0)) read.narrow = { topic: aspect.value[0]!.nearest, until: i + aspect.length };
}

/**
 * English's particles and prepositions of direction after a verb of motion: "travel *around*", "drive *out* to where they
 * live", "drive *all over* town". "to" is one only before a place or a person ("travel *to the* clients", "*to where* the
 * patients live"); before a verb it is an infinitive's ("hard *to* pass", "a car *to* be one").
 */
const DIRECTIONS = new Set(['around', 'out', 'about', 'over', 'into']);
const TO_A_PLACE = new Set(['the', 'a', 'an', 'their', 'your', 'his', 'her', 'my', 'our', 'where', 'wherever']);
/** English's words of quantity and distance, stemmed: a going asked with one asks how much ("drive around *a lot*"). */
const HOW_MUCH_GOING = new Set(['lot', 'much', 'far', 'often', 'long', 'mile', 'distance']);
/** Words of extent between a verb of motion and its direction: "drive *all* over the county". */
const EXTENT = new Set(['all']);
/**
 * What a verb comes right after (past adverbs: "do they *usually* travel"): a person as its subject, a role's name
 * ("do care managers travel"), an infinitive's "to", a modal, a form of "be" ("be driving"), or a word joining it to
 * another verb ("sit at a desk *than* drive around"). "it" is no person: "does it cost about ..." names no going.
 */
const BEFORE_A_VERB = new Set([
  ...['i', 'you', 'u', 'we', 'he', 'she', 'they', 'to', 'be', 'being', 'been'],
  ...['will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'or', 'than'],
]);

/**
 * Whether the aspect's words from `start` to `end` are a going somewhere ("do they travel to the clients", "or do they
 * travel around?", "than drive around to people's houses"): a verb in its place, with a direction right after it. What
 * is asked is then where the role works, which the facts of its place answer, not the aspect's means or amount ("how
 * much driving", "their own car", "mileage"), a person carried ("drive *the patient* to appts"), nor a kind of post
 * ("travel contracts"). The aspect still points at its topic; it is no gap (`readForGaps`).
 */
function goingTo(tokens: readonly string[], start: number, end: number, lexicon: Lexicon): boolean {
  // "do they drive around *a lot*", "how *far*": how much they go is the aspect's own question.
  if (tokens.some((token) => HOW_MUCH_GOING.has(token))) return false;
  let before = start - 1;
  while (before >= 0 && isAdverb(tokens[before]!)) before -= 1;
  const verb = BEFORE_A_VERB.has(tokens[before] ?? '') || lexicon.nameEnds.has(tokens[before] ?? '');
  const next = EXTENT.has(tokens[end] ?? '') ? end + 1 : end;
  const direction =
    DIRECTIONS.has(tokens[next] ?? '') || (tokens[next] === 'to' && TO_A_PLACE.has(tokens[next + 1] ?? ''));
  return verb && direction;
}

/**
 * Whether a role's name begins inside an aspect's words and goes on past them: the role is read first ("how many *case
 * managers* are there" counts the role's people, not "how many cases" a caseload).
 */
function endsInRole(i: number, length: number, phraseAt: (start: number) => PhraseHit | null): boolean {
  for (let k = i + 1; k < i + length; k += 1) {
    const hit = phraseAt(k);
    if (hit && ROLE_LIKE.has(hit.concept.kind) && k + hit.length > i + length) return true;
  }
  return false;
}

/** A word that says what is asked: not a stopword, a joiner ("and", "/") or a number. */
/**
 * "any" opening a question, past interjections and joiners ("ugh. *any* shortcut?", "and *any* exceptions?"): whether
 * what follows exists, "is there any" left unsaid.
 */
const asksAny = (tokens: string[], i: number, lexicon: Lexicon) =>
  tokens[i] === 'any' &&
  i + 1 < tokens.length &&
  tokens.slice(0, i).every((token) => !isContentWord(token, lexicon) || lexicon.fillers.has(token));

function isContentWord(token: string, lexicon: Lexicon): boolean {
  return !lexicon.stopwords.has(token) && !lexicon.joiners.has(token) && !/^\d+$/.test(token);
}

/** The aspects named by words apart from each other: each of their parts is somewhere in the sentence. */
function togetherAspects(tokens: string[], lexicon: Lexicon): Aspect[][] {
  const present = new Set(tokens);
  return lexicon.together
    .filter(({ parts }) => parts.every((part) => contains(tokens, present, part)))
    .map(({ aspect }) => [aspect]);
}

/** The sentence's words as the lexicon keys them: short forms expanded, patterns read, typos corrected, stemmed. */
function sentenceTokens(words: string[], lexicon: Lexicon, correct: (word: string) => string | null): string[] {
  return words.map((typed) => {
    const word = readAsFactsSpell(typed, lexicon.factSpellings);
    const pattern = lexicon.patterns.find((p) => p.pattern.test(word));
    if (pattern) return pattern.term;
    if (lexicon.stopwords.has(word) || lexicon.stems.has(stem(word))) return stem(word);
    return stem(correct(word) ?? word);
  });
}

/**
 * English's adverbs that only stress or hedge, and may sit inside a set phrase: "what does their day *actually* look
 * like", "what's the day *really* like". Inside a phrase they are passed over; they never start or end one.
 */
const INTERJECTED = new Set([
  'actually',
  'really',
  'honestly',
  'basically',
  'truly',
  'generally',
  'usually',
  'typically',
  'exactly',
  'even',
]);

/**
 * The longest phrase of `map` at `start`, grown a word at a time and stopped where no known phrase goes on; an
 * interjected adverb the phrase does not go on with is passed over (and counted in its length).
 */
function longestAt<T>(tokens: string[], lexicon: Lexicon, map: Map<string, T>, maxWords: number, start: number) {
  let found: { value: T; length: number } | null = null;
  let key = '';
  let words = 0;
  for (let at = start; at < tokens.length && words < maxWords; at++) {
    const next = words === 0 ? tokens[at]! : `${key} ${tokens[at]}`;
    if (words > 0 && INTERJECTED.has(tokens[at]!) && !lexicon.prefixes.has(next) && !map.has(next)) continue;
    key = next;
    words += 1;
    const value = map.get(key);
    if (value) found = { value, length: at + 1 - start };
    if (!lexicon.prefixes.has(key)) break;
  }
  return found;
}

/**
 * "case and care managers", "case/care manager": a head word followed (maybe after a joiner) by the other role names
 * a role of its own; so do two head words set against each other ("case or care?", "case, not care"). Returns how
 * many words it takes (0 when it is not such a head word); a word that sets the role after it aside is left to read.
 */
function headRoleSkip(
  tokens: string[],
  words: string[],
  i: number,
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
): number {
  const headRole = lexicon.heads.get(tokens[i]!);
  if (!headRole) return 0;
  const skip = lexicon.joiners.has(tokens[i + 1] ?? '') ? 2 : 1;
  const hit = i + skip < tokens.length ? phraseAt(i + skip) : null;
  // With no joiner, only where both names end alike ("case/care manager"): "care navigator" is no care manager.
  const end = hit ? tokens[i + skip + hit.length - 1]! : '';
  const shared = skip === 2 || (lexicon.nameEnds.get(end) ?? []).includes(headRole);
  if (hit?.concept.kind === 'role' && hit.concept.role !== headRole && shared) return skip;
  // Two head words set against each other are written as the bare words ("case or care?"): "direct care to
  // *patients*" sets nothing against anything.
  const bare = words[i] === tokens[i];
  if (betweenHeads(tokens[i + 1], lexicon) && bare && otherHeadAt(tokens, words, lexicon, headRole, i + 2))
    return lexicon.joiners.has(tokens[i + 1]!) ? 2 : 1;
  return betweenHeads(tokens[i - 1], lexicon) && bare && otherHeadAt(tokens, words, lexicon, headRole, i - 2) ? 1 : 0;
}

/** Another role's head word written bare at `at`. Module-level: under tsx a named closure is renamed on creation. */
function otherHeadAt(tokens: string[], words: string[], lexicon: Lexicon, headRole: RoleId, at: number): boolean {
  const role = lexicon.heads.get(tokens[at] ?? '');
  return role !== undefined && role !== headRole && words[at] === tokens[at];
}

/** A word that joins two head words, or one that says a head word is no role. */
const betweenHeads = (word: string | undefined, lexicon: Lexicon) =>
  word !== undefined && (lexicon.joiners.has(word) || lexicon.notRole.some((w) => w.length === 1 && w[0] === word));

/** What stands for a role, or another job, on either side of "vs". */
const ROLE_LIKE = new Set<Concept['kind']>(['role', 'short-form', 'both-roles', 'job', 'reference', 'other-role']);

/**
 * A comparison written as a joiner ("vs") compares what it joins: "ADN vs BSN" compares degrees, not the roles, so it
 * makes no comparison of roles unless a role (or another job) stands on one side of it.
 */
function joinsNoRoles(
  concept: Concept,
  tokens: string[],
  i: number,
  length: number,
  lexicon: Lexicon,
  before: Concept | undefined,
  phraseAt: (start: number) => PhraseHit | null,
): boolean {
  if (concept.kind !== 'term' || !lexicon.comparison.has(concept.term) || !lexicon.joiners.has(tokens[i]!))
    return false;
  let next = i + length;
  while (DETERMINERS.has(tokens[next] ?? '')) next += 1;
  const after = phraseAt(next)?.concept;
  const roleAfter = (after && ROLE_LIKE.has(after.kind)) || lexicon.heads.has(tokens[next] ?? '');
  return !roleAfter && !(before && ROLE_LIKE.has(before.kind));
}

/**
 * English's verbs of sufficiency, stemmed: "does it *count*", "would that *qualify*", "is that *enough*". A yes-or-no
 * question with one asks whether what comes before it is what the facts require.
 */
const SUFFICES = new Set(['count', 'qualify', 'enough', 'toward', 'towards']);

/**
 * The content words a yes-or-no question asks to count ("does my *ICU* experience count"), between opener and verb;
 * null when the sentence asks no such thing.
 */
function askedToCount(
  tokens: string[],
  words: string[],
  lexicon: Lexicon,
  marked: boolean,
  background: readonly Span[],
): Array<{ stem: string; word: string; needed?: boolean }> | null {
  // Asked whether something is needed, not whether it is enough: a rule stated whole does not say (unsaid.ts).
  const must = mustBe(tokens);
  if (must >= 0) return countedAfter(tokens, words, lexicon, must).map(asNeeded);
  const needed = neededAt(tokens);
  if (needed > 0) return countedBetween(tokens, words, lexicon, 1, needed).map(asNeeded);
  const kindNeeded = needsKindOf(tokens, lexicon);
  if (kindNeeded)
    return countedBetween(tokens, words, lexicon, kindNeeded.start, kindNeeded.end)
      .filter(({ stem }) => !idleModifiers(lexicon).has(stem))
      .map(asNeeded);
  const verb = tokens.findIndex(
    (token, i) =>
      SUFFICES.has(token) ||
      ((HELPS.has(token) || OF_USE.has(token)) &&
        (background.some(({ end }) => end <= i) || tokens.slice(0, i).some((t) => ASKERS.has(t)))),
  );
  // Its opener may follow what the asker says first: "I've been a CNA for 6 years, *does* that count".
  const opener = tokens.slice(0, Math.max(verb, 0)).findLastIndex((token) => YES_NO_OPENERS.has(token));
  if (verb >= 1 && opener < 0 && marked && droppedOpener(tokens, verb))
    return countedBetween(tokens, words, lexicon, 0, verb);
  if (verb < 1 || opener < 0 || tokens.slice(0, opener).some((token) => WH_WORDS.has(token))) return null;
  // "would I need a nursing degree *or* does RT count": an alternative to what was asked first, answered with it.
  if (tokens[opener - 1] === 'or') return null;
  // The asker's own past named in it says which ("do my *years as a paramedic* count"), not the time before "as".
  const own = background.find(({ start, end }) => start > opener && end <= verb);
  return own
    ? countedBetween(tokens, words, lexicon, own.start, own.end)
    : countedBetween(tokens, words, lexicon, opener + 1, verb);
}

/** A word asked whether it is needed ("is *HIPAA* knowledge required"), not whether it is enough. */
const asNeeded = (word: { stem: string; word: string }) => ({ ...word, needed: true });

/**
 * Verbs that ask whether the asker's own past is of use, after it: "would 10 yrs as an army medic *help*", "would my
 * years as a paramedic *transfer*". Only after the past: "does it help to get certified" asks no such thing.
 */
const HELPS = new Set(['help', 'transfer', 'matter', 'work']);
/**
 * Adjectives of use, read as the verbs above: "is that *useful* for care management", "would my CNA years be
 * *helpful*". Like them, only of the asker's own past, said before or owned by the asker (`ASKERS`: "*my* CPhT").
 */
const OF_USE = new Set(['useful', 'helpful', 'relevant', 'valuable'].map(stem));
/** The asker's possessives: what follows is the asker's own, so a verb of use asks whether it counts. */
const ASKERS = new Set(['my', 'our']);

/**
 * A question typed as a statement, its opener left out ("rehab counts?", "my LPN years count?", "my EMT years count
 * *toward* case management?"): the verb of sufficiency ends it, or only its goal follows (`GOALS`: what it would count
 * for), its "?" asks, and no question word comes before. What precedes the verb is what it asks to count.
 */
const droppedOpener = (tokens: string[], verb: number) =>
  (verb === tokens.length - 1 || GOALS.has(tokens[verb + 1] ?? '')) &&
  !tokens.slice(0, verb).some((token) => WH_WORDS.has(token));

/** The content words from `start` to `end`, a synonym read as its term. */
function countedBetween(tokens: string[], words: string[], lexicon: Lexicon, start: number, end: number) {
  return tokens
    .slice(start, end)
    .flatMap((token, k) =>
      isContentWord(token, lexicon) ? [{ stem: asRead(token, lexicon), word: words[start + k]! }] : [],
    );
}

/**
 * "*is* the NCLEX *required*", "*is* typing speed *important*": a question whether what comes between is needed, which
 * the facts name or not. Where the word of need is, or -1.
 */
const NEEDED = new Set(['required', 'needed', 'necessary', 'important', 'mandatory', 'essential']);
function neededAt(tokens: string[]): number {
  return ['is', 'are'].includes(tokens[0] ?? '') ? tokens.findIndex((token) => NEEDED.has(token)) : -1;
}

/**
 * "does it *have to be* hospital experience", "do they *need to be* good at Excel": a yes-or-no question whether what
 * is needed must be of a kind, which the facts name or not. Where "be" is, or -1.
 */
const MUST = new Set(['have', 'ha', 'need', 'got']);
/** Words that end what must be and start what it is for: "need to be bilingual *for* care management". */
const MUST_BE_ENDS = new Set(['for', 'to', 'as', 'before', 'after', 'if', 'when', 'because', 'since', 'so']);
function mustBe(tokens: string[]): number {
  const be = tokens.findIndex((token, i) => token === 'be' && tokens[i - 1] === 'to' && MUST.has(tokens[i - 2] ?? ''));
  const opener = tokens.slice(0, Math.max(be - 2, 0)).findLastIndex((token) => YES_NO_OPENERS.has(token));
  if (be < 0 || opener < 0 || tokens.slice(0, opener).some((token) => WH_WORDS.has(token))) return -1;
  // "... or do you have to be a nurse": an alternative to what was asked first, answered with it.
  return tokens[opener - 1] === 'or' ? -1 : be;
}

/** Verbs that ask whether a thing is needed (needsKindOf). */
const NEED_VERBS = new Set(['need', 'require']);
/** Words after what is needed that say when, not which: "ICU experience *first*". */
const NEED_WHEN = new Set(['first', 'beforehand', 'already', 'prior']);
/**
 * "do I need *ICU experience* first", "need *peds experience* to be a pediatric case manager?": a yes-or-no question
 * whether someone needs a thing of a kind, named by the words before its head noun, up to what it is for. Only a
 * modified thing (two content words or more): "do I need a BSN" asks for the thing itself, which the facts answer.
 * Where the words are, or null.
 */
function needsKindOf(tokens: string[], lexicon: Lexicon): { start: number; end: number } | null {
  const verb = tokens.findIndex((token) => NEED_VERBS.has(token));
  if (verb < 0 || tokens[verb + 1] === 'to' || tokens.slice(0, verb).some((token) => WH_WORDS.has(token))) return null;
  // Its opener with its subject only ("do *you* need"), or none at all ("need peds experience to be ...?").
  const opener = tokens.slice(0, verb).findIndex((token) => YES_NO_OPENERS.has(token));
  const subject = opener < 0 ? tokens.slice(0, verb) : tokens.slice(opener + 1, verb);
  if ((opener > 0 || subject.some((token) => !PRONOUNS.has(token))) && !(opener < 0 && verb === 0)) return null;
  const after = tokens.findIndex((token, i) => i > verb && (MUST_BE_ENDS.has(token) || NEED_WHEN.has(token)));
  const end = after < 0 ? tokens.length : after;
  const content = tokens.slice(verb + 1, end).filter((token) => isContentWord(token, lexicon));
  // One word alone is a kind only when asked to come first ("do you need *ICU* first"): the thing itself otherwise.
  const first = after >= 0 && NEED_WHEN.has(tokens[after]!);
  return content.length > 1 || (first && content.length === 1) ? { start: verb + 1, end } : null;
}

/**
 * Words the knowledge's synonyms write before a term without changing it ("*bedside* nurse", "*floor* nurse" are
 * "nurse"): "bedside experience" is nursing experience, which the facts name. Read once per lexicon.
 */
const IDLE_MODIFIERS = new WeakMap<Lexicon, ReadonlySet<string>>();
function idleModifiers(lexicon: Lexicon): ReadonlySet<string> {
  const known = IDLE_MODIFIERS.get(lexicon);
  if (known) return known;
  const idle = new Set<string>();
  for (const [phrase, concept] of lexicon.phrases) {
    const words = phrase.split(' ');
    if (words.length === 2 && concept.kind === 'term' && concept.term === words[1]) idle.add(words[0]!);
  }
  IDLE_MODIFIERS.set(lexicon, idle);
  return idle;
}

/** The content words after "be" that say what must be, up to what it is for. */
function countedAfter(tokens: string[], words: string[], lexicon: Lexicon, be: number) {
  const end = tokens.findIndex((token, i) => i > be && MUST_BE_ENDS.has(token));
  return countedBetween(tokens, words, lexicon, be + 1, end < 0 ? tokens.length : end);
}

/** A synonym read as its term ("an ADN" is a degree), so a topic's own word is known for what it is. */
function asRead(token: string, lexicon: Lexicon): string {
  const concept = lexicon.phrases.get(token);
  return concept?.kind === 'term' ? concept.term : token;
}

/**
 * What the messages' questions ask to count; for "does *that* count" or "do *those years* count" (a pointer, or only
 * the kind of time spent: `SPENT`), or a choice weighed for the asker ("which fits someone like me"), the asker's own
 * past the message names, before the kind.
 */
function countedIn(sentences: Sentence[], asks: SentenceTest): Array<{ stem: string; word: string; field?: boolean }> {
  const asking = sentences.filter((s, index) => asks(s, index) && s.toCount !== null);
  const counted = asking.flatMap((s) => s.toCount!);
  const telling = counted.some(({ stem }) => !SPENT.has(stem) && !SCHOOLING_HELD.has(stem));
  const weighed = sentences.some((s) => !s.reason && s.choosingForAsker);
  // In a choice weighed for the asker, another job named is theirs too ("nurse aide for 10 yrs, which role suits me").
  if (weighed || (!telling && asking.length > 0)) return [...pastNamed(sentences, weighed, false), ...counted];
  // "could I be a care manager", "does that work", said of a schooling the asker holds: its field is what is asked.
  if (!telling && sentences.some((s, index) => asks(s, index) && s.ofAsker))
    return [...pastNamed(sentences, weighed, true), ...counted];
  return counted;
}

/** The asker's past the sentences name (only schoolings when `schooling`), and in a weighed choice any other job. */
const pastNamed = (sentences: Sentence[], weighed: boolean, schooling: boolean) =>
  sentences.flatMap((s) =>
    s.concepts.flatMap((c) => {
      if (c.kind === 'job' && weighed) return [{ stem: c.phrase, word: c.phrase }];
      if (c.kind !== 'background' || (schooling && !c.schooling)) return [];
      return [{ stem: c.phrase, word: c.phrase, field: c.schooling ?? false }];
    }),
  );

/** Before "know", the words that make it what someone must or should know: "need *to* know", "*should* know". */
const KNOW_AFTER = new Set(['to', 'should', 'must']);

/**
 * Whether someone named before it must know something: "know" after "to", "should" or "must", or right after a role
 * ("what should a case manager know"), with a role or a person before it ("do *I* need to know Epic"). A sentence
 * that opens with "need to know" is the asker's own wish ("need to know the cert requirements").
 */
function mustKnow(tokens: string[], roleSpans: RoleSpan[]): boolean {
  return tokens.some((token, k) => {
    if (token !== 'know') return false;
    const afterRole = roleSpans.some((span) => span.start + span.length === k);
    const someone = roleSpans.some((span) => span.start < k) || tokens.slice(0, k).some((t) => PRONOUNS.has(t));
    return someone && (afterRole || KNOW_AFTER.has(tokens[k - 1] ?? ''));
  });
}

/** "I'm", "I am", "am I": what follows says what the asker is. */
const FIRST_PERSON_BE = [['im'], ['i', 'am'], ['i', 'm'], ['am', 'i']];
/** Words between "I'm" and what the asker is that change nothing: "I'm *kind of* blunt", "I'm *a bit* shy". */
const DEGREE_WORDS = new Set([
  'kind',
  'sort',
  'of',
  // "kind of" and "sort of" as typed in one word.
  'kinda',
  'sorta',
  'very',
  'pretty',
  'quite',
  'too',
  'bit',
  'little',
  'so',
  'super',
  'rather',
  'fairly',
  'not',
]);

/**
 * The personal qualities the asker names: the word after "I'm" (past words of degree) when no phrase of ours names it
 * and it is no job, no number and no verb in "-ing" ("I'm looking"): "I'm really introverted", "I'm kind of blunt".
 * "I'm a nurse" names a job, "I'm an RN" a term: neither is a quality. A quality joined to it by "and"/"but" is one
 * too: "I'm super organized *but kind of introverted*".
 */
function traitsIn(tokens: string[], lexicon: Lexicon, phraseAt: (start: number) => PhraseHit | null): string[] {
  const traits: string[] = [];
  tokens.forEach((_, i) => {
    const be = FIRST_PERSON_BE.find((words) => words.every((word, k) => tokens[i + k] === word));
    if (!be) return;
    for (let at = qualityAt(tokens, lexicon, phraseAt, i + be.length); at >= 0; ) {
      traits.push(tokens[at]!);
      at = JOINING_QUALITIES.has(tokens[at + 1] ?? '') ? qualityAt(tokens, lexicon, phraseAt, at + 2) : -1;
    }
  });
  return traits;
}

/** Words that join one quality of the asker's to another: "I'm organized *but* shy", "I'm calm *and* patient". */
const JOINING_QUALITIES = new Set(['and', 'but']);

/** "a bit shy" is a degree; "an RT", "a people person" say what the asker is, not a quality. */
const degreeAt = (tokens: readonly string[], at: number) =>
  DEGREE_WORDS.has(tokens[at]!) ||
  ADVERBS.has(tokens[at]!) ||
  /ly$/.test(tokens[at]!) ||
  (tokens[at] === 'a' && DEGREE_WORDS.has(tokens[at + 1] ?? ''));

/** Where the quality starting at `from` is, past words of degree ("kind of", "a bit"): -1 when none is. */
function qualityAt(
  tokens: string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
  from: number,
): number {
  let j = from;
  while (j < tokens.length && degreeAt(tokens, j)) j += 1;
  if (tokens[j] === 'a' || tokens[j] === 'an') return -1;
  const word = tokens[j];
  if (word === undefined || phraseAt(j) || lexicon.jobHeads.has(word) || /ing$/.test(word)) return -1;
  return isContentWord(word, lexicon) && !lexicon.heads.has(word) ? j : -1;
}

/** Participles that class what comes before them as something: "is case management *considered* nursing". */
const CLASSING = new Set(['considered', 'classed', 'classified', 'regarded', 'counted', 'viewed', 'seen']);

/**
 * Whether a yes-or-no question asks what a role is classed as: "is/are" before the role and a participle of classing
 * right after it ("is case management *considered* a nursing specialty", "are care managers *seen as* healthcare
 * professionals"). What the role is counted as is what it is: its overview.
 */
function classesRole(tokens: string[], roleSpans: RoleSpan[]): boolean {
  return roleSpans.some(({ start, length }) => {
    const before = tokens.slice(0, start);
    return (before.includes('is') || before.includes('are')) && CLASSING.has(tokens[start + length] ?? '');
  });
}

/** The verbs of being that open a yes-or-no question about what its subject is like, stemmed ("was" is "wa"). */
const BEING_ASKED = new Set(['is', 'are', 'wa', 'were']);
/** Between "is" and the role, words that leave the role the subject: "is *being a* case manager hectic". */
const BEFORE_ROLE = new Set(['being', 'a', 'an', 'the']);
/** Pronouns that, after a role in the same sentence, stand for it: "is care management a grind or is *it* relaxed". */
const POINTING = new Set(['it', 'they']);
/** Verbs of coming to be, after the role: "do case managers *get* bored", "*end up* exhausted", "*feel* isolated". */
const BECOMING = new Set(['get', 'feel', 'become', 'seem', 'stay', 'end']);
/** Where what is said of the role ends: an alternative, a comparison's standard, a clause of time, cause or condition. */
const QUALITY_ENDS = new Set(['or', 'than', 'like', 'when', 'if', 'because', 'since', 'but', 'for', 'as', 'compared']);

/**
 * The words that say what the work is like, where the sentence asks it of a role and no list reads them: a role after
 * "is/are" and what follows it ("is care management *hectic*", "is case management *monday to friday*"), what the role
 * comes to be ("do case managers end up *exhausted*"), or a quality after "how" asked of a role ("how *hectic* does a
 * care manager's week get"). Empty when any word there is read (a term, a fact's word, a job: "is a care manager a
 * nurse"), when what follows names a class or a place ("a specialty", "in hospitals") or a participle of classing.
 */
// Module-level helpers, and factories returning anonymous arrows, in the per-sentence readers below: under tsx every
// named closure is renamed on creation, which costs more than the closure.
/** Whether nothing of ours reads the word at `at`. */
const unreadIn =
  (tokens: string[], lexicon: Lexicon, phraseAt: (start: number) => PhraseHit | null) =>
  (at: number): boolean =>
    !phraseAt(at) && !lexicon.factWords.has(tokens[at]!) && !lexicon.jobHeads.has(tokens[at]!);
/** A yes-or-no question: "*who* is a care manager's boss" asks someone, not what the work is like. */
function asksBeing(tokens: string[], start: number): boolean {
  let before = start - 1;
  while (before >= 0 && BEFORE_ROLE.has(tokens[before]!)) before -= 1;
  return BEING_ASKED.has(tokens[before] ?? '') && !tokens.slice(0, before).some((word) => WH_WORDS.has(word));
}
const degreeWord = (word: string) => DEGREE_WORDS.has(word) || ADVERBS.has(word) || isAdverb(word);

function qualityOfWork(
  tokens: string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
  roleSpans: RoleSpan[],
): string[] {
  const unread = unreadIn(tokens, lexicon, phraseAt);
  const how = howQualityAt(tokens, lexicon, roleSpans);
  if (how >= 0) return unread(how) ? [tokens[how]!] : [];
  // "is care management a grind or is *it* pretty relaxed": a pointer after a role asked what it is like stands for
  // it, when nothing between them is read; after what the role does ("do they see pts or are they ...") it does not.
  const being = roleSpans.filter(({ start }) => asksBeing(tokens, start));
  const roleEnd = Math.min(...being.map(({ start, length }) => start + length));
  const pointers = tokens.flatMap((token, at) => {
    if (at < roleEnd || !POINTING.has(token)) return [];
    const between = tokens.slice(roleEnd, at).every((word, k) => !isContentWord(word, lexicon) || unread(roleEnd + k));
    return between ? [{ start: at, length: 1 }] : [];
  });
  for (const { start, length } of [...roleSpans, ...pointers]) {
    let j = start + length;
    while (j < tokens.length && degreeWord(tokens[j]!)) j += 1;
    const becomes = BECOMING.has(tokens[j] ?? '') ? (tokens[j] === 'end' && tokens[j + 1] === 'up' ? 2 : 1) : 0;
    if (!asksBeing(tokens, start) && becomes === 0) continue;
    if (tokens[j] === 'end' && becomes === 1) continue;
    j += becomes;
    while (j < tokens.length && degreeWord(tokens[j]!)) j += 1;
    const run = workQualityRun(tokens, j, lexicon, unread);
    if (run.length > 0) return run;
  }
  return [];
}

/**
 * Where a quality asked of a role after "how" is ("how *hectic* does a care manager's week get", "how *chaotic* is
 * case management"), or -1: a rare word (English's common ones ask a measure or a worth: "how long", "how important")
 * right before the question's opener, with a role after it.
 */
function howQualityAt(tokens: string[], lexicon: Lexicon, roleSpans: RoleSpan[]): number {
  const how = tokens.indexOf('how');
  const asked = tokens[how + 1];
  if (how < 0 || asked === undefined || !isContentWord(asked, lexicon)) return -1;
  if (isCommonWord(shippedWordVectors(), asked) || !YES_NO_OPENERS.has(tokens[how + 2] ?? '')) return -1;
  return roleSpans.some(({ start }) => start > how + 2) ? how + 1 : -1;
}

/** The content words from `at` to where what is said ends, if a rare one opens them and none of them is read. */
function workQualityRun(tokens: string[], at: number, lexicon: Lexicon, unread: (at: number) => boolean): string[] {
  const first = tokens[at];
  if (first === undefined || !isContentWord(first, lexicon) || CLASSING.has(first)) return [];
  // English's common words there name no quality ("is the AIPC *something* I have to get").
  if (isCommonWord(shippedWordVectors(), first)) return [];
  const run: string[] = [];
  for (let k = at; k < tokens.length && !QUALITY_ENDS.has(tokens[k]!); k += 1) {
    if (!isContentWord(tokens[k]!, lexicon)) continue;
    if (!unread(k)) return [];
    run.push(tokens[k]!);
  }
  return run;
}

/** After "when", the past of the verbs that carry a question: "when *did* ...", "when *was* ...". */
const PAST_CARRIERS = new Set(['did', 'was', 'were']);

/**
 * Whether a sentence asks when something about a role happened, in the past ("when did the case manager role first
 * show up", "when did hospitals start having case managers"): a role's past is how it came about, part of what it is.
 */
function datesRole(tokens: string[], roleSpans: RoleSpan[]): boolean {
  const when = tokens.findIndex((token, i) => token === 'when' && PAST_CARRIERS.has(tokens[i + 1] ?? ''));
  return when >= 0 && roleSpans.some(({ start }) => start > when);
}

/** Verbs that, before "to be", ask what someone must be: "do they *need* to be organized", "*have* to be patient". */
const MUST_BE = new Set(['need', 'needs', 'have', 'has']);

/**
 * The qualities asked of someone in the role, as "I'm ..." names the asker's own (traitsIn): what a role or a person
 * must be ("do case managers need to be tech-savvy", a bare "need to be patient?" asks it of the asker), and what is
 * asked to matter ("is typing speed important for case managers"). A job, a term of ours or a participle ("need to
 * be certified") after "be" is no quality: those name what the topics' own terms ask.
 */
const degreeBefore = (word: string) => DEGREE_WORDS.has(word) || ADVERBS.has(word) || /ly$/.test(word);

function qualitiesAsked(
  tokens: string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
  roleSpans: RoleSpan[],
): string[] {
  const found: string[] = [];
  tokens.forEach((token, i) => {
    if (MUST_BE.has(token) && tokens[i + 1] === 'to' && tokens[i + 2] === 'be') {
      const someone =
        i === 0 || roleSpans.some((span) => span.start < i) || tokens.slice(0, i).some((t) => PRONOUNS.has(t));
      let j = i + 3;
      while (j < tokens.length && degreeBefore(tokens[j]!)) j += 1;
      // A participle after "be" says what is done to them ("need to be certified"), not what they are.
      if (someone && !/(ed|ing)$/.test(tokens[j] ?? ''))
        found.push(...qualityRun(tokens, lexicon, phraseAt, j, tokens.length));
    }
    // "is X important": the thing whose worth is asked is all that stands between the verb and "important".
    const verb = Math.max(tokens.lastIndexOf('is', i - 1), tokens.lastIndexOf('are', i - 1));
    if (token === 'important' && verb >= 0 && verb < i - 1) {
      const between = qualityRun(tokens, lexicon, phraseAt, verb + 1, i);
      if (between.length === i - verb - 1) found.push(...between);
    }
  });
  return found;
}

/**
 * The words of a quality from `at`: content words no phrase of ours reads, past a job that only qualifies ("*tech*
 * savvy"). A run that ends on a job ("to be a case manager", "to be an ER tech") names who, not a quality: none.
 */
function qualityRun(
  tokens: string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
  at: number,
  end: number,
): string[] {
  const words: string[] = [];
  let j = at;
  for (; j < end && freeAt(tokens, lexicon, phraseAt, j); j += 1)
    if (!jobAt(tokens, lexicon, phraseAt, j)) words.push(tokens[j]!);
  if (j === at || jobAt(tokens, lexicon, phraseAt, j - 1) || lexicon.heads.has(tokens[j - 1]!)) return [];
  return words;
}

/** Whether the word at `j` is a job's head or read as a job. */
const jobAt = (tokens: readonly string[], lexicon: Lexicon, phraseAt: (start: number) => PhraseHit | null, j: number) =>
  lexicon.jobHeads.has(tokens[j]!) || phraseAt(j)?.concept.kind === 'job';

/** Whether the word at `j` may be in a quality's run: a content word no phrase reads, or a job. */
const freeAt = (
  tokens: readonly string[],
  lexicon: Lexicon,
  phraseAt: (start: number) => PhraseHit | null,
  j: number,
) => isContentWord(tokens[j]!, lexicon) && (!phraseAt(j) || jobAt(tokens, lexicon, phraseAt, j));

/** The words that weigh one choice for someone: "which is *better* for an introvert", "which *suits* someone shy". */
const CHOOSING = new Set(['better', 'best', 'good', 'suit', 'suited', 'fit']);
/** Who a choice is for, before the quality: "for *an* introvert", "for *someone* shy". */
const SOMEONE = new Set(['a', 'an', 'someone', 'somebody', 'person', 'people']);

/**
 * The quality of whom a choice is weighed for ("which is better for an introvert", "which suits someone shy"): a
 * personal quality as "I'm shy" names one, when no phrase of ours, job or role names the word.
 */
function choiceFor(tokens: string[], lexicon: Lexicon, phraseAt: (start: number) => PhraseHit | null): string[] {
  const at = tokens.findIndex((t) => CHOOSING.has(t));
  if (at < 0) return [];
  let j = at + 1;
  if (tokens[j] === 'for') j += 1;
  if (!SOMEONE.has(tokens[j] ?? '')) return [];
  while (j < tokens.length && (SOMEONE.has(tokens[j]!) || DEGREE_WORDS.has(tokens[j]!))) j += 1;
  const word = tokens[j];
  if (word === undefined || phraseAt(j) || lexicon.jobHeads.has(word) || lexicon.heads.has(word)) return [];
  return isContentWord(word, lexicon) && !/ing$/.test(word) ? [word] : [];
}

/**
 * A role's head word in no phrase of ours, as a subject: after "the" ("the care ones", "the care side") or opening
 * a yes-or-no question ("is case higher?"), not before "of" ("the case of"). Its role, or undefined.
 */
function headAlone(tokens: string[], i: number, lexicon: Lexicon, last: Concept | undefined): RoleId | undefined {
  const role = lexicon.heads.get(tokens[i]!);
  // Only before a word standing in for the role's name or comparing it: a head word is often an everyday noun too
  // ("the patient" of a patient navigator's head, "the case"), and "do care coordinators…" asks about another job.
  if (!role) return undefined;
  const before = tokens[i - 1] ?? '';
  const standsIn = STAND_INS.has(tokens[i + 1] ?? '') || COMPARATIVES.has(tokens[i + 1] ?? '');
  if (standsIn) return before === 'the' || (YES_NO_OPENERS.has(before) && i === 1) ? role : undefined;
  // Ending the message after a word that points back or joins ("and care?", "how about case", "not care, case"), not
  // after a noun it would qualify ("home care", "in case").
  const ends = tokens.slice(i + 1).every((token) => lexicon.stopwords.has(token));
  // The whole message ("care?"), as a reply names one of two things just spoken of.
  const pointsBack =
    i === 0 ||
    // After fillers or small talk only ("oops, care", "sorry, case"): the whole message still, a reply naming one of two.
    tokens.slice(0, i).every((token) => lexicon.fillers.has(token) || lexicon.smalltalk.has(token)) ||
    lexicon.joiners.has(before) ||
    before === 'for' ||
    (lexicon.heads.has(before) && lexicon.heads.get(before) !== role) ||
    (last !== undefined &&
      ['reference', 'same-topic', 'contrast'].includes(last.kind) &&
      (lexicon.stopwords.has(before) || pointerEndsAt(tokens, i, lexicon)));
  // "their care", "in case": a possessive's noun, a phrase of English.
  return ends && pointsBack && before !== 'in' && !DETERMINERS.has(before) ? role : undefined;
}

/** Whether a phrase that points back, compares or asks again ends right before `i`: "I *meant* care". */
function pointerEndsAt(tokens: string[], i: number, lexicon: Lexicon): boolean {
  for (let length = 1; length <= Math.min(i, lexicon.maxPhraseWords); length++) {
    const kind = lexicon.phrases.get(tokens.slice(i - length, i).join(' '))?.kind;
    if (kind === 'reference' || kind === 'same-topic' || kind === 'contrast') return true;
  }
  return false;
}

/** Nouns that stand in for a role's name after its head word: "the care *ones*", "the case *side*". */
const STAND_INS = new Set([
  'one',
  'side',
  'people',
  'folk',
  'guy',
  'role',
  'job',
  'position',
  'version',
  'type',
  'kind',
  'person',
  'lot',
  'group',
]);
/** Words that compare right after a head word: "is case *higher*?". */
const COMPARATIVES = new Set([
  'higher',
  'lower',
  'more',
  'less',
  'better',
  'worse',
  'bigger',
  'smaller',
  'easier',
  'harder',
]);

/**
 * English's phrases that set one thing apart from another after it ("a CM *different from* a case manager", "CM
 * *compared with* a care manager"), stemmed; a likeness ("the same as", "similar to") asks whether they are one.
 */
const SETTING_APART = ['different from', 'differ from', 'compared to', 'compared with', 'as opposed to', 'against'].map(
  (phrase) => stemPhrase(phrase).split(' '),
);

/** Where the words after a short form ending at `end` set it apart from what follows: past them (and an article). */
function apartFrom(tokens: string[], end: number, lexicon: Lexicon): number {
  const phrase = lexicon.joiners.has(tokens[end] ?? '')
    ? 1
    : (SETTING_APART.find((words) => words.every((word, k) => tokens[end + k] === word))?.length ?? 0);
  if (phrase === 0) return -1;
  return ARTICLES.has(tokens[end + phrase] ?? '') ? end + phrase + 1 : end + phrase;
}

/** English's articles, which may come between a joiner and the title it joins ("a CM and *a* care mgr"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A short form several roles share, set against one of them by a joiner or a phrase that sets apart ("cm vs care mgr",
 * "care manager or CM", "diff between a CM and a care mgr", "a CM different from a case manager"), is the other: a
 * role of its own when one is left.
 */
function shortFormAgainst(
  hit: PhraseHit,
  tokens: string[],
  i: number,
  lexicon: Lexicon,
  before: Concept | undefined,
  phraseAt: (start: number) => PhraseHit | null,
): Concept {
  const { concept } = hit;
  if (concept.kind !== 'short-form') return concept;
  const next = apartFrom(tokens, i + hit.length, lexicon);
  const after = next >= 0 ? phraseAt(next)?.concept : undefined;
  const joinedBefore =
    joinerAt(tokens, i - 1, lexicon) || (ARTICLES.has(tokens[i - 1] ?? '') && joinerAt(tokens, i - 2, lexicon));
  const against = [after, joinedBefore ? before : undefined].find((c) => c?.kind === 'role');
  if (against?.kind !== 'role' || !concept.roles.includes(against.role)) return concept;
  const rest = concept.roles.filter((role) => role !== against.role);
  return rest.length === 1 ? { kind: 'role', role: rest[0]!, apart: true } : { ...concept, roles: rest };
}

/** Whether the token at `at` is a joiner ("and", "or", "vs"). */
function joinerAt(tokens: readonly string[], at: number, lexicon: Lexicon): boolean {
  return lexicon.joiners.has(tokens[at] ?? '');
}

/** A role concept after a phrase that sets it aside ("not", "rather than"; an article may come between) is set aside. */
function setAside(concept: Concept, tokens: string[], i: number, lexicon: Lexicon): Concept {
  // A credential set aside is not its role set aside: "is the AFN-BC enough instead of the SANE-A" asks of the role.
  if (concept.kind !== 'role' || concept.credential) return concept;
  const before =
    notRoleEndsAt(tokens, i, lexicon) ||
    (i > 0 && lexicon.stopwords.has(tokens[i - 1]!) && notRoleEndsAt(tokens, i - 1, lexicon));
  return before ? { kind: 'not-role', role: concept.role } : concept;
}

/** Whether words saying a title is no role ("not a") end right before `end`. */
const notRoleEndsAt = (tokens: string[], end: number, lexicon: Lexicon) =>
  lexicon.notRole.some(
    (words) => words.length <= end && words.every((word, k) => tokens[end - words.length + k] === word),
  );

/** "do" before a subject is grammar ("what do they have in common", "does it need an exam"), after it a verb. */
function withoutAuxiliaries(concepts: Concept[], lexicon: Lexicon): Concept[] {
  const lastRole = concepts.findLastIndex(
    (c) => c.kind === 'role' || c.kind === 'short-form' || c.kind === 'both-roles' || c.kind === 'reference',
  );
  // Right after its subject it is the verb, whatever follows: "do they *do* utilization review too?".
  return concepts.filter(
    (c, index) =>
      !(
        c.kind === 'term' &&
        index < lastRole &&
        lexicon.auxiliaries.has(c.term) &&
        !(index > 0 && SUBJECTS.has(concepts[index - 1]!.kind))
      ),
  );
}

/** Whether a concept inside an aspect's phrase still counts: any but a term about another topic. */
function aboutTopic(concept: Concept, topic: TopicId, lexicon: Lexicon): boolean {
  return concept.kind !== 'term' || (lexicon.termTopics.get(concept.term) ?? []).some((t) => t.topic === topic);
}

function hasTerm(sentence: { concepts: Concept[] }): boolean {
  return sentence.concepts.some((c) => c.kind === 'term');
}

/** Whether the words of `part` appear in a row among `tokens` (`present` is their set, for a quick no). */
function contains(tokens: string[], present: Set<string>, part: string[]): boolean {
  return present.has(part[0]!) && tokens.some((_, start) => part.every((word, k) => tokens[start + k] === word));
}
