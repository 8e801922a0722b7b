import { shippedWordVectors } from './word-vectors.ts';

/**
 * The predicate of a yes-or-no question asked of a role: its main verb and the words that verb takes ("do case managers
 * *bill insurance*", "can one care manager *work with several families*"). unsaid.ts reads it as one relation, which
 * one fact must state: the verb and what it takes, together.
 */
export type Word = { stem: string; word: string };
export type Predicate = {
  verb: Word;
  /** The words after the verb, up to where what is asked ends (stemmed and as typed; grammar words too). */
  object: Word[];
  /** The verb is only the question's grammar ("is the internship *paid*"): what it takes is quoted alone. */
  only?: boolean;
};

/** Words between the subject and its verb that hedge, stress or negate it ("do they *ever really* bill", "not"). */
const BEFORE_VERB = new Set(['ever', 'even', 'still', 'just', 'all', 'also', 'often', 'always', 'never', 'sometimes']);
const NEGATIONS = new Set(['not', 'nt']);
/**
 * English's verbs that carry the verb after them and ask nothing of their own: "do they *have to* bill", "can they *be
 * allowed to* prescribe". Stemmed as analyze.ts stems ("has" is "ha").
 */
const CARRIERS: readonly (readonly string[])[] = [
  ['have', 'to'],
  ['ha', 'to'],
  ['need', 'to'],
  ['got', 'to'],
  ['get', 'to'],
  ['ought', 'to'],
  ['be', 'able', 'to'],
  ['be', 'allowed', 'to'],
  ['be', 'expected', 'to'],
  ['be', 'required', 'to'],
];
/**
 * Where what is asked ends: another alternative ("... *or* is that a separate person"), or a clause that says when,
 * if or why the rest holds ("... *when* they're at the patient's home").
 */
const ENDS = new Set([
  'or',
  'when',
  'whenever',
  'while',
  'if',
  'because',
  'since',
  'so',
  'but',
  'though',
  'although',
  'unless',
  'until',
]);

/** An adverb in "-ly" made of a word ("usually", "directly"); "family", "apply" and "daily" are none. */
export const isAdverb = (token: string) =>
  token.length > 4 && token.endsWith('ly') && shippedWordVectors().has(token.slice(0, -2).replace(/i$/, 'y'));
const hedges = (token: string) => BEFORE_VERB.has(token) || NEGATIONS.has(token) || isAdverb(token);

/** The length of the carrier at `at` ("have to"), or 0. */
function carrierAt(tokens: readonly string[], at: number): number {
  const carrier = CARRIERS.find((words) => words.every((word, k) => tokens[at + k] === word));
  return carrier?.length ?? 0;
}

/**
 * The predicate after a subject that ends before `from` (its verb past hedges and carriers), up to `until` (the asker's
 * own clause) or where what is asked ends; null when no word follows.
 */
export function predicateAt(
  tokens: readonly string[],
  words: readonly string[],
  from: number,
  until: number,
): Predicate | null {
  let j = from;
  for (let moved = true; moved; ) {
    moved = false;
    while (j < tokens.length && hedges(tokens[j]!)) j += 1;
    const carried = carrierAt(tokens, j);
    if (carried > 0) {
      j += carried;
      moved = true;
    }
  }
  if (j >= Math.min(tokens.length, until)) return null;
  const end = tokens.findIndex((token, k) => k > j && ENDS.has(token));
  const last = Math.min(end < 0 ? tokens.length : end, until);
  return {
    verb: { stem: tokens[j]!, word: words[j]! },
    object: Array.from({ length: last - j - 1 }, (_, k) => ({ stem: tokens[j + 1 + k]!, word: words[j + 1 + k]! })),
  };
}

/** The verbs of being that open "is X part of ...", stemmed as analyze.ts stems. */
const BEING = new Set(['is', 'are', 'wa', 'were']);
/**
 * How many words a thing asked to be part of the work may have ("utilization review", "spiritual care"). Higher reads
 * longer clauses as the thing; lower misses things of longer names.
 */
const PART_SUBJECT_WORDS = 4;
/** Words between the thing and "part of" that only say how much of it ("a *big* part", "a *real* part"). */
const PART_SIZE = new Set([
  'a',
  'an',
  'big',
  'real',
  'large',
  'huge',
  'major',
  'main',
  'core',
  'key',
  'usual',
  'normal',
]);

/**
 * "Is utilization review part of case management?", "is spiritual care ever part of what they do": the thing before
 * "part of" in a yes-or-no question opened by a verb of being is asked to be part of the work, as what a generic verb
 * takes is ("do they do utilization review"). Read as such a predicate (the verb "be"), up to `PART_SUBJECT_WORDS`
 * words; null when the question asks no such thing.
 */
export function partAsked(tokens: readonly string[]): Predicate | null {
  const part = tokens.findIndex((token, k) => token === 'part' && tokens[k + 1] === 'of');
  if (part < 2 || !BEING.has(tokens[0]!)) return null;
  let end = part;
  while (end > 1 && (PART_SIZE.has(tokens[end - 1]!) || hedges(tokens[end - 1]!))) end -= 1;
  if (end - 1 < 1 || end - 1 > PART_SUBJECT_WORDS) return null;
  const at = (k: number): Word => ({ stem: tokens[k]!, word: tokens[k]! });
  return { verb: { stem: 'be', word: tokens[0]! }, object: Array.from({ length: end - 1 }, (_, k) => at(1 + k)) };
}
