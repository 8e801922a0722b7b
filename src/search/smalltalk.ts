import { expandedWords, YES_NO_OPENERS } from './analyze.ts';
import type { Concept, Lexicon, SmallTalkKind } from './lexicon.ts';
import { stem } from './normalize.ts';
import { leavesThread } from './correction.ts';
import { asksForAnother, asksForJoke } from './joke.ts';
import { asksToAct } from './particular.ts';
import { isEveryday } from './word-vectors.ts';

/** What kind of small talk a message is; 'bare' is a message with nothing in it (a bare mention, "?", an emoji). */
export type SmallTalk = SmallTalkKind | 'bare';

/**
 * Whether the matcher declines a text for want of anything it knows (not as a lookup or another job): what follows
 * small talk is then the asker's remark ("good night, finally heading home"), not a question. `alone`: read without
 * the conversation, as a remark before a closing is ("perfect that's all i needed, have a good one"), which the
 * thread would otherwise read as one more question about its topic.
 */
export type DeclinesAsUnknown = (text: string, alone?: boolean) => boolean;

/** When a message mixes kinds ("hi, what can you do?"), the one that asks the most decides the reply. */
const PRECEDENCE: readonly SmallTalkKind[] = [
  'joke',
  'capabilities',
  'identity',
  'thanks',
  'farewell',
  'praise',
  'apology',
  'greeting',
];

/**
 * Said of the bot at one of the clauses' openings: what it knows ("what kind of stuff do you know about") or what it
 * is ("are you a robot"), with the small talk met before; else a bare call of it, or null.
 */
function aboutTheBot(
  raw: string[],
  words: string[],
  openings: readonly number[],
  lexicon: Lexicon,
  kinds: Set<SmallTalkKind>,
): SmallTalk | null {
  const kind = openings.some((start) => asksWhatItKnows(raw, words, start, lexicon))
    ? 'capabilities'
    : openings.some(
          (start) =>
            saidOfTheBot(raw, words, start, lexicon) ||
            saidOfThisBot(raw, words, start, lexicon) ||
            madeTheBot(raw, words, start, lexicon),
        )
      ? 'identity'
      : null;
  if (kind) return smallTalkOf(kinds.add(kind));
  return calledOut(words, lexicon) ? 'greeting' : null;
}

/**
 * Tells small talk from a question: a message made only of small-talk phrases, filler and grammar words is small
 * talk ("thanks so much!", "hi there", "who are you?"); one with nothing at all in it (a bare mention, "?", an emoji)
 * is 'bare'. Anything the knowledge base knows ("thanks! and care managers?") makes it a question, unless it is
 * said of the bot ("are you a robot or a nurse") or in a remark the matcher would not answer (`declines`).
 */
export function readSmallTalk(
  text: string,
  lexicon: Lexicon,
  declines: DeclinesAsUnknown = () => false,
): SmallTalk | null {
  const raw = expandedWords(text, lexicon);
  const words = raw.map(stem);
  if (
    asksForJoke(text, words, lexicon, (rest) => declines(rest, true)) ||
    asksForAnother(raw, words, lexicon, declines)
  )
    return 'joke';
  const kinds = new Set<SmallTalkKind>();
  // Where a clause may start: the message's start, and each small-talk phrase or filler ("hey bot, *are you* ...").
  const openings = [0];
  // Whether the message opened with small talk and nothing else yet: small talk inside a question ("can I *take
  // care* management courses") makes no remark of the rest.
  let opened = true;
  // A wish for an occasion asks nothing: a question mark makes "happy" a word of the question ("happy case managers?").
  const wishing = !text.includes('?');
  for (let i = 0; i < words.length; ) {
    const length =
      (wishing && (occasionAt(raw, i, lexicon, kinds) || testingAt(raw, words, i, lexicon, kinds))) ||
      smallTalkAt(words, i, lexicon, kinds);
    if (length > 0) {
      openings.push(i, i + length);
      i += length;
      continue;
    }
    if (conceptAt(words, i, lexicon) || !lexicon.stopwords.has(raw[i]!)) {
      const from = openings.at(-1)!;
      const rest = {
        raw: raw.slice(from),
        words: words.slice(from),
        saidOfIt: opened && remarksOnThread(raw, words, lexicon),
      };
      // "ok unrelated but what do PTs make": what follows a marker of another matter is asked, never a remark.
      const remark = remarkAfter(text, rest, lexicon, opened ? declines : () => false);
      if (kinds.size > 0 && remark && !leavesThread(text, lexicon.newSubject)) return smallTalkOf(kinds);
      return aboutTheBot(raw, words, openings, lexicon, kinds) ?? closing(text, raw, words, lexicon, declines);
    }
    if (kinds.size === 0) opened = false;
    i += 1;
  }
  // Grammar words that open a question ("what about them", "ok why is that") ask it of the thread, when the matcher,
  // reading them in the thread, answers; with nothing to go on they are small talk or a bare call.
  const from = openings.at(-1)!;
  if (OPENS_QUESTION.has(raw[from] ?? '') && !declines(raw.slice(from).join(' '))) return null;
  return kinds.size > 0 ? smallTalkOf(kinds) : 'bare';
}

