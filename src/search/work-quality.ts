import type { Aspect, TopicId } from '../knowledge/schema.ts';
import type { Lexicon } from './lexicon.ts';
import { cosine, shippedWordVectors } from './word-vectors.ts';

/**
 * A quality of the work that no list names ("is care management *hectic*", "how *exhausting* is case management", "do
 * case managers end up *exhausted*"): analyze.ts finds the slot, where what is said of the role is what the work is
 * like; this says which of the knowledge's aspects of the work it is nearest in meaning, so the question is answered on
 * that aspect's topic and flagged as the aspect's gap. Word vectors alone relate words too loosely to pick an aspect
 * from any word of a message ("better" is close to "easy", "week" to "weekend"); inside the slot they only choose
 * among the aspects of the work.
 */

/** The term whose topics say where the roles work: the aspects nearest them are the aspects of the work. */
const SETTING = 'setting';
/**
 * A quality this close (cosine) to one of an aspect's one-word ways is that aspect. Low, because the slot has already
 * said the word is a quality of the work and only the choice among its aspects is left: higher leaves rarer words
 * ("nerve-wracking") unread; lower lets words near nothing of the work in ("raining").
 */
const MIN_QUALITY_SIMILARITY = 0.35;

type Anchor = { aspect: Aspect; unit: Float32Array };

const anchorsByLexicon = new WeakMap<Lexicon, readonly Anchor[]>();

/**
 * The aspects of the work, each with the vectors of its one-word ways: aspects that are a gap on any topic (no
 * `onlyWith`) and point at a topic of the term "setting". Built once per lexicon.
 */
function anchorsOf(lexicon: Lexicon): readonly Anchor[] {
  const known = anchorsByLexicon.get(lexicon);
  if (known) return known;
  const vectors = shippedWordVectors();
  const ofWork = placeTopics(lexicon);
  const anchors: Anchor[] = [];
  for (const [phrase, aspects] of lexicon.aspects) {
    const unit = phrase.includes(' ') ? null : vectors.readUnit(phrase);
    if (!unit) continue;
    for (const aspect of aspects) if (!aspect.onlyWith && ofWork.has(aspect.nearest)) anchors.push({ aspect, unit });
  }
  anchorsByLexicon.set(lexicon, anchors);
  return anchors;
}

const placesByLexicon = new WeakMap<Lexicon, ReadonlySet<TopicId>>();
/** The topics of the term "setting": where the roles work. Built once per lexicon. */
export function placeTopics(lexicon: Lexicon): ReadonlySet<TopicId> {
  const known = placesByLexicon.get(lexicon);
  if (known) return known;
  const places = new Set((lexicon.termTopics.get(SETTING) ?? []).map(({ topic }) => topic));
  placesByLexicon.set(lexicon, places);
  return places;
}

/** The aspect of the work the words of a quality are nearest in meaning, if any is close enough. */
export function aspectOfWork(lexicon: Lexicon, words: readonly string[]): Aspect | undefined {
  const vectors = shippedWordVectors();
  let best: { aspect: Aspect; similarity: number } | undefined;
  for (const word of words) {
    const unit = vectors.unit(word);
    if (!unit) continue;
    for (const { aspect, unit: anchor } of anchorsOf(lexicon)) {
      const similarity = cosine(unit, anchor);
      if (similarity >= MIN_QUALITY_SIMILARITY && similarity > (best?.similarity ?? -1)) best = { aspect, similarity };
    }
  }
  return best?.aspect;
}
