import type { RoleId, TopicId } from '../knowledge/schema.ts';
import type { Match, Reading } from './reading.ts';
import { withoutSetAside, type RoleSpace } from './roles.ts';
import type { Turn } from './turn.ts';

/**
 * A follow-up that names no role stays on the conversation's topic when that topic scores at least this share of
 * its best one: "what are the requirements?" after a certification answer stays on certification, though education
 * scores a bit higher. Higher keeps fewer threads; lower lets a clear change of topic be missed.
 */
const STAY_ON_TOPIC_SHARE = 0.6;
/**
 * Evidence a follow-up that names no role needs to change the topic: "how much do they make?" and "do they need CPR?"
 * (an aspect of certification) do, "how much of it must be direct patient care?" and "and for the RN version?" do
 * not. Higher keeps threads longer; lower lets one vague word pull a follow-up away.
 */
const MIN_SCORE_TO_SWITCH = 0.7;
/**
 * A message with neither a topic nor a role of its own continues the thread only when we know this share of its
 * words: "tell me more" does, "is it raining" does not.
 */
const MIN_COVERAGE_TO_CONTINUE = 0.5;
/**
 * Scores are sums of shares of weights ("need to know" is the skill term's weight shared among its topics), so one
 * that adds up to a threshold may land a hair below it: compared with this much slack, it counts as reaching it.
 */
const ROUNDING = 1e-9;
/**
 * Confidence of an answer whose topic came from the previous question: it was a guess, and the card says so. Kept
 * below what an unprompted reply needs (unprompted.ts): higher would let a guessed topic be volunteered.
 */
const FOLLOW_UP_CONFIDENCE = 0.6;