const smallTalkOf = (kinds: Set<SmallTalkKind>) => PRECEDENCE.find((kind) => kinds.has(kind))!;

/** The kinds of small talk that close a conversation: said last, they make what comes before a remark on it. */
const CLOSINGS: ReadonlySet<SmallTalkKind> = new Set(['thanks', 'farewell']);

/**
 * A message that ends by closing ("haha figures. thanks", "perfect that's all i needed, have a good one", "interesting,
 * didn't know that. thank you") remarks on the answer before it: small talk, when what precedes the closing is a remark
 * read alone (remarkBefore). "and for care managers, thanks" asks. Null when the message does not end so.
 */
function closing(
  text: string,
  raw: string[],
  words: string[],
  lexicon: Lexicon,
  declines: DeclinesAsUnknown,
): SmallTalk | null {
  const ends = closingEnds(raw, words, lexicon);
  const start = ends.findIndex((kinds, i) => i > 0 && kinds !== null && [...kinds].some((k) => CLOSINGS.has(k)));
  if (start < 0) return null;
  // A pointer may run into the closing ("go on, thanks"): it is read on the whole message.
  if (words.some((_, i) => i < start && turnsAt(raw, words, i, lexicon))) return null;
  const remark = remarkBefore(text, raw.slice(0, start), words.slice(0, start), lexicon, declines);
  return remark ? smallTalkOf(ends[start]!) : null;
}

/**
 * For each position, the kinds of small talk in the rest of the message when the rest is only small talk, fillers and
 * grammar words (null when it is not): read from the end, each phrase the longest one that leaves such a rest.
 */
function closingEnds(raw: string[], words: string[], lexicon: Lexicon): Array<Set<SmallTalkKind> | null> {
  const ends: Array<Set<SmallTalkKind> | null> = new Array(words.length + 1).fill(null);
  ends[words.length] = new Set();
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (wishAt(words, i) && ends[i + WISH_WORDS]) ends[i] = new Set([...ends[i + WISH_WORDS]!, 'farewell']);
    for (let length = Math.min(lexicon.maxSmalltalkWords, words.length - i); length > 0 && !ends[i]; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      const kind = lexicon.smalltalk.get(phrase);
      if ((kind || lexicon.fillers.has(phrase)) && ends[i + length])
        ends[i] = kind ? new Set([...ends[i + length]!, kind]) : ends[i + length]!;
    }
    const grammar = lexicon.stopwords.has(raw[i]!) && !conceptAt(words, i, lexicon);
    if (!ends[i] && grammar) ends[i] = ends[i + 1]!;
  }
  return ends;
}

/** Pronouns pointing back that a remark may use ("*that's* way more than I thought"); other pointers ask on. */
const REMARK_POINTERS = new Set(['that', 'thats', 'this', 'it', 'its', 'they', 'theyre', 'them', 'those', 'these']);

/**
 * Whether the words before a closing are a remark: a statement that asks nothing, names nothing we do not cover, turns
 * to nothing else in the thread ("the other one", "what about", "same for", "too") and that the matcher, reading it
 * alone, does not answer: "and the salary for care managers, thanks" is answered.
 */
function remarkBefore(
  text: string,
  raw: string[],
  words: string[],
  lexicon: Lexicon,
  declines: DeclinesAsUnknown,
): boolean {
  if (asksOrRequests(text, raw, words, lexicon) || namesWhatWeLack(words, lexicon)) return false;
  return saidOfThread(raw, words, lexicon) || declines(raw.join(' '), true);
}

