import {
  type Aspect,
  BOTH,
  type CitedFact,
  type KnowledgeBase,
  type RoleId,
  type TopicId,
} from '../knowledge/schema.ts';
import { citationsFor, type Citation, type FactGroup } from './citations.ts';
import { withSourcesNamed } from '../knowledge/words.ts';
import { type DeclinesAsUnknown, readSmallTalk, type SmallTalk } from './smalltalk.ts';
import type { Turn } from './turn.ts';
import type { TopicModel } from './topic-model.ts';
import { createMatcher, type Match, type Matcher, type MatchReason } from './matcher.ts';
import { cutText, MAX_QUESTION_CHARS, normalize, stem, tokenize, writeSpokenMarks } from './normalize.ts';
import { redactPatientDetails, redactWordsOf, type IdentifierKind } from '../privacy/redact.ts';
import type { Unsaid } from './unsaid.ts';
import { LIGHT_VERBS, YES_NO_OPENERS } from './analyze.ts';
import { answersGap, gapShown, partGapSentence, waysAsked, type GapShown } from './gap-line.ts';

export type { Citation, FactGroup } from './citations.ts';

/**
 * Everything a surface needs to show one answer. Plain data: the core knows nothing of Slack. Answers are shared
 * (recent ones are reused), so surfaces read them and never change them.
 */
export type Answer = {
  /**
   * The question as asked (cut to MAX_QUESTION_CHARS), raw: surfaces escape it for their medium. Patient details
   * are already taken out ("my pt [name] [record number]"): this is the text every log line, record, escalation
   * and card reads. The answer itself was read from the text as typed.
   */
  question: string;
  /** The kinds of patient identifier taken out of `question`; empty when it is as typed. */
  redacted: IdentifierKind[];
  truncated: boolean;
  /** 'smalltalk' covers a message with nothing in it too (a bare mention, "?", an emoji: smalltalk 'bare'). */
  kind: 'answer' | 'declined' | 'smalltalk';
  /** false when the question asks for something the source does not state; `topic` is then the nearest one. */
  covered: boolean;
  /** What the sources do not cover, said first and plainly ("Nothing in the article says what the CCM exam costs."). */
  gap: string | null;
  /**
   * true when the topic or roles came from the conversation's earlier question. For small talk: a conversation was
   * under way (an earlier question was answered), so "thanks!" gets a one-line reply rather than the help card.
   */
  usedContext: boolean;
  /** What kind of small talk it was, for kind 'smalltalk'. */
  smalltalk: SmallTalk | null;
  reason: MatchReason;
  topic: TopicId | null;
  topicTitle: string | null;
  roles: RoleId[];
  section: string | null;
  confidence: number;
  alternatives: Array<{ topic: TopicId; title: string; confidence: number }>;
  /**
   * How near the second reading came: the runner-up topic's score as a share of the answered topic's, for a question
   * read alone (0 when no other topic scored, and for a follow-up, a button or a decline).
   */
  runnerUp: number;
  groups: FactGroup[];
  /** Every source the facts shown cite, the hospital's own first; empty when declined. */
  citations: Citation[];
  /** The other occupation a declined question was about. */
  otherJob?: string;
  /**
   * What a question declined as another job's asked about: the thread takes it, so "fine, what about a care manager
   * then" after "what does a patient navigator do" asks for the care manager's duties.
   */
  askedTopic?: TopicId;
  /** The one role a question choosing between the roles answered falls on, by their facts (choice.ts). */
  chosen?: RoleId;
  /** Topics to offer when declining. */
  suggestions: Array<{ topic: TopicId; title: string }>;
};

export type { SmallTalk } from './smalltalk.ts';

export type Answerer = {
  /** Answers a free-text question, read with the conversation's last answered question when there is one. */
  ask(question: string, context?: Turn | null): Answer;
  /** The answer for a known topic, as a button asks for it. */
  topic(topic: TopicId, roles?: RoleId[]): Answer;
  /** Reads a topic name as people type it ("certifcation", "pay"), or null. */
  findTopic(text: string): TopicId | null;
  /** A text as it may be kept or sent on: patient details taken out, unless REDACT_PATIENT_DETAILS is false. */
  keptText(text: string): string;
  readonly kb: KnowledgeBase;
};