const sameRoles = (a: readonly RoleId[], b: readonly RoleId[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

function best(scores: Map<TopicId, number>): [TopicId, number] | null {
  let top: [TopicId, number] | null = null;
  for (const entry of scores) if (entry[1] > 0 && (!top || entry[1] > top[1])) top = entry;
  return top;
}

/**
 * The pair a conversation is about: the roles it last answered for, when more than one; or its one role with the other role it
 * discussed last; or, with none, the pair that role is discussed in (the main pair).
 */
function pairOf(turn: Turn, space: RoleSpace): RoleId[] {
  if (turn.roles.length >= 2) return [...turn.roles];
  const role = turn.roles[0]!;
  const other = turn.recent?.find((r) => r !== role);
  return other ? space.ordered([role, other]) : space.pairOf(role);
}

/** The roles a follow-up is about, less those it sets aside ("no, case not care"). */
function rolesFor(reading: Reading, turn: Turn, space: RoleSpace): RoleId[] {
  return withoutSetAside(rolesAsked(reading, turn, space), reading.setAside, pairOf(turn, space));
}

/** The roles a follow-up asks about: those it names, the pair when it compares, the other one, or the thread's. */
function rolesAsked(reading: Reading, turn: Turn, space: RoleSpace): RoleId[] {
  // "both", "compare them": the two roles this conversation is about, not always the main pair.
  if (reading.both && reading.byName.size === 0) return pairOf(turn, space);
  // "the second one", "the home visit ones": one of the pair the thread is about.
  const picked = reading.named.size === 0 ? pickedOf(reading, turn) : undefined;
  if (picked) return [picked];
  if (organisationsOfThing(reading, turn)) return [...turn.roles];
  if (reading.named.size > 1) return space.ordered(reading.named);
  // "is that more than care managers?" sets the role named against the thread's: both; so does a comparison that
  // points at the thread's role beside the one named ("which one pays better, them or case managers?").
  if (reading.named.size === 1) {
    // A role named before the comparing word is the subject compared ("what about case managers, is their pay
    // higher or lower?", "a nurse case manager, is that the same as a case manager?"): asked about on its own.
    const against = !reading.subjectNamed && (reading.contrast || (reading.comparison && reading.rolePointer));
    if (!against || sameRoles(turn.roles, [...reading.named])) return [...reading.named];
    return turn.roles.length === 1
      ? space.ordered([...turn.roles, ...reading.named])
      : space.pairOf([...reading.named][0]!);
  }
  // "which pays more", "which 1 is more people-y": a choice between the roles is between the pair, as comparing them is.
  if (reading.comparison || reading.choosesRole) return pairOf(turn, space);
  if (reading.otherRole && turn.roles.length === 1) return pairOf(turn, space).filter((role) => role !== turn.roles[0]);
  return [...turn.roles];
}

/** The one of the pair a message picks by place or description ("the second one", "the office one"), if any. */
const pickedOf = (reading: Reading, turn: Turn) => reading.picked(turn.roles) ?? pickedBefore(reading, turn);

/**
 * "back to the first one", "wait no, the office one" in a thread now about one role, after another: the roles it
 * discussed, in the order it discussed them (the least recent first), are what a place counts in; a description
 * picks between the last two, by whose facts state it (pickedRole).
 */
function pickedBefore(reading: Reading, turn: Turn): RoleId | undefined {
  if (turn.roles.length !== 1 || (turn.recent?.length ?? 0) < 2) return undefined;
  return reading.pickedInOrder([...turn.recent!].reverse()) ?? reading.picked(turn.recent!.slice(0, 2));
}

/**
 * Organisations (no role named by name) beside a pointer at the thread's thing are asked about that thing ("does the
 * CCMC do that one too", "is it NACCM or CCMC?" after the care managers' certification): they name no role of their own.
 */
const organisationsOfThing = (reading: Reading, turn: Turn) =>
  reading.named.size > 0 && reading.byName.size === 0 && !reading.both && reading.pointsAtThing(turn.topic);

/**
 * A short form several roles share ("CM"), in a thread about one of them: that one, or the other when the message
 * turns away from it ("what about for CM?", "and CMs?", "is CM pay higher?"). In a thread about both, or neither, it names them all.
 */
export function shortFormOnThread(reading: Reading, turn: Turn): Reading {
  const candidates = reading.shortForm;
  // In a thread about the pair where the short form was set apart from one of them, it goes on standing for the other.
  const singled = turn.roles.length > 1 && turn.chosen !== undefined && candidates.includes(turn.chosen);
  const current = singled ? [turn.chosen!] : turn.roles.filter((role) => candidates.includes(role));
  if (current.length !== 1) return reading;
  // Naming the thread's own role again with nothing else ("and CMs?") would say nothing: it turns away too.
  const turnsAway =
    !singled &&
    (reading.rolePointer || reading.sameTopic || reading.otherRole || reading.contrast || reading.ranked.length === 0);
  const meant = turnsAway ? candidates.filter((role) => role !== current[0]) : current;
  return {
    ...reading,
    named: narrowedTo(reading.named, candidates, meant),
    byName: narrowedTo(reading.byName, candidates, meant),
  };
}

/** The roles without the short form's candidates, and the ones it is taken to mean. */
const narrowedTo = (roles: Set<RoleId>, candidates: readonly RoleId[], meant: readonly RoleId[]) =>
  new Set([...[...roles].filter((role) => !candidates.includes(role)), ...meant]);

/**
 * Reads a message as part of a conversation: what it leaves open (the topic, the roles) it takes from the last
 * answered question. Returns null when the message stands on its own (a complete question, or nothing to go on),
 * so it is read alone and inherits nothing.
 */
export function followUp(reading: Reading, turn: Turn, space: RoleSpace): Match | null {
  const asked = reading.asked(turn.topic, turn.roles);
  const own = best(asked);
  // "and the home visit one?": a message that only picks one of the roles discussed asks the thread's question of it.
  const onlyPicks = reading.empty && reading.named.size === 0 && pickedOf(reading, turn) !== undefined;
  if (notOfThread(reading, turn, own) && !onlyPicks) return null;
  const topicOpen = leavesTopicOpen(reading, turn, asked, own);
  const roleOpen = leavesRoleOpen(reading, turn);
  // A complete question stands alone; but in a conversation, "does the case manager do the same stuff?" compares
  // with what was just said, so its own topic decides rather than the comparison's pull to the definitions.
  if (!topicOpen && !roleOpen) {
    if (!reading.comparison && !reading.contrast) return null;
    const roles = rolesFor(reading, turn, space);
    return answered(own![0], roles, reading.named.size === 1 && roles.length > 1);
  }
  // Naming both roles with no topic and nothing pointing back ("what's the difference between a case manager and a
  // care manager?") is a complete question: the comparison of the roles, whatever the thread was about.
  if (own === null && reading.byName.size > 1 && !reading.reference && !reading.sameTopic) return null;
  if (own === null && reading.named.size === 0 && !continuesThread(reading)) return null;

  const roles = rolesFor(reading, turn, space);
  const topic = !topicOpen ? own![0] : likensRole(reading, turn, own, space) ? space.overview : turn.topic;
  return answered(topic, roles, topicOpen || !space.isMainPair(roles));
}

/**
 * A yes-or-no question likening the thread's role, pointed at as "that" or "they" after its overview or what it does,
 * to a role the message names by name, asking nothing else (or only what the overview is asked with: "a different
 * *job*"): "is that the same as a care manager?", "is that the nurse case manager thing or something different".
 * Whether the two are one job is what each role is: the overview. "how does that compare to care managers?" (a
 * question word) and "compare them" (no role named) ask the thread's topic of both. So does another job likened to the
 * thread's role by a pointer, whatever the thread was on ("so is she basically a home health aide?", identity.ts).
 */
const likensRole = (reading: Reading, turn: Turn, own: [TopicId, number] | null, space: RoleSpace) =>
  (reading.identity && reading.byName.size === 0) ||
  ((own === null || own[0] === space.overview) &&
    reading.byName.size > 0 &&
    !reading.sameTopic &&
    !reading.asksFor &&
    reading.contrast &&
    reading.pointsAtRoleItself(turn.topic));

/**
 * A message that is another matter: nothing to go on, a lookup, another job of its own, or a word off our topics
 * ("vacation") with no pointer at the thread's roles ("do they get vacation?") and not asking the thread's own topic
 * of it ("do i need to be good with computers" after the skills).
 */
function notOfThread(reading: Reading, turn: Turn, own: [TopicId, number] | null): boolean {
  const offThread = reading.offTopic && !reading.reference && !(own !== null && own[0] === turn.topic);
  const otherJob =
    Boolean(reading.otherJob) &&
    !reading.otherJobForThread &&
    reading.named.size === 0 &&
    !jobAsCandidate(reading, turn);
  return reading.empty || offThread || reading.lookup || otherJob;
}

/**
 * Another job beside a pointer at the thread's thing ("what about LPNs, can they do *it*?") or a choice between the
 * thread's roles ("which should a dietitian go for") is who would take that role up, not a role asked about: the
 * thread's question is asked for it. A job alone ("what about physical therapists") still asks about that job.
 */
const jobAsCandidate = (reading: Reading, turn: Turn) => reading.pointsAtThing(turn.topic) || reading.comparison;

/**
 * Whether a follow-up leaves its topic to the thread. A question that names a role and a topic of its own changes the
 * topic ("does the NACCM have its own degree requirement?" after education); one that names no role keeps it unless
 * it clearly asks for another.
 */
function leavesTopicOpen(
  reading: Reading,
  turn: Turn,
  asked: Map<TopicId, number>,
  own: [TopicId, number] | null,
): boolean {
  const onThread = asked.get(turn.topic) ?? 0;
  // A question word asking of "they" with one topic's words only, none the thread's ("what do they make" after the
  // skills), asks that topic however weak its word: there is nothing else for it to ask.
  const soleTopic =
    reading.asksFor && reading.ofThread && onThread === 0 && [...asked.values()].filter((v) => v > 0).length === 1;
  const asksOwn =
    own !== null &&
    (soleTopic ||
      pastAskedToCount(reading, turn) ||
      (own[1] >= MIN_SCORE_TO_SWITCH - ROUNDING && onThread < own[1] * STAY_ON_TOPIC_SHARE));
  // "does the degree level change anything": what it names is a condition of the thread's answer, not a topic asked.
  const sticky = !namesNewRole(reading, turn) && (!asksOwn || reading.bearsOnThread(turn.topic));
  // The thread's topic may win only read against it ("does it have to be case mgmt": "it" is the thread's experience).
  const threadDecides = own !== null && own[0] === turn.topic && reading.ranked[0]?.[0] !== turn.topic;
  // "and for ..." asks the thread's question again, unless it goes on to ask one of its own ("and for both of them
  // what certification do they need").
  const again = reading.sameTopic && !(asksOwn && reading.asksFor);
  return own === null || again || (sticky && (own[0] !== turn.topic || threadDecides));
}

/**
 * The asker's own past asked whether it counts ("would my UM years count as case management experience", "does my
 * aide time count as the direct care part"), not toward the thread's thing ("count toward *that*"): the message's
 * own words say what it would count for, however weakly they score, whatever the thread was on.
 */
const pastAskedToCount = (reading: Reading, turn: Turn) =>
  reading.background &&
  reading.askedOf.toCount.some(({ needed }) => !needed) &&
  !reading.pointsAtThing(turn.topic) &&
  !reading.reference;

/** Whether a follow-up leaves its roles to the thread: it names none of its own, or points at the thread's pair. */
function leavesRoleOpen(reading: Reading, turn: Turn): boolean {
  // "both" names no role of its own: it points at the pair the conversation is about ("the work environment for both").
  const pointsAtPair = reading.both && reading.byName.size === 0;
  return (reading.named.size === 0 && !reading.comparison) || pointsAtPair || organisationsOfThing(reading, turn);
}

/**
 * Whether a message with neither a topic nor a role of its own goes on with the thread. A role named anchors a
 * follow-up ("sorry, back on topic: does that also apply to care managers?"); a pointer word alone needs the rest of
 * the message to be ours.
 */
function continuesThread(reading: Reading): boolean {
  const cue =
    reading.comparison ||
    reading.reference ||
    reading.otherRole ||
    reading.sameTopic ||
    reading.backTo !== null ||
    reading.background ||
    reading.aspects.length > 0;
  // A message of only everyday words and pointers ("is that enough?", "how often?"), or of words close in meaning to
  // ours ("is there any age limit"), has no subject but the thread's; "is it raining?" has one of its own.
  // So has a yes-or-no question asked of a pointer ("do they also do discharge planning") or of what counts.
  return (cue && reading.coverage >= MIN_COVERAGE_TO_CONTINUE) || reading.framed || reading.ofThread;
}

/**
 * Whether a follow-up names a role the thread is not about, or one through an organisation ("does the NACCM have its
 * own degree requirement?"): the thread's own role named again ("does ER nursing count or does it have to be case
 * mgmt") brings no subject of its own, so its topic is read as a follow-up's that names none.
 */
function namesNewRole(reading: Reading, turn: Turn): boolean {
  if (reading.named.size === 0) return false;
  return [...reading.named].some((role) => !reading.byName.has(role)) || !sameRoles([...reading.named], turn.roles);
}

const answered = (topic: TopicId, roles: RoleId[], usedContext: boolean): Match => ({
  topic,
  roles,
  confidence: FOLLOW_UP_CONFIDENCE,
  alternatives: [],
  reason: 'matched',
  usedContext,
});