/**
 * A statement whose subject points back, after any small talk ("they earn more than I thought lol", "wow that's
 * steep"): said of what the thread answered, however many of our words it repeats, unless it names a role of ours.
 */
function saidOfThread(raw: string[], words: string[], lexicon: Lexicon): boolean {
  let i = 0;
  while (i < words.length && !REMARK_POINTERS.has(raw[i]!)) {
    const length = smallTalkAt(words, i, lexicon, new Set());
    if (length === 0) break;
    i += length;
  }
  const named = (at: number) => phraseAt(words, at, lexicon, NOT_NAMING_ROLES);
  return REMARK_POINTERS.has(raw[i] ?? '') && !words.some((_, at) => named(at));
}

/**
 * A message whose small talk is followed by a statement said of what the thread answered ("thank you, *this is a lot to
 * take in*"), turning to nothing else in it ("they *also* ...", "the other one"): a remark on the answer, as before a
 * closing.
 */
const remarksOnThread = (raw: string[], words: string[], lexicon: Lexicon) =>
  saidOfThread(raw, words, lexicon) && !words.some((_, i) => turnsAt(raw, words, i, lexicon));

/** Every kind of concept but those that name a role: what saidOfThread lets a remark say. */
const NOT_NAMING_ROLES: ReadonlySet<Concept['kind']> = new Set<Concept['kind']>([
  'term',
  'fact-word',
  'contrast',
  'off-topic',
  'lookup',
  'job',
  'background',
  'same-topic',
  'back-to',
  'not-role',
]);

/** Whether a pointer that turns the thread elsewhere starts here: "*the other one*", "*tell me more*", not "that". */
function turnsAt(raw: string[], words: string[], start: number, lexicon: Lexicon): boolean {
  for (let length = Math.min(lexicon.maxPhraseWords, words.length - start); length > 0; length--) {
    const concept = lexicon.phrases.get(words.slice(start, start + length).join(' '));
    if (concept && POINTERS.has(concept.kind)) return length > 1 || !REMARK_POINTERS.has(raw[start]!);
  }
  return false;
}

/**
 * The verbs that open a yes-or-no question, and the subjects that follow them there: "can *you* give me", "do *they*
 * work weekends" ask, with or without a "?"; "was wondering" does not.
 */
const YES_NO_SUBJECTS = new Set([
  ...['you', 'u', 'i', 'we', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'these', 'those'],
  ...['the', 'a', 'an', 'my', 'your', 'our', 'their', 'anyone', 'someone', 'somebody', 'anybody'],
]);
const opensYesNo = (raw: string[], words: string[]) =>
  YES_NO_OPENERS.has(words[0] ?? '') && YES_NO_SUBJECTS.has(raw[1] ?? '');

/**
 * One word said over and over, and nothing else, calls out to the bot rather than asking ("knock knock", "ping ping"):
 * a greeting, unless the word is ours ("salary salary?", "test test": an exam).
 */
const calledOut = (words: string[], lexicon: Lexicon) =>
  words.length >= 2 && words.every((word) => word === words[0]) && !conceptAt(words, 0, lexicon);

/**
 * Question words that, before such a verb and "you", ask about the bot itself: "*where* do you get your info", "*why*
 * are you so slow". Not "how": "how do you ..." asks a way of doing, its "you" anyone.
 */
const ASKS_OF_BOT = new Set(['where', 'what', 'whats', 'who', 'why', 'when']);
/** The words of a yes-or-no question that ask it of the subject after them: "*are* you a robot", "*do* you sleep". */
const ASKS_OF = new Set(['are', 'r', 'were', 'do', 'did', 'have']);
/**
 * "you" as a clause's subject, as typed: "*you* rock", "*ur* actually useful" (the language file reads "ur" as
 * "your"), "*youre* the best". Not "can you"/"could you": those ask the bot to do something.
 */
const YOU = new Set(['you', 'youre', 'your', 'ya']);
/** Modal verbs after "you": "you *must* be tired". */
const MODALS = new Set(['must', 'should', 'might', 'may', 'could', 'would', 'will', 'can', 'gotta']);
/** "you are", after "you": the words that make what follows what the bot is ("you *r* a lifesaver"). */
const ARE = new Set(['are', 'r', 're', 'were']);
/**
 * Verbs whose object is what is asked, not the bot: "do you *know* if it will rain", "do you *think* I should
 * switch". With one of them the clause asks for something, and is read as a question.
 */