/** How many recent answers are kept, whole questions as keys: a few hundred kilobytes at most. */
const RECENT_ANSWERS = 500;

/** The section of a topic's own source it cites: the role's own heading where the source has one. */
function citeSection(kb: KnowledgeBase, topic: TopicId, roles: readonly RoleId[]): string {
  const entry = kb.topics[topic]!;
  const only = roles.length === 1 ? entry.roleSections?.[roles[0]!] : undefined;
  return only ?? entry.section;
}

/** Said for a role no source covers on a topic, rather than nothing. */
export const nothingSaid = (kb: KnowledgeBase, topic: TopicId, role: RoleId) =>
  `No source in the knowledge base says anything about ${kb.topics[topic]!.title.toLowerCase()} for ${kb.roles[role]!.plural.toLowerCase()}.`;

function groupsFor(kb: KnowledgeBase, topic: TopicId, roles: readonly RoleId[]): FactGroup[] {
  const entry = kb.topics[topic]!;
  const groups: FactGroup[] = roles.map((role) => {
    const facts = entry.facts[role] ?? [];
    const silent = entry.silent[role] ?? (facts.length === 0 ? nothingSaid(kb, topic, role) : undefined);
    return { role, label: kb.roles[role]!.name, facts, ...(silent ? { silent } : {}) };
  });
  // What the main pair shares is said only when the answer is about the main pair.
  const shared = entry.facts[BOTH] ?? [];
  if (shared.length > 0 && roles.every((role) => kb.settings.mainPair.includes(role))) {
    groups.push({ role: BOTH, label: roles.length === 1 ? 'Both roles' : 'Both', facts: shared });
  }
  return groups;
}

type Compose = (question: string, truncated: boolean, match: Match) => Answer;

/**
 * A fact the hospital wrote to answer what the article is silent on ("do care managers need to drive?") answers it,
 * even when it sits on another topic than the gap's nearest one: the match moves to that topic. A fact that only
 * touches it ("the hospital pays the exam fee", for what the exam costs) is shown the same way, the gap line staying,
 * when it writes a word the question asks the gap with: a tuition refund touches the benefits, but says nothing of a
 * sign-on bonus.
 */
function toAnsweringTopic(kb: KnowledgeBase, match: Match, question: string): Match {
  const gap = match.gap;
  if (!gap || match.topic === null) return match;
  const asked = wordsAskingFor(gap.ways, question);
  if (answersOn(kb, match.roles, gap, asked, match.topic)) return match;
  const other = kb.topicOrder.find((topic) => answersOn(kb, match.roles, gap, asked, topic));
  return other ? { ...match, topic: other } : match;
}

/** Whether a topic's facts for any of the roles speak to the gap (speaksToGap). */
const answersOn = (
  kb: KnowledgeBase,
  roles: readonly RoleId[],
  gap: Aspect,
  asked: ReadonlySet<string>,
  topic: TopicId,
) => roles.some((role) => (kb.topics[topic]!.facts[role] ?? []).some((f) => speaksToGap(f, gap, asked)));

/** A fact answers the gap, or touches it writing a word the question asks the gap with. */
const speaksToGap = (f: CitedFact, gap: Aspect, asked: ReadonlySet<string>) =>
  answersGap(f, gap) ||
  (f.touches.includes(gap.id) && tokenize(`${f.text} ${f.quote ?? ''}`).some((word) => asked.has(rootOf(word))));

/** Words of this many letters or more say what a gap's way asks ("bonus", "tuition"), not how ("on", "is"). */
const MIN_ASKING_WORD = 4;

/**
 * A word's root as a fact and a question may each inflect it ("reimburses", "reimbursed", "reimbursement" →
 * "reimburs"): the ending is dropped only where this much of the word is left. Lower joins short words that only
 * begin alike; higher leaves a short verb's inflections apart.
 */
const MIN_ROOT_LETTERS = 5;
/** The endings a root drops: verbs' and nouns' made of verbs. */
const INFLECTED = /(?:ements?|ings?|ed|es|e|s)$/;
const rootOf = (word: string) => {
  const root = stem(word).replace(INFLECTED, '');
  return root.length >= MIN_ROOT_LETTERS ? root : stem(word);
};

