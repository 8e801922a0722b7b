import type { Aspect, TopicId } from '../knowledge/schema.ts';
import type { Span } from './background.ts';
import type { Lexicon } from './lexicon.ts';
import { stem } from './normalize.ts';
import { cosine, shippedWordVectors } from './word-vectors.ts';
import { placeTopics } from './work-quality.ts';

/**
 * What a role is given with the job ("do care managers get *dental*", "do case managers get *OT*", "do they get *a
 * company car or gas card*"): a thing a role asked about receives is part of what the job pays, whatever the thing is
 * (LABELLING.md convention 3). The lists know the thing by another sense ("OT" is the hours, "mileage" the travel,
 * "insurance" a place they work) or not at all; the verb of receiving says it is the pay's. analyze.ts finds the
 * object; this says whether it is a perk and which aspect of the knowledge asks it.
 */

/** Verbs of receiving, stemmed: "do case managers *get* OT", "do they *receive* a pension". */
export const RECEIVING = new Set(['get', 'receive']);
/** Words that open the thing received without being it: "get *a* company car", "*any* PTO", "*free* parking". */
const OBJECT_OPENS = new Set(['a', 'an', 'any', 'some', 'extra', 'free', 'good', 'decent']);
/**
 * Words after the verb that make it another verb than receiving ("get *to* work from home", "get *into* case
 * management", "get *better* at it"), or the thing the role's own ("get *their own* office": a place to work from, not
 * pay).
 */
const NOT_RECEIVED = new Set([
  'to',
  'into',
  'in',
  'out',
  'off',
  'up',
  'back',
  'by',
  'there',
  'better',
  'along',
  'ahead',
  'on',
  'over',
  'around',
  'away',
  'with',
  'their',
  'his',
  'her',
  'my',
  'your',
  'our',
  'own',
  'it',
  'them',
  'that',
  'this',
  'more',
  'less',
  'enough',
  'the',
]);
/** Where the thing received ends: a preposition, a conjunction, a clause of time, cause or condition. */
const RECEIVED_ENDS = new Set([
  'for',
  'of',
  'to',
  'in',
  'at',
  'from',
  'with',
  'w',
  'through',
  'thru',
  'and',
  'or',
  'if',
  'when',
  'since',
  'because',
  'after',
  'while',
  'so',
  'but',
  'like',
  'as',
  'than',
  'every',
  'each',
  'per',
]);
/**
 * English's adjective endings ("lonely", "stressful", "nervous", "hectic"): a lone word with one and no determiner
 * before it is a quality. More endings ("-al") would take nouns too ("dental", "rental").
 */
const ADJECTIVE_ENDINGS = /(ly|ful|ous|less|ish|ive|ic)$/;
/** How many words one thing received may have ("a company car"). Higher reads on into what follows the thing. */
const RECEIVED_WORDS = 3;
/** Words that join things received: "get a company car *or* gas card", "dental *and* vision". */
const JOINING = new Set(['or', 'and']);

/** One thing received from `from`, past the words that open it, or null where none is. */
function thingAt(tokens: readonly string[], from: number): Span | null {
  let start = from;
  while (OBJECT_OPENS.has(tokens[start] ?? '')) start += 1;
  let end = start;
  while (end < tokens.length && end - start < RECEIVED_WORDS && !RECEIVED_ENDS.has(tokens[end]!)) end += 1;
  if (end === start || tokens.slice(from, end).some((token) => NOT_RECEIVED.has(token))) return null;
  // A participle is a passive ("get paid", "get certified", "get called in"), not a thing; "off" after the thing makes
  // it time away ("get summers off"), which the hours answer.
  if (/(ed|en)$/.test(tokens[start]!) || tokens[end] === 'off') return null;
  // An adjective is what the role comes to be ("get *lonely*", "get *stressful*"), even one a list reads as an aspect.
  if (end - start === 1 && start === from && ADJECTIVE_ENDINGS.test(tokens[start]!)) return null;
  return { start, end };
}

/**
 * The things received after a verb of receiving at `verb` ("get *a company car* or *gas card*"), each as [start, end);
 * empty where what follows the verb is no thing.
 */
export function receivedSpans(tokens: readonly string[], verb: number): Span[] {
  if (!RECEIVING.has(tokens[verb] ?? '')) return [];
  const spans: Span[] = [];
  for (let span = thingAt(tokens, verb + 1); span; ) {
    spans.push(span);
    span = JOINING.has(tokens[span.end] ?? '') ? thingAt(tokens, span.end + 1) : null;
  }
  return spans;
}

/** The word the knowledge's aspects use for what comes with a job besides its pay. */
const PERKS = 'benefits';

/** The aspects of what comes with the job: those the knowledge reads "benefits" as that hold on any topic. */
export const perkAspects = (lexicon: Lexicon): Aspect[] => [
  ...new Set((lexicon.aspects.get(stem(PERKS)) ?? []).filter((aspect) => !aspect.onlyWith)),
];

type Anchor = { unit: Float32Array; perk: boolean };
const anchorsByLexicon = new WeakMap<Lexicon, readonly Anchor[]>();

/** The one-word ways of the perks and of the aspects of the work (work-quality.ts's), with their vectors, once. */
function anchorsOf(lexicon: Lexicon, perks: readonly Aspect[]): readonly Anchor[] {
  const known = anchorsByLexicon.get(lexicon);
  if (known) return known;
  const vectors = shippedWordVectors();
  const places = placeTopics(lexicon);
  const anchors: Anchor[] = [];
  for (const [phrase, aspects] of lexicon.aspects) {
    const unit = phrase.includes(' ') ? null : vectors.readUnit(phrase);
    if (!unit) continue;
    if (aspects.some((a) => perks.includes(a))) anchors.push({ unit, perk: true });
    else if (aspects.some((a) => !a.onlyWith && places.has(a.nearest))) anchors.push({ unit, perk: false });
  }
  anchorsByLexicon.set(lexicon, anchors);
  return anchors;
}

/**
 * Whether a word no list reads is nearer in meaning to what comes with the job than to any aspect of the work
 * ("dental" is, "lonely" and "bored" are not): the verb "get" takes both a thing and a quality ("do they get bored").
 */
export function nearerPerk(lexicon: Lexicon, word: string, perks: readonly Aspect[]): boolean {
  const unit = shippedWordVectors().unit(word);
  if (!unit || perks.length === 0) return false;
  let perk = -1;
  let work = -1;
  for (const anchor of anchorsOf(lexicon, perks)) {
    const similarity = cosine(unit, anchor.unit);
    if (anchor.perk) perk = Math.max(perk, similarity);
    else work = Math.max(work, similarity);
  }
  return perk > work;
}

/** The topics the knowledge's perks point at (the pay): a term of theirs in the thing received stays asked. */
export const perkTopics = (perks: readonly Aspect[]): Set<TopicId> => new Set(perks.map((a) => a.nearest));