const KNOWING = new Set(['know', 'think', 'believe', 'remember', 'recall', 'recommend', 'suggest']);

/** What the bot is asked it knows or covers: "what do you *know* about", "which things do you *cover*". */
const KNOWS = new Set(['know', 'cover', 'answer', 'handle', 'help']);
/** The words that ask for a thing, not a way, a place or a time: "*what* do you know about" ("how do you say ..."). */
const ASKS_WHAT = new Set(['what', 'which']);

/**
 * Whether the clause at `start` asks what the bot knows: it opens with "what"/"which", has "you" before a verb of
 * knowing or covering, and names nothing of ours ("what kind of stuff do you know about"). "what do you know about
 * care managers" asks about them.
 */
function asksWhatItKnows(raw: string[], words: string[], start: number, lexicon: Lexicon): boolean {
  if (!ASKS_WHAT.has(raw[start]!)) return false;
  const you = raw.findIndex((word, i) => i > start && YOU.has(word) && KNOWS.has(raw[i + 1] ?? ''));
  // "do" there is the auxiliary of the question, no term.
  return (
    you > 0 && words.every((word, i) => i <= start || lexicon.auxiliaries.has(word) || !phraseAt(words, i, lexicon))
  );
}

/**
 * Whether the clause at `start` is said of the bot: its subject is "you" ("are you a robot or a nurse lol", "do you
 * ever sleep?", "ur actually useful") and nothing after it is ours. What the bot is said to be is no question about
 * that job ("are you *a nurse*"); "can you ...", "do you know ..." and "how do you ..." ask for something else.
 */
function saidOfTheBot(raw: string[], words: string[], start: number, lexicon: Lexicon): boolean {
  // A question word before the verb asks the same of the bot ("*where* do you get your info"); not "how", which asks a
  // way of doing ("how do you say ...", "how do you become ...") with a "you" that means anyone.
  const from = ASKS_OF_BOT.has(raw[start]!) && ASKS_OF.has(raw[start + 1] ?? '') ? start + 1 : start;
  const asked = ASKS_OF.has(raw[from]!) && YOU.has(raw[from + 1] ?? '');
  if (!asked && !YOU.has(raw[start]!)) return false;
  // A modal after "you" is grammar there ("you *must* be busy"), though the synonyms read it as a term.
  const rest = (asked ? from + 2 : start + 1) + (!asked && MODALS.has(raw[start + 1] ?? '') ? 1 : 0);
  const being = asked ? ARE.has(raw[from]!) : raw[start] === 'youre' || ARE.has(raw[rest] ?? '');
  if (raw.slice(rest).some((word) => KNOWING.has(word)) || asksToAct(raw.slice(rest))) return false;
  // Only a phrase of ours counts: a word the facts happen to use ("do you ever *take* a day off") names nothing.
  const allowed = being ? BEING_ALLOWED : NONE_ALLOWED;
  // What the bot is said to be more than ("you're smarter *than my manager*") is whom it is measured against; said, not
  // asked, with the comparative right after "you" too ("ur better than my preceptor": "ur" is read as "your"), the
  // whole statement likens the bot to someone, whatever it names.
  const than = raw.indexOf('than', rest);
  if (!asked && than >= 0 && (being || than === rest + 1)) return true;
  const end = being && than >= 0 ? than : words.length;
  return words.every((_, i) => i < rest || i >= end || !phraseAt(words, i, lexicon, allowed));
}

/** The words that, after "this"/"the" as a clause's subject, name the bot: "*this bot* is useless", "the thing rocks". */
const THE_BOT = new Set(['bot', 'chatbot', 'thing', 'tool', 'assistant']);
/** "is", "was", after the bot as subject: what follows is what it is said to be. */
const IS = new Set(['is', 'was', 'isnt', 'wasnt']);

/**
 * Whether the clause at `start` is said of the bot named as a thing ("this bot is useless honestly", "the bot rocks"),
 * as "you" says it of the bot (saidOfTheBot): nothing after it is ours. "the bot said case managers make more" names
 * what it said, and is asked about.
 */