/** The roots of the question's words that are words of the gap's ways. */
function wordsAskingFor(ways: readonly string[], question: string): Set<string> {
  const wayWords = new Set(ways.flatMap((way) => tokenize(way)).map(stem));
  return new Set(
    tokenize(normalize(question))
      .map(stem)
      .filter((word) => word.length >= MIN_ASKING_WORD && wayWords.has(word))
      .map(rootOf),
  );
}

/** Turns a match into the answer surfaces show: the facts and citation of its topic, or a refusal with suggestions. */
function composer(kb: KnowledgeBase): Compose {
  // In the article's order, whatever order the files were read in.
  const suggestions = kb.topicOrder.map((id) => ({ topic: id, title: kb.topics[id]!.title }));
  return (question, truncated, asked) => {
    const match = toAnsweringTopic(kb, asked, question);
    const base = {
      question,
      truncated,
      reason: match.reason,
      confidence: match.confidence,
      runnerUp: match.runnerUp ?? 0,
      covered: !match.gap && !match.unsaid,
      gap: gapLine(kb, match),
      usedContext: match.usedContext ?? false,
      smalltalk: null,
      redacted: [],
    };
    const alternatives = match.alternatives.map((a) => ({
      topic: a.topic,
      confidence: a.confidence,
      title: kb.topics[a.topic]!.title,
    }));
    // Object.assign onto `base`, not a spread: on Node 20 each spread object gets a shape of its own (slow to read).
    if (match.topic === null) {
      return Object.assign(base, {
        kind: 'declined' as const,
        topic: null,
        topicTitle: null,
        roles: [],
        section: null,
        alternatives,
        groups: [],
        citations: [],
        ...(match.otherJob ? { otherJob: match.otherJob } : {}),
        ...(match.askedTopic ? { askedTopic: match.askedTopic } : {}),
        suggestions,
      });
    }
    const chosen = match.chosen ? { chosen: match.chosen } : {};
    return Object.assign(base, answerFor(kb, match.topic, match, question), { alternatives, suggestions: [] }, chosen);
  };
}

/**
 * What the sources do not say that the question asks: the aspect's sentence (beside the facts shown, as they leave
 * it unsaid: gap-line.ts), or the words no fact states.
 */
function gapLine(kb: KnowledgeBase, match: Match, shown: GapShown | null = null): string | null {
  if (match.gap) {
    const plural = (role: RoleId) => kb.roles[role]!.plural.toLowerCase();
    const sentence = shown ? partGapSentence(match.gap, shown, match.roles.length, plural) : match.gap.gap;
    return withSourcesNamed(sentence, kb);
  }
  return match.unsaid && match.topic !== null ? withSourcesNamed(unsaidLine(kb, match.topic, match.unsaid), kb) : null;
}

/** The line for what the facts chosen do not state (unsaid.ts), with {sources} left to name. */
function unsaidLine(kb: KnowledgeBase, topic: TopicId, unsaid: Unsaid): string {
  if (unsaid.kind === 'figure') {
    const roles = either(unsaid.roles.map((role) => kb.roles[role]!.plural.toLowerCase()));
    return `Nothing in {sources} puts a figure on ${kb.topics[topic]!.title.toLowerCase()} for ${roles}.`;
  }
  if (unsaid.kind === 'time')
    return unsaid.asked === 'when'
      ? 'Nothing in {sources} gives a date or says when.'
      : 'Nothing in {sources} says how long it takes.';
  if (unsaid.kind === 'comparison') return 'Nothing in {sources} compares them or says which comes first.';
  if (unsaid.kind === 'equivalence') return 'Nothing in {sources} says whether one counts the same as the other.';
  if (unsaid.kind === 'count') return 'Nothing in {sources} gives a number for that.';
  if (unsaid.kind === 'share') return 'Nothing in {sources} gives a share or a percentage for that.';
  if (unsaid.kind === 'which') return `Nothing in {sources} says which ${unsaid.what}.`;
  if (unsaid.kind === 'depends')
    return `Nothing in {sources} says which applies to you, only that it depends on the ${unsaid.on}.`;
  if (unsaid.kind === 'superior') return 'Nothing in {sources} says whom they report to or who supervises them.';
  if (unsaid.kind === 'subordinates') return 'Nothing in {sources} says whom they supervise or oversee.';
  if (unsaid.kind === 'payer') return 'Nothing in {sources} says who pays for that.';
  if (unsaid.kind === 'against')
    return `Nothing in {sources} gives ${kb.topics[topic]!.title.toLowerCase()} for ${either(unsaid.words.map((word) => `“${word}”`))} to set against.`;
  if (unsaid.kind === 'schooling') return `Nothing in {sources} names a degree, program or course in ${unsaid.field}.`;
  return `Nothing in {sources} says anything about ${either(unsaid.words.map((word) => `“${word}”`))}.`;
}

