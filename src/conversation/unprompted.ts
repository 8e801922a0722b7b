/**
 * Whether a message nobody addressed to the bot (a channel that opted in with ANSWER_CHANNELS) gets an answer.
 * Pure: the Slack listener calls it, and test/conversation/unprompted.test.ts measures it on the labelled dev sets
 * and on ordinary channel chatter. An unasked answer that is wrong costs more than a missed one (the channel reads
 * it, nobody wanted it), so every rule errs towards silence.
 */
import type { KnowledgeBase, RoleId } from '../knowledge/schema.ts';
import { analyze } from '../search/analyze.ts';
import type { Answer, Answerer } from '../search/answer.ts';
import { buildLexicon, compares } from '../search/lexicon.ts';
import { createSpeller } from '../search/spelling.ts';

/**
 * Confidence an unasked answer needs; a mention is answered from the matcher's own floor, far lower. Higher answers
 * fewer questions unasked (lower recall); lower lets channel chatter that names a role ("who's the case manager on
 * call?") read as a question about the role.
 */
const UNPROMPTED_MIN_CONFIDENCE = 0.65;

/**
 * The largest share of the answered topic's score a runner-up may have (a mention offers "did you mean" only from
 * the matcher's CLOSE_SHARE up): a question whose second topic comes this near asks two things or one of two, and its
 * answers are right well under the share asked of unasked ones. Lower answers fewer questions unasked (lower
 * recall); higher answers more of those two readings split.
 */
const UNPROMPTED_RUNNER_UP_SHARE = 0.4;

/** Why a message got no unasked answer, for the debug log and the measure. */
export type UnpromptedSkip =
  | 'addressed'
  | 'not-a-question'
  | 'not-an-answer'
  | 'not-confident'
  | 'ambiguous'
  | 'not-covered'
  | 'roles-not-named'
  | 'roles-apart'
  | 'needs-context';

export type UnpromptedVerdict = { answer: Answer; skip: null } | { answer: Answer | null; skip: UnpromptedSkip };

/** A Slack mention of a person (`<@U…>`): the message is for them (and a mention of the bot is answered as one). */
const ADDRESSED = /<@[UW][A-Z0-9]+(\|[^>]*)?>/;
/** How a question opens when it has no question mark: "does anyone know…", "what certs…", "can a care manager…". */
const ASKING_START =
  /^\W*(what|whats|how|hows|does|do|did|is|are|was|were|can|could|should|would|will|who|whos|where|which|why|when|anyone|anybody|has|have|am|tell|explain)\b/i;

const readsAsQuestion = (text: string): boolean =>
  text.includes('?') || ASKING_START.test(text.replace(/[\u2019']/g, ''));

type Read = { named: Set<RoleId>; needsContext: boolean; compares: boolean };
type Reader = (text: string) => Read;

// The roles a message names by their own names, and whether it points at something said before ("that", "the other
// one", "same for"): read with the matcher's own lexicon, built once per knowledge base.
const readers = new WeakMap<KnowledgeBase, Reader>();

function readerFor(kb: KnowledgeBase): Reader {
  let reader = readers.get(kb);
  if (reader) return reader;
  const lexicon = buildLexicon(kb);
  const correct = createSpeller(lexicon.words);
  const pointsBack = new Set(['reference', 'other-role', 'contrast', 'same-topic']);
  reader = (text) => {
    const { concepts } = analyze(text, lexicon, correct);
    return {
      named: new Set(concepts.flatMap((c) => (c.kind === 'role' ? [c.role] : []))),
      needsContext: concepts.some((c) => pointsBack.has(c.kind)),
      compares: concepts.some((c) => compares(lexicon, c)),
    };
  };
  readers.set(kb, reader);
  return reader;
}

/** Words that join two nouns as equals ("case *or* care managers", "care managers *and* social workers"). */
const JOINER = /\s(?:and|or|nor|&)\s|\//gi;

/**
 * Whether a question sets the roles it names side by side: compares them ("difference", "more", "the same"), or
 * joins two of them ("case or care managers", "do care managers and social workers ..."), one named before the joiner
 * and another after it. Otherwise the second role is what the first is likened to ("is a care manager basically just
 * a case manager who ..."), the asker's own ("... as a care manager") or part of a thing's name ("the case mgmt
 * cert"): which role is asked about is a guess.
 */
function setSideBySide(read: Reader, text: string, whole: Read): boolean {
  if (whole.compares) return true;
  for (const joiner of text.matchAll(JOINER)) {
    const before = read(text.slice(0, joiner.index)).named;
    const after = read(text.slice(joiner.index + joiner[0].length)).named;
    if ([...before].some((role) => [...after].some((other) => other !== role))) return true;
  }
  return false;
}

/** The rules about the answer itself: a confident answer on one reading, covered or saying what is not. */
function answerSkip(answer: Answer): UnpromptedSkip | null {
  if (answer.kind !== 'answer' || answer.topic === null) return 'not-an-answer';
  if (answer.confidence < UNPROMPTED_MIN_CONFIDENCE) return 'not-confident';
  // A runner-up close enough to offer as "did you mean", or near it, is a guess nobody asked us to make.
  if (answer.alternatives.length > 0 || answer.runnerUp > UNPROMPTED_RUNNER_UP_SHARE) return 'ambiguous';
  // An answer that falls short must say what the sources do not cover; otherwise it would read as a full answer.
  if (!answer.covered && answer.gap === null) return 'not-covered';
  return null;
}

/**
 * The verdict on a channel message: the answer to post, or why not. The answer is computed once, here; the listener
 * posts (and records) this very record. `text` is the message as typed (Slack's markup left in).
 */
export function unpromptedReply(answerer: Answerer, text: string): UnpromptedVerdict {
  if (ADDRESSED.test(text)) return { answer: null, skip: 'addressed' };
  if (!readsAsQuestion(text)) return { answer: null, skip: 'not-a-question' };
  const answer = answerer.ask(text);
  const skip = answerSkip(answer);
  if (skip) return { answer, skip };
  const reader = readerFor(answerer.kb);
  const read = reader(answer.question);
  // A top-level message has nothing before it: "is that the same for care managers?" cannot be read here.
  if (read.needsContext) return { answer, skip: 'needs-context' };
  // Named by name, each role the answer is about: a question that names none is answered for the main pair by
  // default, a guess a channel did not ask for; "the care managers' office" names one, which the other rules weigh.
  if (answer.roles.some((role) => !read.named.has(role))) return { answer, skip: 'roles-not-named' };
  // An answer for several roles is asked for only by a question that sets them side by side.
  if (answer.roles.length > 1 && !setSideBySide(reader, answer.question, read)) return { answer, skip: 'roles-apart' };
  return { answer, skip: null };
}
