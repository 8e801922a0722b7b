/** Longest question the matcher reads; longer text is cut, and the answer says so. */
export const MAX_QUESTION_CHARS = 500;

/**
 * The most of a message any surface reads (a command's words, a question, a topic name): a request's cost must
 * not grow with its text, up to Slack's 40,000 characters or the 1 MB a body may carry. Longer than a question,
 * so a question that is cut still says it was.
 */
export const MAX_TEXT_CHARS = 4 * MAX_QUESTION_CHARS;

/**
 * A string of its own with the same characters. V8 makes a slice of a long string (a word split from a message)
 * point into the whole string, which then stays alive as long as the slice is kept (a cache key, a log record).
 */
export const ownCopy = (text: string): string => Buffer.from(text, 'utf16le').toString('utf16le');

/** The start of `text`, at most `max` characters, as a string of its own. */
export function cutText(text: string, max = MAX_TEXT_CHARS): string {
  return text.length <= max ? text : ownCopy(text.slice(0, max));
}

// Slack wraps mentions, channels and links in <...>: for matching they are noise, the label of a link aside.
// No part may run past a `<`, so an unclosed `<@<@<@...` is read once, not once from every `<` (quadratic).
const SLACK_MARKUP = /<([@#!][^<>|]*)(?:\|[^<>]*)?>|<(?:https?|mailto):[^<>|]*(?:\|([^<>]*))?>/g;

// Emoji codes (":hospital:", ":+1:") are pictures, not words: ":hospital: vs :house:" does not ask about hospitals.
const EMOJI_CODE = /:[a-z0-9_+-]+:/gi;

export function stripSlackMarkup(text: string): string {
  return text
    .replace(SLACK_MARKUP, (_match, _id, label: string | undefined) => ` ${label ?? ''} `)
    .replace(EMOJI_CODE, ' ');
}

/**
 * Marks said aloud to a phone's dictation and typed out as words ("how many years do they need question mark"):
 * English's names of the marks that only name a mark. "period" is left out, since it is also a span of time ("pay
 * period").
 */
const SPOKEN_MARKS: ReadonlyArray<[RegExp, string]> = [
  [/\s+question mark\b/gi, '?'],
  [/\s+exclamation (?:mark|point)\b/gi, '!'],
  [/\s+full stop\b/gi, '.'],
  [/\s+comma\b/gi, ','],
];

/** The message with its dictated marks written as marks, so its sentences and questions read as typed ones do. */
export const writeSpokenMarks = (text: string): string =>
  SPOKEN_MARKS.reduce((written, [spoken, mark]) => written.replace(spoken, mark), text);

/**
 * Folds what people type into comparable words: case, accents, typographic quotes, punctuation and spacing.
 * Apostrophes are dropped so "manager's" and "managers" read alike.
 */
export function normalize(text: string): string {
  return normalizeCased(text).toLowerCase();
}

/** As normalize(), with the letters' case kept: "UR" typed in capitals is an initialism, "ur" is "your". */
export function normalizeCased(text: string): string {
  return stripSlackMarkup(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/[^\p{L}\p{N}$]+/gu, ' ')
    .trim();
}

/**
 * Letters or digits joined by punctuation inside one word: "ONN-CG", "RN-BC", "A.C.M.", "onc/nav". Read as one word
 * only where the knowledge writes it so (joinCompounds); elsewhere punctuation is a space ("on-call", "case/care").
 */
const COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011+/.&][\p{L}\p{N}]+)+/gu;

/**
 * A name the facts write in capitals with a hyphen inside ("ONN-CG", "SANE-A", "CCM-R"): a credential or a code,
 * one word however it is typed.
 */
const CAPITAL_COMPOUND = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?:[-\u2010\u2011][\p{Lu}\p{N}]+)+(?![\p{L}\p{N}])/gu;

/** A written compound as one word: "ONN-CG" → "onncg", "A.C.M." → "acm". */
export const compoundKey = (written: string): string => normalize(written).replaceAll(' ', '');

/** The compounds written in a text (COMPOUND), as one word each. */
export const compoundsIn = (text: string): string[] =>
  [...text.matchAll(COMPOUND)].map((m) => compoundKey(m[0])).filter((key) => key !== '');

/** The capitalised hyphenated names of a text (CAPITAL_COMPOUND), as one word each. */
export const capitalCompoundsIn = (text: string): string[] =>
  [...text.matchAll(CAPITAL_COMPOUND)].map((m) => compoundKey(m[0]));

/**
 * The text with each compound the knowledge writes as one word (`known`, keyed by compoundKey) replaced by that word:
 * "when do I need the ONN-CG" → "when do I need the onncg", so the credential is one word, not "onn" and "cg".
 */
export function joinCompounds(text: string, known: ReadonlySet<string>): string {
  if (known.size === 0) return text;
  return text.replace(COMPOUND, (written) => {
    const key = compoundKey(written);
    return known.has(key) ? key : written;
  });
}

export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** A light plural stemmer: enough to make "duties"/"duty" and "managers"/"manager" meet, applied alike to data. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function stemPhrase(phrase: string): string {
  return tokenize(phrase).map(stem).join(' ');
}