function saidOfThisBot(raw: string[], words: string[], start: number, lexicon: Lexicon): boolean {
  if (!DEFINITE.has(raw[start]!) || !THE_BOT.has(raw[start + 1] ?? '')) return false;
  const allowed = IS.has(raw[start + 2] ?? '') ? BEING_ALLOWED : NONE_ALLOWED;
  return words.every((_, i) => i < start + 2 || !phraseAt(words, i, lexicon, allowed));
}

/** Who, asked: "*who* made you", "*which* team built this bot", "*whos* behind this". */
const WHO_ASKS = new Set(['who', 'whos', 'which', 'what']);
/** After "which"/"what", the one noun saying who is meant: "which *team*", "what *company*". */
const WHO_NOUN = new Set(['which', 'what']);
/** Grammar between "who" and the verb: "who *is* behind", "who *did* build", "who *has* built", "who *actually* made". */
const BEFORE_MAKING = new Set(['is', 'was', 'did', 'has', 'had', 'actually', 'even', 'originally']);
/**
 * Verbs of making or keeping a thing, as typed (English's closed class of them, in their usual forms): "who *built*
 * you", "who *runs* this bot", "who is *behind* this".
 */
const MAKING = new Set([
  ...['made', 'make', 'makes', 'built', 'build', 'builds', 'created', 'create', 'creates', 'wrote', 'write', 'writes'],
  ...['designed', 'design', 'developed', 'develop', 'develops', 'programmed', 'program', 'coded', 'code', 'trained'],
  ...['maintains', 'maintain', 'maintained', 'runs', 'run', 'owns', 'own', 'owned', 'invented', 'behind'],
]);
/**
 * The words for a made thing that, after "this"/"the", name the bot: "this *thing*", "the *app*". Asked who made it,
 * any of them is the bot; as a clause's subject (THE_BOT) "the program", "the system" may be a school's or a hospital's.
 */
const MADE_THINGS = new Set([...THE_BOT, 'app', 'program', 'system']);
const DEFINITE = new Set(['this', 'the']);
/** The bot as the object of making: "who made *you*". */
const MADE_YOU = new Set(['you', 'u']);

/**
 * Whether the clause at `start` asks who made or keeps the bot: "who built this thing, IT?", "which team made this
 * app", "whos behind this bot": the bot is "you", "this" alone, or "this"/"the" before a word for a made thing; and
 * nothing of ours follows. "who built the new wing" names something else; "who runs this unit" too.
 */
function madeTheBot(raw: string[], words: string[], start: number, lexicon: Lexicon): boolean {
  if (!WHO_ASKS.has(raw[start]!)) return false;
  let i = start + (WHO_NOUN.has(raw[start]!) ? 2 : 1);
  while (BEFORE_MAKING.has(raw[i] ?? '')) i += 1;
  if (!MAKING.has(raw[i] ?? '')) return false;
  const bot = i + 1;
  const thing = DEFINITE.has(raw[bot] ?? '') && MADE_THINGS.has(raw[bot + 1] ?? '');
  const alone = MADE_YOU.has(raw[bot] ?? '') || (raw[bot] === 'this' && !unknownAfter(raw, bot + 1, lexicon));
  if (!thing && !alone) return false;
  const end = bot + (thing ? 2 : 1);
  return words.every((_, k) => k < end || !phraseAt(words, k, lexicon));
}

/** Whether a word that is no grammar, filler or small talk follows at `at`: "this *unit*", not "this, IT?". */
const unknownAfter = (raw: string[], at: number, lexicon: Lexicon) =>
  at < raw.length && !lexicon.stopwords.has(raw[at]!) && !lexicon.fillers.has(stem(raw[at]!));

/**
 * What the bot may be said to be without asking of it: another job ("are you a nurse"), and more or better than
 * someone ("you're *more* helpful than my recruiter").
 */
const BEING_ALLOWED: ReadonlySet<Concept['kind']> = new Set<Concept['kind']>(['job', 'contrast']);
const NONE_ALLOWED: ReadonlySet<Concept['kind']> = new Set();

/**
 * What follows small talk is the asker's own remark, not a question, when nothing in it is ours and it asks nothing:
 * only everyday words ("how are you *today*?"), or a statement that asks the bot to do nothing ("thank you so much,
 * I've been going back and forth on this for months"). "hi, what time is it", "thanks, order me a pizza?" are asked.
 * A statement with words of ours is a remark too when the matcher would not answer it ("good morning! hope your
 * shift is going well"), or when it is said of what the thread answered (`saidOfIt`: "thank you, this is a lot to take
 * in"): "thanks. and the salary" would be answered.
 */