/** Items joined as English joins alternatives: "a, b or c". */
const either = (items: string[]) =>
  items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** The grammar words gap-line.ts reads a question's ways with (a yes-or-no opener; a verb that only carries). */
const GRAMMAR = { yesNo: YES_NO_OPENERS, lightVerbs: LIGHT_VERBS };

/**
 * The facts, citations and coverage of an answer on `topic`. Whether it is covered: no gap asked for, or one a
 * hospital fact answers fully (`answers`) for every role asked about (a fact that `touches` it keeps the gap line for
 * the part still unsaid), or a yes-or-no question asks with words the facts shown write (gap-line.ts `waysAsked`);
 * and not when a role asked about has no fact on the topic at all.
 */
function answerFor(kb: KnowledgeBase, topic: TopicId, match: Match, question: string) {
  const section = citeSection(kb, topic, match.roles);
  const groups = groupsFor(kb, topic, match.roles);
  const shown = match.gap ? gapShown(match.gap, groups, waysAsked(match.gap, question, GRAMMAR)) : null;
  const gapAnswered = shown !== null && shown.unanswered.length === 0;
  const unsaid = groups.some((g) => g.role !== BOTH && g.facts.length === 0);
  return {
    kind: 'answer' as const,
    covered: (!match.gap || gapAnswered || shown!.settled) && !unsaid && !match.unsaid,
    gap: gapAnswered ? null : gapLine(kb, match, shown),
    topic,
    topicTitle: kb.topics[topic]!.title,
    roles: match.roles,
    section,
    groups,
    citations: citationsFor(kb, topic, groups, section),
  };
}

/**
 * People ask the same few things ("salary", "compare"), and the adapters read a question more than once (to
 * answer, then to log it): answers are deterministic, so recent ones are kept, keyed by the question and the
 * conversation's last turn. Bounded, least recent out first.
 */
