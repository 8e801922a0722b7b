import { expandedWords, YES_NO_OPENERS } from './analyze.ts';
import type { Lexicon } from './lexicon.ts';
import { stem } from './normalize.ts';

/**
 * A joke asked for is small talk (test/conversation/LABELLING.md, convention 1): the asker is being friendly, whatever
 * the joke is to be about ("a case management joke", "jokes for my students"). English says so by grammar more than by
 * vocabulary: the thing of humour (`conversation.json` `smalltalk.joke`) is what the sentence asks for, not what
 * something else is said to be ("the pay is a joke"), nor a verb ("do they joke with patients"), nor an aside ("no
 * joke", "jokes aside"). The word lists below are closed classes of English, not wordings people sent.
 */

/** Where a message's sentences end: a joke asked in one, a laugh wished in the next ("got one? need a laugh"). */
const SENTENCE_END = /[.!?;\n]+/;

/** Be-verbs as typed: a joke after one is what something is said to be ("the pay *is* a joke"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'isnt', 'arent', 'wasnt', 'seems', 'sounds']);
/** Before a be-verb, the words that make it ask for one all the same: "*what* is your best joke". */
const ASKS_FOR_ONE = new Set(['what', 'which']);
/** After a be-verb, the word that makes it ask whether one exists: "is *there* a joke about nurses". */
const THERE = 'there';
/** Subjects before a one-word thing of humour make it a verb: "do *they* joke with patients", "can *you* riddle". */
const SUBJECTS = new Set(['i', 'you', 'u', 'we', 'they', 'he', 'she', 'to']);
/**
 * A plural noun, as typed, is a subject before a verb ("case managers *joke* around"), never a modifier of a noun ("a
 * case management joke", "a nurse joke"): a word ending in a single "s" that is no grammar word ("us", "this").
 */
const plural = (word: string, lexicon: Lexicon) => /[^su]s$/.test(word) && !lexicon.stopwords.has(word);
/** Words that set a joke aside rather than ask for it: "*no* joke", "*not* a joke", "jokes *aside*". */
const NEGATING = new Set(['no', 'not']);
const ASIDE = new Set(['aside', 'apart']);
/** Articles a negation may stand before: "not *a* joke". */
const ARTICLES = new Set(['a', 'an']);

/** The length of the thing of humour at `start` (0 if none): the longest `joke` small-talk phrase. */
function jokeAt(words: readonly string[], start: number, lexicon: Lexicon): number {
  for (let length = Math.min(lexicon.maxSmalltalkWords, words.length - start); length > 0; length--) {
    if (lexicon.smalltalk.get(words.slice(start, start + length).join(' ')) === 'joke') return length;
  }
  return 0;
}

/** Whether the thing of humour at `start` (`length` words) is asked for, not said of something or set aside. */
function askedAt(raw: readonly string[], start: number, length: number, lexicon: Lexicon): boolean {
  const before = raw[start - 1] ?? '';
  const negated = NEGATING.has(before) || (ARTICLES.has(before) && NEGATING.has(raw[start - 2] ?? ''));
  if (negated || ASIDE.has(raw[start + length] ?? '')) return false;
  // A phrase ("make me laugh", "something funny") is asked as it stands; one word may be a verb, after its subject.
  if (length === 1 && (SUBJECTS.has(before) || YES_NO_OPENERS.has(before) || plural(before, lexicon))) return false;
  return !raw
    .slice(0, start)
    .some((word, k) => BE.has(word) && !ASKS_FOR_ONE.has(raw[k - 1] ?? '') && raw[k + 1] !== THERE);
}

/** Whether a sentence's words (as typed, short forms expanded) ask for a joke. */
function asksInSentence(raw: readonly string[], lexicon: Lexicon): boolean {
  const words = raw.map(stem);
  return words.some((_, start) => {
    const length = jokeAt(words, start, lexicon);
    return length > 0 && askedAt(raw, start, length, lexicon);
  });
}

/**
 * Whether a message asks for a joke: one of its sentences does, and the others ask nothing the matcher would answer
 * read alone (`declines`: "need a laugh after this shift" beside "got a CM joke?"; "hey!" before it).
 */
export function asksForJoke(
  text: string,
  words: readonly string[],
  lexicon: Lexicon,
  declines: (text: string) => boolean,
): boolean {
  // Most messages name no thing of humour (`words`: the whole message's, stemmed): they are not read again.
  if (!words.some((_, start) => jokeAt(words, start, lexicon) > 0)) return false;
  const sentences = text
    .split(SENTENCE_END)
    .map((sentence) => expandedWords(sentence, lexicon))
    .filter((raw) => raw.length > 0);
  const asking = sentences.map((raw) => asksInSentence(raw, lexicon));
  return asking.some(Boolean) && sentences.every((raw, i) => asking[i] || declines(raw.join(' ')));
}

/** The words that ask for more of what was just said: "another one", "one more", "again". */
const MORE = new Set(['another', 'more', 'again']);

/**
 * Whether a message only asks for more ("lol another one", "one more pls") with no thread to go on (`declines`, read in
 * the thread): the bot said no answer, so what it said was small talk, and of small talk a joke is what one asks more
 * of. In a thread, "one more" goes on with it.
 */
export function asksForAnother(
  raw: readonly string[],
  words: readonly string[],
  lexicon: Lexicon,
  declines: (text: string) => boolean,
): boolean {
  const only = words.every(
    (word, i) =>
      MORE.has(raw[i]!) || lexicon.stopwords.has(raw[i]!) || lexicon.fillers.has(word) || lexicon.smalltalk.has(word),
  );
  return only && raw.some((word) => MORE.has(word)) && declines(raw.join(' '));
}