function remarkAfter(
  text: string,
  { raw, words, saidOfIt }: { raw: string[]; words: string[]; saidOfIt: boolean },
  lexicon: Lexicon,
  declines: DeclinesAsUnknown,
): boolean {
  const statement = !asksOrRequests(text, raw, words, lexicon);
  if (namesWhatWeLack(words, lexicon)) return false;
  // Any word the knowledge knows, a pointer ("the other one") or a role's own word ("the care side") is ours.
  const ours = (word: string, i: number) =>
    conceptAt(words, i, lexicon) ||
    (!lexicon.stopwords.has(raw[i]!) && (lexicon.stems.has(word) || lexicon.phrases.has(word)));
  if (words.some(ours)) return statement && (declines(raw.join(' ')) || saidOfIt);
  const unknown = raw.filter((word) => !lexicon.stopwords.has(word));
  if (unknown.every(isEveryday)) return true;
  return statement;
}

/**
 * Whether words ask something: a "?", a question word or a yes-or-no opener first, or a request, which may come after
 * grammar words ("thanks! now book me a room"): read from the start and after each one.
 */
function asksOrRequests(text: string, raw: string[], words: string[], lexicon: Lexicon): boolean {
  if (text.includes('?') || OPENS_QUESTION.has(raw[0]!) || opensYesNo(raw, words)) return true;
  return raw.some((_, i) => (i === 0 || lexicon.stopwords.has(raw[i - 1]!)) && asksToAct(raw.slice(i)));
}

/** Something we do not cover, named (the wifi password, another job, a lookup): asked for, not remarked on. */
const namesWhatWeLack = (words: string[], lexicon: Lexicon) =>
  words.some((_, i) => phraseAt(words, i, lexicon, NAMED_FOR_US));

/** The concepts that name what the bot covers or can do: the rest (off topic, a lookup, another job) it cannot. */
const NAMED_FOR_US: ReadonlySet<Concept['kind']> = new Set([
  'role',
  'short-form',
  'both-roles',
  'term',
  'fact-word',
  'background',
  'not-role',
  'contrast',
  'same-topic',
  'back-to',
]);

/** Words that open an English question: what follows small talk starting with one asks something. */
const OPENS_QUESTION = new Set(['what', 'whats', 'where', 'how', 'hows', 'who', 'whos', 'which', 'when', 'why']);

/** The adjectives of a wish: "have a *good* shift", "have a *safe* drive home". */
const WISHED = new Set(['good', 'great', 'nice', 'lovely', 'wonderful', 'fun', 'safe', 'restful', 'quiet', 'blessed']);

/**
 * A wish on leaving, "have a good/great/safe ..." and whatever it is wished for ("have a good shift", "have a great
 * rest of your day"): the list names the usual ones ("have a good day"); the form is English's.
 */
const wishAt = (words: string[], start: number) =>
  words[start] === 'have' &&
  (words[start + 1] === 'a' || words[start + 1] === 'an') &&
  WISHED.has(words[start + 2] ?? '') &&
  words[start + 3] !== undefined;

/** The words wishAt reads as the wish, which the small talk takes: "have", "a", how and what ("have a good shift"). */
const WISH_WORDS = 4;

/**
 * The words that wish someone well for an occasion, in the languages of a hospital's staff: "*happy* friday", "*merry*
 * christmas", "*feliz* navidad", "*bonne* année", "*chúc mừng* năm mới" (folded as the message is).
 */
const WISHING = new Set([
  'happy',
  'merry',
  'feliz',
  'felices',
  'joyeux',
  'joyeuse',
  'bonne',
  'buon',
  'buona',
  'frohe',
  'frohes',
  'boas',
  'maligayang',
  'chuc',
]);

/**
 * The most words an occasion wished for takes after the wish ("happy *fourth of july*", "happy *st patricks day*").
 * Higher lets a greeting take words of a question run on without a comma; lower leaves a long occasion's last words
 * to be read as asked.
 */
const OCCASION_WORDS = 4;