function recentAnswers(answer: (raw: string, context: Turn | null) => Answer) {
  const recent = new Map<string, Answer>();
  return (raw: string, context: Turn | null): Answer => {
    const key = context
      ? [
          context.topic,
          context.roles.join(','),
          context.recent?.join(',') ?? '',
          context.topics?.join(',') ?? '',
          raw,
        ].join('\u0000')
      : raw;
    const known = recent.get(key);
    if (known) {
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const result = answer(raw, context);
    // A question with patient details is not kept here either (nor is it asked twice).
    if (raw.length <= MAX_QUESTION_CHARS && result.redacted.length === 0) {
      if (recent.size >= RECENT_ANSWERS) recent.delete(recent.keys().next().value!);
      recent.set(key, result);
    }
    return result;
  };
}

/** Reads a topic name as people type it: its id, title or section, else as a question ("compare pay"). */
function findTopic(kb: KnowledgeBase, matcher: Matcher, full: string): TopicId | null {
  // A topic name is a few words: past a question's length nothing is read, so the cost stays bounded.
  const text = cutText(full, MAX_QUESTION_CHARS);
  const wanted = normalize(text);
  if (wanted === '') return null;
  const direct = Object.values(kb.topics).find(
    (t) => t.id === wanted.replace(/ /g, '-') || normalize(t.title) === wanted || normalize(t.section) === wanted,
  );
  if (direct) return direct.id;
  // Otherwise read it as a question: "compare pay" means salary. A role alone is not a topic.
  const match = matcher.match(tokenize(text).join(' '));
  return match.reason === 'matched' ? match.topic : null;
}

/**
 * A conversation's turn as the current knowledge can read it: a turn is stored for a while (and shared by instances),
 * and an edit may have removed its topic or a role since. What is gone is forgotten; with nothing left, no turn.
 */
function stillKnown(kb: KnowledgeBase, turn: Turn | null): Turn | null {
  if (!turn || !kb.topics[turn.topic]) return null;
  const roles = turn.roles.filter((role) => kb.roles[role]);
  if (roles.length === 0) return null;
  const recent = turn.recent?.filter((role) => kb.roles[role]);
  const topics = turn.topics?.filter((topic) => kb.topics[topic]);
  const same =
    roles.length === turn.roles.length &&
    recent?.length === turn.recent?.length &&
    topics?.length === turn.topics?.length;
  return same ? turn : { topic: turn.topic, roles, ...(recent ? { recent } : {}), ...(topics ? { topics } : {}) };
}

export type AnswererOptions = {
  /** Take patient details out of the question every surface keeps (REDACT_PATIENT_DETAILS, on unless false). */
  redact?: boolean;
  /** The learned topic model the matcher consults when unsure (topic-model.ts); the committed one unless given, none if null. */
  topicModel?: TopicModel | null;
};

/** The question as it may be kept and sent on, with the kinds of detail taken out (none when redaction is off). */
const keeper = (redact: boolean) => (text: string) => (redact ? redactPatientDetails(text) : { text, kinds: [] });

/** A small-talk message's answer: no topic and no roles, with the kind of small talk it is. */
const smallTalkAnswer =
  (compose: ReturnType<typeof composer>) =>
  (question: string, truncated: boolean, kind: SmallTalk, context: Turn | null): Answer => ({
    ...compose(question, truncated, {
      topic: null,
      roles: [],
      confidence: 0,
      alternatives: [],
      reason: kind === 'bare' ? 'empty' : 'no-match',
    }),
    kind: 'smalltalk',
    smalltalk: kind,
    usedContext: context !== null,
  });

/** The matcher's DeclinesAsUnknown (smalltalk.ts): it finds nothing it knows in the words, or no words. */
const matchesNothing =
  (matcher: Matcher, context: Turn | null): DeclinesAsUnknown =>
  (rest, alone = false) => {
    const reason = matcher.match(rest, alone ? null : context).reason;
    return reason === 'no-match' || reason === 'empty';
  };

export function createAnswerer(kb: KnowledgeBase, options: AnswererOptions = {}): Answerer {
  const keep = keeper(options.redact ?? true);
  const matcher = createMatcher(kb, options.topicModel);
  const compose = composer(kb);
  const allRoles = [...kb.settings.mainPair];

  const smallTalk = smallTalkAnswer(compose);
  const answer = (raw: string, context: Turn | null): Answer => {
    const trimmed = raw.trim();
    const truncated = trimmed.length > MAX_QUESTION_CHARS;
    const question = truncated ? trimmed.slice(0, MAX_QUESTION_CHARS) : trimmed;
    const heard = writeSpokenMarks(question);
    const talk = readSmallTalk(heard, matcher.lexicon, matchesNothing(matcher, context));
    const read = talk
      ? smallTalk(question, truncated, talk, context)
      : compose(question, truncated, matcher.match(heard, context));
    const kept = keep(question);
    if (kept.kinds.length === 0) return read;
    // The gap may quote the question's words: quoted, they are kept as the question is. Only the quotes: the
    // line's own words ("puts a figure on") are not the question's, whatever a detail in it is called.
    const gap = read.gap === null ? null : read.gap.replace(/“[^”]*”/gu, (quoted) => redactWordsOf(question, quoted));
    return { ...read, question: kept.text, redacted: kept.kinds, gap };
  };
  const ask = recentAnswers(answer);

  return {
    kb,
    ask: (raw, context = null) => ask(raw, stillKnown(kb, context)),
    topic(topic, roles = allRoles) {
      const chosen = roles.length > 0 ? roles : allRoles;
      return compose(kb.topics[topic]!.title, false, {
        topic,
        roles: chosen,
        confidence: 1,
        alternatives: [],
        reason: 'matched',
      });
    },
    findTopic: (text) => findTopic(kb, matcher, text),
    keptText: (text) => keep(text).text,
  };
}
