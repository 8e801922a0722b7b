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
  const at = (k: number): Word => ({ stem: tokens[k]!, word: words[k]! });
  return { verb: at(j), object: Array.from({ length: last - j - 1 }, (_, k) => at(j + 1 + k)) };
}