/**
 * Grammar after a wish word that makes it an adjective of the sentence, no wish: "happy *to* help", "happy *with* my
 * job", "happy *that* ...", "happy *and* ..." (English's prepositions, conjunctions and pronouns that follow "happy").
 */
const NO_OCCASION = new Set([
  'to',
  'with',
  'about',
  'for',
  'that',
  'if',
  'when',
  'because',
  'as',
  'and',
  'or',
  'but',
  'so',
  'in',
  'at',
  'on',
]);
const NO_OCCASION_MORE = ['by', 'from', 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'me', 'is', 'are', 'was', 'be'];
for (const word of NO_OCCASION_MORE) NO_OCCASION.add(word);

/**
 * A wish for an occasion ("happy friday", "happy nurses week", "merry christmas", "feliz año nuevo"): a wish word then
 * the occasion, whatever it names, ending on a word that is no grammar, with no grammar of NO_OCCASION and no question's
 * opener in it ("happy friday, *what* ..." asks on), read as a greeting. Its length (0 if none).
 */
function occasionAt(raw: string[], start: number, lexicon: Lexicon, kinds: Set<SmallTalkKind>): number {
  if (!WISHING.has(raw[start]!)) return 0;
  let length = 0;
  for (let at = start + 1; at <= start + OCCASION_WORDS && raw[at] !== undefined; at++) {
    if (NO_OCCASION.has(raw[at]!) || OPENS_QUESTION.has(raw[at]!) || YES_NO_OPENERS.has(raw[at]!)) break;
    if (!lexicon.stopwords.has(raw[at]!)) length = at - start + 1;
  }
  if (length === 0) return 0;
  kinds.add('greeting');
  return length;
}

/** The words of trying whether the bot is there: "test", "testing 1 2 3". */
const TESTING = new Set(['test', 'testing']);

/**
 * Trying the bot ("test", "testing 1 2 3 is this thing on", "test test"): a word of TESTING, then more of them or a
 * count, with nothing after it but small talk: a greeting, as "is this thing on" is. Its length (0 if none). "test prep
 * for the CCM" names the exam.
 */
function testingAt(raw: string[], words: string[], start: number, lexicon: Lexicon, kinds: Set<SmallTalkKind>): number {
  if (!TESTING.has(raw[start]!)) return 0;
  let end = start + 1;
  while (end < raw.length && (TESTING.has(raw[end]!) || /^\d+$/.test(raw[end]!))) end += 1;
  if (end < raw.length && smallTalkAt(words, end, lexicon, new Set()) === 0) return 0;
  kinds.add('greeting');
  return end - start;
}

/** Length of the small-talk phrase or filler at `start` (0 if none), noting its kind. */
function smallTalkAt(words: string[], start: number, lexicon: Lexicon, kinds: Set<SmallTalkKind>): number {
  if (wishAt(words, start)) {
    kinds.add('farewell');
    return WISH_WORDS;
  }
  for (let length = Math.min(lexicon.maxSmalltalkWords, words.length - start); length > 0; length--) {
    const phrase = words.slice(start, start + length).join(' ');
    const kind = lexicon.smalltalk.get(phrase);
    if (kind) kinds.add(kind);
    if (kind || lexicon.fillers.has(phrase)) return length;
  }
  return 0;
}

/** Concepts that are no meaning of their own: a pointer at the thread, "the other one". */
const POINTERS: ReadonlySet<Concept['kind']> = new Set(['reference', 'other-role']);

/**
 * Whether a phrase the matcher reads as meaning something (a role, a topic term, another job) or a word of the facts
 * or of an aspect starts here.
 */
function conceptAt(words: string[], start: number, lexicon: Lexicon): boolean {
  return phraseAt(words, start, lexicon) || lexicon.factWords.has(words[start]!) || lexicon.aspects.has(words[start]!);
}

/** Whether a phrase of ours that means something starts here; pointers and the kinds in `allowed` do not count. */
function phraseAt(words: string[], start: number, lexicon: Lexicon, allowed: ReadonlySet<Concept['kind']> = POINTERS) {
  for (let length = Math.min(lexicon.maxPhraseWords, words.length - start); length > 0; length--) {
    const concept = lexicon.phrases.get(words.slice(start, start + length).join(' '));
    if (concept && !POINTERS.has(concept.kind) && !allowed.has(concept.kind)) return true;
  }
  return false;
}
