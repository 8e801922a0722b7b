import { BOTH, type Aspect, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import { CHOOSING, chosenRole, DEMONSTRATIVE, onChosen, pickedRole, pickIn } from './choice.ts';
import { followUp, shortFormOnThread } from './follow-up.ts';
import { leavesThread } from './correction.ts';
import type { Match, MatchReason, Reading } from './reading.ts';
import { analyze, DO, WH_WORDS, YES_NO_OPENERS, type Analysis } from './analyze.ts';
import { buildLexicon, compares, type Concept, type Lexicon, roleWords } from './lexicon.ts';
import { nameTerms } from './role-words.ts';
import { withoutSetAside, type RoleSpace } from './roles.ts';
import { ownSourcesAsked } from './own-sources.ts';
import { normalize, stem, stemPhrase, tokenize } from './normalize.ts';
import { inEnglish } from './other-language.ts';
import { createSpeller } from './spelling.ts';
import type { Turn } from './turn.ts';
import { asWritten, createUnsaid, type FindUnsaid } from './unsaid.ts';
import { shippedWordVectors } from './word-vectors.ts';
import { isCommonWord } from './related.ts';
import { shippedTopicModel, topicFeatures, type TopicModel, topicProbabilities } from './topic-model.ts';
import { summaryAsked, summaryQuestions, type SummaryQuestion } from './summaries.ts';

export type { Match, MatchReason, Reading } from './reading.ts';

/**
 * What a term counts for when it only appears in the context before the asking sentence. Lower lets the asking
 * sentence's own words decide; higher lets a long preamble pull the topic its way.
 */
const CONTEXT_SHARE = 0.5;
/**
 * What a term counts for when only a question after the one answered asks it ("what do case managers do and do they
 * need a license": the duties, not the licence). Lower lets a weak first question keep its topic against a strong
 * word in the second; higher lets the second win when the first says little.
 */
const LATER_QUESTION_SHARE = 0.25;
/**
 * Weight of the facts' own words (fact-index.ts: a topic's best fact, about 1 for a word one fact alone uses). Higher
 * lets a word only the facts use ("probation", a hospital's credential) decide a topic on its own; lower keeps the
 * topic terms in charge when a question uses a fact's word in passing.
 */
const FACT_WORD_WEIGHT = 0.3;
/**
 * What a credential or organisation only one role has, read as one word ("CPUR", "ONN-CG"), gives the topics of that
 * role's facts that name it, shared among them: more than the weak terms that shape a question, less than one that
 * decides a topic alone. Higher lets the credential outweigh what is asked of its holder ("how much does an ONN-CG
 * make" is pay); lower leaves "what is the CPUR" to the definition's "what is".
 */
const CREDENTIAL_WEIGHT = 0.8;
/**
 * What naming a kind of the hospital's own source gives each topic where the roles asked about have facts from one
 * ("what's our *policy* for transplant coordinators": own-sources.ts): about one term, so it answers when nothing else
 * is asked, the first of those topics in the knowledge's order; less than a strong term, so "what's our policy on the
 * CCM exam fee" goes where the fee is asked. Higher lets "policy" outweigh what is asked beside it; lower leaves a bare
 * "what's the policy" to the role's overview.
 */
export const OWN_SOURCE_WEIGHT = 1;
/**
 * Weight an uncovered aspect ("cost", "weekends") gives its nearest topic: enough to answer "can case managers work
 * remotely" with the work environment, less than one real topic term, so "how much is the CCM exam fee" stays on
 * certification.
 */
const ASPECT_WEIGHT = 0.7;
/**
 * What a verb no list names counts for, after a role in a yes-or-no question ("do case managers *prescribe*", "can
 * they *handle* appeals"): evidence for the topic of what roles do (the topics with the term "do"), shared by that
 * term's weights. Less than a real term: higher lets any verb pull a question to the duties over the words after it
 * ("do they *need* a car" is no activity: "need" is a term); lower leaves such questions to their nouns.
 */
const ACTIVITY_WEIGHT = 0.7;
/**
 * What a term counts for, towards a topic other than what roles do, as the object or place of such an activity ("do
 * care managers *go* to pts *homes*", "do they *help* pts figure out how to *pay*"): the activity is asked, the place or
 * the thing is where or what it is done with. Lower hands such questions to the duties; higher lets the object's topic
 * win ("do case managers *handle* *insurance* appeals" stays with the duties either way when the verb is a term of theirs).
 */
const ACTIVITY_OBJECT_SHARE = 0.5;
/**
 * What a term counts for when it only modifies a role's name ("does the *hospital* case manager help with bills", "how
 * much do *certified* case managers make"): it says which holders are meant, so what is asked of them decides. Lower
 * hands "how do I become a *certified* care manager" to the schooling ("become"); higher lets the modifier outweigh
 * what is asked ("do" of the duties, "make" of the pay).
 */
const ROLE_MODIFIER_SHARE = 0.5;
/**
 * What a term or an aspect counts for in a phrase of purpose or means after what a role does or gets ("do they get
 * mileage reimbursed *for home visits*": analyze.ts `adjunctTerms`). Lower lets the object decide even against a
 * strong word of circumstance; higher lets the circumstance outweigh a weak object.
 */
const ADJUNCT_SHARE = 0.5;
/**
 * What a personal quality the asker names counts for ("I'm really introverted, would I be ok as a care manager"):
 * evidence for the topics of the term "skill" (the qualities a role needs), shared by its weights. Less than a real
 * term, and less than an aspect ("I'm tired of nights" is about the hours): higher lets any "I'm ..." pull a question to
 * the skills; lower leaves it to "would I be ok" (the definition).
 */
const TRAIT_WEIGHT = 0.5;
/**
 * What a question a topic's summary says it answers gives that topic ("who do care managers work for": the
 * definition's "who they work for"), in place of its terms: as much as a strong term, so the words around it ("the
 * hospital?") do not pull it back to their own topics; lower lets them.
 */
const SUMMARY_WEIGHT = 1.5;
/**
 * What "it" in a follow-up counts for the thread's topic: the thing it stands for is what that topic is about ("who pays
 * for it", "can I get it without case management experience" after a certification). About one term: higher keeps a
 * thread against any word of another topic ("how much does it pay?" after a certification); lower lets a word of
 * another topic take "it" away ("experience" from the exam that requires it).
 */
const THREAD_THING_WEIGHT = 1;
/**
 * What saying someone must know something counts for ("do case managers need to *know* Epic"): evidence for the topics
 * of the term "skill", as what one must know is. About a term: higher lets any "need to know" outweigh what is to be
 * known; lower leaves an unknown system to whatever else the message says.
 */
const KNOWING_WEIGHT = 0.7;
/**
 * What weighing a choice for someone of a quality counts for ("which is better for an introvert"): evidence for the
 * topics of the term "skill", on top of the quality's TRAIT_WEIGHT, as the fit of a person to a role is. Enough to move
 * a thread to the skills; lower leaves such a choice on the thread's topic.
 */
const CHOSEN_FOR_WEIGHT = 0.5;
/**
 * What weighing the roles for the asker's own past counts for ("ex firefighter, which fits my background"): evidence
 * for the topics of the term "background", the experience's, as the past is what the roles want of it. About a term:
 * higher outweighs a quality the asker also names ("I'm organised"); lower leaves the choice to passing words.
 */
const PAST_CHOSEN_FOR_WEIGHT = 0.8;
/**
 * What asking whether someone can start at once counts for ("can a new grad BSN go *straight* into case management"):
 * evidence for the topics of the term "start", the experience's, over the degree or exam the asker has just finished.
 * About a strong term: lower leaves "BSN" or "NCLEX" to take the question; higher outweighs a requirement asked
 * outright ("can I start right away without a BSN").
 */
const STARTING_NOW_WEIGHT = 1;
/**
 * What asking whether a role gets a thing ("do they get mileage", "do care managers get dental") adds to the topics of
 * the benefits: a strong term's, so it outweighs an aspect the thing is read as elsewhere (mileage as travel), in a
 * thread about that aspect's topic too. Higher lets "get" decide against the thread's own words; lower leaves it to ties.
 */
const RECEIVED_WEIGHT = 1.25;
/**
 * What asking whether another job can become one of our roles counts for ("can a surgical tech go into case
 * management"): evidence for the topics of the term "degree", as the role's minimum schooling decides it for any job.
 * Less than a term: a topic the question names ("can an EMT's years count toward it") still decides; lower leaves such a
 * question to the role's overview.
 */
const CANDIDATE_WEIGHT = 0.6;
/**
 * What counting a role's own people ("how many case managers are there in the US") gives the role's overview: about a
 * term, so a passing word of another topic does not take the question, less than a topic asked outright ("how many
 * case managers have the CCM").
 */
const ROLE_COUNTED_WEIGHT = 1;
/**
 * What asking what a role is classed as ("is case management considered a nursing specialty") gives its overview:
 * more than a passing term the class names ("nursing" for the degrees), less than one of the topic's terms asked.
 */
const ROLE_CLASSED_WEIGHT = 0.6;
/**
 * What asking two titles to be one job ("is a patient navigator basically a care manager?", identity.ts) gives the
 * overview: whether they are one is what each is. Above a word the titles' own words leave around them ("by another
 * *name*", "a *fair* title"), below a topic's own term asked beside it ("the same pay as a staff nurse").
 */
const IDENTITY_WEIGHT = 0.8;
/**
 * What the respect a question names apart gives its topic ("would she qualify for the opening, *education-wise*",
 * viewpoint.ts): as much as the facts' company of words (FACTS_TOGETHER_WEIGHT), so that it decides against the
 * thread's facts and a verb said of another topic; lower lets "qualify" (certification) keep such a question.
 */
const VIEWPOINT_WEIGHT = 1.5;
/**
 * What asking when a role came about ("when did hospitals first start having case managers") gives its overview, as
 * classing does: more than a passing word of another topic ("hospitals" for the settings, "first" for experience).
 */
const ROLE_DATED_WEIGHT = 1;
/** The term that asks for the qualities a role needs: the knowledge's topic of skills names it. */
const SKILL = 'skill';
/** The term the asker's own past is read as: the experience's "background". */
const BACKGROUND = 'background';
/** The term for starting in a role: the experience's "start". */
const START = 'start';
/** The term for what a job gives its people besides the pay: a thing a role is asked to get is one (RECEIVED_WEIGHT). */
const BENEFIT = 'benefit';
/** The term for the schooling a role requires: the education's "degree". */
const DEGREE = 'degree';
/**
 * What naming the people the roles serve as the company of the work counts for ("which one works more directly *with
 * patients*", "more *patient contact*"): evidence for the topics of the term "do" (the duties open with how directly
 * each role works with patients). Over a passing word that only compares ("more") or a fact's word ("time", "spend"),
 * under a term asked outright ("experience with patients" is the experience).
 */
const COMPANY_WEIGHT = 1.25;
/**
 * Evidence a choice weighed for the asker needs for the trait it names ("which one would suit me if I want regular
 * hours") before that trait's topic is answered rather than the whole comparison: about one weak term ("yrs" of the
 * asker's background). Higher answers more such choices with the overview; lower lets a passing word pick the topic.
 */
const MIN_TRAIT_SCORE = 0.5;
/**
 * Evidence a question needs, when it names neither role, before the bot answers rather than declines. Higher declines
 * more of our questions asked in one weak word; lower answers more questions about something else that share a word.
 */
const MIN_SCORE_WITHOUT_ROLE = 1;
/**
 * Below this the bot declines a question that names neither role. Higher declines more thinly worded questions of
 * ours; lower answers more questions that are not about the roles at all.
 */
const MIN_CONFIDENCE = 0.35;
/**
 * A question that names a role is about our roles: it is answered unless the evidence is this thin (then the role's
 * overview, with the topics it may mean offered). Higher gives the overview in place of more answers on a guessed
 * topic; lower answers more on thin evidence.
 */
const MIN_CONFIDENCE_WITH_ROLE = 0.2;
/**
 * Share of a question's content words we must know, when it names neither role, to answer it; also what a question
 * that only compares ("what do they have in common?") needs to count as naming both roles. Higher declines more
 * questions padded with words we do not know; lower answers more questions mostly about something else.
 */
const MIN_COVERAGE_WITHOUT_ROLE = 0.5;
/**
 * An off-topic word ("password", "PTO") is outweighed only by a named role and this much evidence. Higher declines
 * more of our questions that mention something off our topics; lower answers more questions about that something.
 */
const MIN_SCORE_OFF_TOPIC = 1.5;
/**
 * A runner-up within this share of the best score is offered as "did you mean". Lower offers more of them beside
 * clear answers; higher offers them only on near ties.
 */
const CLOSE_SHARE = 0.6;
/** At most this many "did you mean" offers (or nearest topics when declining): more would bury the answer. */
const MAX_ALTERNATIVES = 3;
/**
 * Confidence given to a question that gets its role's overview: one that names a role and nothing else ("care
 * manager?"), or a role with an unclear topic ("do case managers supervise nurses"). Kept below what an unprompted
 * reply needs (unprompted.ts): an overview stands in for a topic we could not tell, so the bot does not volunteer it.
 */
const ROLE_ONLY_CONFIDENCE = 0.5;
/** How fast summed term weights reach certainty: higher trusts a single term more. */
const STRENGTH_RATE = 1.5;
/**
 * What a tie with the runner-up keeps of the strength; a clear lead adds MARGIN_SPAN (1 - MARGIN_FLOOR) on top.
 * Lower makes two close topics decline more often rather than pick one.
 */
const MARGIN_FLOOR = 0.65;
/** The rest of the strength, which a clear lead adds: with MARGIN_FLOOR a whole, so a clear lead loses nothing. */
const MARGIN_SPAN = 0.35;
/**
 * What a question of only unknown words keeps of the strength; knowing them all adds COVERAGE_SPAN
 * (1 - COVERAGE_FLOOR). Lower declines questions padded with words we do not know sooner.
 */
const COVERAGE_FLOOR = 0.6;
/** The rest of the strength, which knowing every word adds: with COVERAGE_FLOOR a whole, so it loses nothing. */
const COVERAGE_SPAN = 0.4;
/**
 * The learned topic model overrules the matcher's topic only when it gives that topic at most this probability: it is
 * all but sure the lists misread the message. Higher lets it fix more of the matcher's misses and make more of its own
 * (it is right less often than the matcher); lower leaves the lists in charge.
 */
const MODEL_DOUBT = 0.02;
/**
 * Where the matcher's runner-up has at least this share of its topic's evidence, the two are close enough for the model
 * to pick between them (MODEL_PREFERENCE). Lower hands the model more of the matcher's clear choices.
 */
const MODEL_CLOSE_SHARE = 0.8;
/**
 * Between two close topics, the model's runner-up is answered when it gives it at least this many times the matcher's
 * topic's probability. Lower lets a slight preference of the model overrule the lists' lead.
 */
const MODEL_PREFERENCE = 2;
/**
 * Where the matcher found a named role but no clear topic (the role's overview), the model's likeliest topic is answered
 * when it gives it at least this probability. Lower answers more such messages on a topic, rightly or not.
 */
const MODEL_SURE = 0.6;
/**
 * A declined question's nearest topics are shown at this share of their strength: hints, not answers. Lower keeps them
 * clearly below any answer's confidence; higher makes them read as likely answers.
 */
const DECLINED_HINT_SHARE = 0.5;

/** Turns summed term weights into 0..1: one strong term gives about 0.8, two near certainty. */
function strength(score: number): number {
  return 1 - Math.exp(-STRENGTH_RATE * score);
}

/** How sure a topic with this score is, given its lead over the runner-up (0..1) and the question's coverage. */
function sureness(score: number, margin: number, coverage: number): number {
  return strength(score) * (MARGIN_FLOOR + MARGIN_SPAN * margin) * (COVERAGE_FLOOR + COVERAGE_SPAN * coverage);
}

const round = (value: number) => Math.round(value * 100) / 100;

export type Matcher = {
  /** Matches a question, read with the conversation's last answered question when there is one. */
  match(question: string, context?: Turn | null): Match;
  readonly lexicon: Lexicon;
};

/**
 * The first aspect the question asks for that is a gap on the topic answered. One only the asker's words about
 * themselves name ("I work nights, what degree ...", "I'm a new grad, how much ...") qualifies the question on its own
 * topic alone: a night nurse asking the degree asks nothing about the hours.
 */
function gapOn(topic: TopicId, aspects: Aspect[][], said: ReadonlySet<Aspect[]>): Aspect | undefined {
  for (const candidates of aspects) {
    const ofTopic = (a: Aspect) => (a.onlyWith ? a.onlyWith.includes(topic) : a.nearest === topic);
    const gap = candidates.find((a) => (said.has(candidates) ? ofTopic(a) : !a.onlyWith || a.onlyWith.includes(topic)));
    if (gap) return gap;
  }
  return undefined;
}

/** A matcher over the knowledge; it consults the committed topic model unless given another, or none (null). */
export function createMatcher(kb: KnowledgeBase, topicModel: TopicModel | null = shippedTopicModel()): Matcher {
  const lexicon = buildLexicon(kb);
  const learned = topicModel ? consultModel(topicModel, lexicon.topicIds) : (found: Match) => found;
  const correct = createSpeller(lexicon.words);
  const summaries = summaryQuestions(kb, lexicon, correct);
  const ownWords = new Set(roleWords(kb));
  const reader: QuestionReader = { lexicon, correct, summaries, ownWords, nameTerms: nameTerms(kb, lexicon.phrases) };
  const read = (question: string, unread: ReadonlySet<string> | null) => readQuestion(question, reader, unread);
  const unsaidBy = unsaidOf(kb, lexicon);
  const laterUnsaid = laterUnsaidOf(lexicon, unsaidBy);
  /** The match with the role a choice fell on, and what the topic's facts do not say of what is asked. */
  const told = (found: Match, reading: Reading, question: string): Match => {
    // A short form set apart from the other role is the one it singled out, as a choice's role is ("the CM one" next).
    const apart = found.roles.length > 1 ? reading.shortFormApart : undefined;
    const chosen = chosenRole(lexicon, reading, found) ?? apart;
    const decided = chosen ? Object.assign({}, found, { chosen }) : found;
    const gap = gapOn(found.topic!, reading.gapAspects, reading.saidAspects);
    // Object.assign onto a new object, not a spread: see readQuestion.
    if (gap) return Object.assign({}, decided, { gap });
    const unsaid = unsaidBy(found.topic!, decided.roles, reading.askedOf, question);
    if (unsaid) return Object.assign({}, decided, { unsaid: asWritten(question, unsaid) });
    return reading.laterOf ? laterUnsaid(question, decided, reading.laterOf) : decided;
  };
  return {
    lexicon,
    match(typed, previous) {
      // A message in another language is read in its English (other-language.ts), and as written in another language.
      const { text: question, unread } = inEnglish(typed, lexicon.otherLanguages, lexicon.english);
      // "ok unrelated but what do PTs make": a message that says it leaves the thread is read alone.
      const context = leavesThread(question, lexicon.newSubject) ? null : previous;
      const alone = read(question, unread);
      const went = context && wentBackTo(alone, context);
      const inThread = went ? pastSetAside(alone) : alone;
      const one = went && onChosen(inThread, went);
      const thread = one ? one.turn : went;
      const reading = one ? one.reading : thread ? shortFormOnThread(inThread, thread) : alone;
      const matched = (thread && followUp(reading, thread, lexicon.roles)) || decide(reading, lexicon.roles);
      if (matched.topic === null) return matched;
      const own = told(matched, reading, question);
      // The model reads the message alone: a topic the matcher kept from the thread is not its to overrule. What the
      // facts do not say is read again on the model's topic: the lists' wrong topic was often what made it unsaid.
      if (context && matched.topic === context.topic) return own;
      // "which one should I pick?": a choice weighed for the asker that names no trait asks the whole comparison.
      if (reading.forAsker && matched.reason === 'role-only') return own;
      // A respect the question names itself ("money-wise") says what it asks in the asker's own words: not the
      // model's to overrule from the rest of the message ("a good fit for me").
      if (reading.respectNamed) return own;
      const found = learned(matched, question, { alone: !context, ranked: reading.ranked, gap: own.gap !== undefined });
      return found === matched ? own : told(found, reading, question);
    },
  };
}

/** What the model weighs beside its probabilities: where the matcher's reading stands. */
type Lead = {
  /** The message has no thread (the model reads every message alone). */
  alone: boolean;
  /** The matcher's evidence per topic, best first. */
  ranked: Reading['ranked'];
  /** The matcher found a gap the topic's facts leave: what is asked for is its reading, so the model does not veto. */
  gap: boolean;
};

/**
 * The learned topic model's say (topic-model.ts), where the matcher answered (a topic, or a role's overview). It
 * abstains on a topic it never learned (a hospital's own). The matcher's roles, gaps and the thread stay its own.
 */
function consultModel(model: TopicModel, topicIds: readonly TopicId[]) {
  return (found: Match, question: string, lead: Lead): Match => {
    if (found.topic === null || (found.reason !== 'matched' && found.reason !== 'role-only')) return found;
    const probabilities = topicProbabilities(model, topicFeatures(question), topicIds);
    if (!probabilities.has(found.topic)) return found;
    const topic = modelsTopic(found, probabilities, lead);
    if (topic === undefined || topic === found.topic) return found;
    const alternatives = found.alternatives.filter((a) => a.topic !== topic);
    return Object.assign({}, found, { topic, alternatives });
  };
}

/**
 * The topic the model would answer instead of the matcher's, if any: its likeliest where it gives the matcher's topic at
 * most MODEL_DOUBT (the lists all but surely misread the message); otherwise, for a message without a thread, the
 * matcher's close runner-up the model prefers, or, where the matcher gave a role's overview for want of a clear topic,
 * the model's likeliest when it is at least MODEL_SURE of it.
 */
function modelsTopic(found: Match, probabilities: ReadonlyMap<TopicId, number>, lead: Lead): TopicId | undefined {
  const [likeliest, sure] = [...probabilities].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (!lead.gap && probabilities.get(found.topic!)! <= MODEL_DOUBT) return likeliest;
  if (!lead.alone) return undefined;
  if (found.reason === 'matched') return closeRunnerUp(found.topic!, lead.ranked, probabilities);
  return sure >= MODEL_SURE ? likeliest : undefined;
}

/**
 * The matcher's runner-up, when its evidence is within MODEL_CLOSE_SHARE of the topic's and the model gives it at least
 * MODEL_PREFERENCE times the topic's probability: where the lists barely tell two topics apart, the model picks.
 */
function closeRunnerUp(
  topic: TopicId,
  ranked: Reading['ranked'],
  probabilities: ReadonlyMap<TopicId, number>,
): TopicId | undefined {
  const [best, second] = ranked;
  if (!best || !second || best[0] !== topic || second[1] < best[1] * MODEL_CLOSE_SHARE) return undefined;
  const runnerUp = probabilities.get(second[0]);
  return runnerUp !== undefined && runnerUp >= probabilities.get(topic)! * MODEL_PREFERENCE ? second[0] : undefined;
}

/**
 * A message is covered only when every part of it is, and a question after the one answered may ask what the asker
 * brings ("..., and can I use my tech experience toward it?", "... and do they need to be certified too?"): what it
 * asks to count, or whether the asker fits, is read on the topic its own terms and aspects point at, for the roles
 * answered. What else it asks of the role stays context to the answer ("..., and do they work nights?": the dev sets'
 * writers disagree, and their floors keep it).
 */
function laterUnsaidOf(lexicon: Lexicon, unsaidBy: FindUnsaid) {
  return (question: string, decided: Match, later: NonNullable<Reading['laterOf']>): Match => {
    const { traits, toCount } = later;
    // An aspect that is a gap of the answered topic alone asks that topic's own thing again ("do case managers need a
    // BSN, and do hospitals pay for it?": the schooling's cost): unsaid as if asked first.
    const own = later.gapAspects.flat().find((aspect) => aspect.onlyWith?.includes(decided.topic!));
    if (own) return Object.assign({}, decided, { gap: own });
    if (traits.length + toCount.length === 0) return decided;
    const topic = laterTopic(lexicon, later) ?? decided.topic!;
    const asked = {
      words: [],
      aspects: [],
      time: null,
      all: [],
      before: [],
      askersOwn: [],
      names: [],
      likened: [],
      traits,
      toCount,
      predicate: null,
    };
    const unsaid = unsaidBy(topic, decided.roles, asked);
    return unsaid ? Object.assign({}, decided, { unsaid: asWritten(question, unsaid) }) : decided;
  };
}

/**
 * In a conversation, roles named only as the asker's own past are not what is asked: "does case management experience
 * count?" after the navigators' experience asks of the navigators, as it would were another role named beside it.
 */
function pastSetAside(reading: Reading): Reading {
  const { named, pastRoles } = reading;
  if (named.size === 0 || [...named].some((role) => !pastRoles.has(role))) return reading;
  return { ...reading, named: new Set(), byName: new Set(), background: true };
}

/** A term that compares or only shapes a question ("difference", "need", "tell me about"): it asks no topic of its own. */
const onlyShapesQuestion = (lexicon: Lexicon, term: string) =>
  lexicon.comparison.has(term) || lexicon.generic.has(term) || lexicon.questionForms.has(term);

/**
 * The topic a later question's terms (but those that only shape a question) and aspects (at ASPECT_WEIGHT, for their
 * nearest topic: "and do they work nights?") weigh most for; null with none.
 */
function laterTopic(lexicon: Lexicon, { terms, gapAspects }: NonNullable<Reading['laterOf']>): TopicId | null {
  const scores = new Map<TopicId, number>();
  for (const [aspect] of gapAspects)
    if (aspect) scores.set(aspect.nearest, (scores.get(aspect.nearest) ?? 0) + ASPECT_WEIGHT);
  for (const term of terms) {
    if (onlyShapesQuestion(lexicon, term)) continue;
    for (const { topic, weight } of lexicon.termTopics.get(term) ?? [])
      scores.set(topic, (scores.get(topic) ?? 0) + weight);
  }
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The thread a message is read against: as it is, or, when the message goes back ("circling back to experience - ...",
 * "back to my first question"), at the earlier topic it goes back to: the one of the thread's topics it names, else
 * the thread's first ("first") or the one before the last.
 */
function wentBackTo(reading: Reading, turn: Turn): Turn {
  if (!reading.backTo) return turn;
  const topics = turn.topics ?? [turn.topic];
  const named = reading.ranked.find(([topic]) => topics.includes(topic))?.[0];
  const topic = reading.backTo === 'first' ? topics.at(-1)! : (named ?? topics[1] ?? turn.topic);
  return { ...turn, topic };
}

/** What a question asks that the facts chosen do not state, read against every word some list of the knowledge names. */
function unsaidOf(kb: KnowledgeBase, lexicon: Lexicon): FindUnsaid {
  const listed = new Set([
    ...lexicon.stems,
    ...lexicon.abbreviations.keys(),
    ...[...lexicon.smalltalk.keys(), ...lexicon.fillers].flatMap((p) => p.split(' ')),
  ]);
  const topicWords = new Map<TopicId, string[]>();
  const synonyms = new Map<TopicId, string[]>();
  for (const [term, topics] of lexicon.termTopics) {
    for (const { topic } of topics) topicWords.set(topic, [...(topicWords.get(topic) ?? []), ...term.split(' ')]);
  }
  const comparing: string[] = [];
  for (const [phrase, concept] of lexicon.phrases) {
    if (concept.kind !== 'term' || phrase.includes(' ')) continue;
    for (const { topic } of lexicon.termTopics.get(concept.term) ?? [])
      synonyms.set(topic, [...(synonyms.get(topic) ?? []), phrase]);
    if (lexicon.comparison.has(concept.term)) comparing.push(phrase);
  }
  return createUnsaid(kb, lexicon.factWords, shippedWordVectors(), {
    listed,
    comparing,
    roleWords: new Set(roleWords(kb)),
    roleNames: new Set(
      Object.values(kb.roles).flatMap((role) => [role.name, role.plural].flatMap((name) => tokenize(name).map(stem))),
    ),
    offTopic: new Set(kb.language.offTopic.map(stemPhrase)),
    openers: { yesNo: YES_NO_OPENERS, wh: WH_WORDS },
    stopwords: new Set([...lexicon.stopwords].map(stem)),
    topicWords: (topic) => topicWords.get(topic) ?? [],
    topicSynonyms: (topic) => synonyms.get(topic) ?? [],
    termOf: (word) => {
      const concept = lexicon.phrases.get(word);
      return concept?.kind === 'term' ? concept.term : undefined;
    },
  });
}

/** What readConcepts starts from: no role, term or follow-up word read yet. */
function nothingRead() {
  return {
    named: new Set<RoleId>(),
    byName: new Set<RoleId>(),
    both: false,
    organisations: new Set<RoleId>(),
    /** The roles one-word credentials name ("NCM"): organisations that also settle a short form beside them. */
    credentialRoles: new Set<RoleId>(),
    pastRoles: new Set<RoleId>(),
    terms: new Set<string>(),
    factWords: new Set<string>(),
    credentials: [] as Array<{ word: string; role: RoleId }>,
    otherJob: undefined as string | undefined,
    background: false,
    offTopic: false,
    /** The off-topic phrases named, as language.json writes them. */
    offTopicPhrases: [] as string[],
    lookup: false,
    request: false,
    reference: false,
    otherRole: false,
    contrast: false,
    sameTopic: false,
    backTo: null as Reading['backTo'],
    shortForms: [] as RoleId[][],
    setAside: new Set<RoleId>(),
    jobAsked: false,
    rolePointer: false,
    /** The role a short form stood for, set apart from the other ("a CM vs a care mgr"). */
    apart: undefined as RoleId | undefined,
  };
}

const roleAsked = (c: Concept) => c.kind === 'role' && !c.past && !c.standard && !c.setting;
/** "do *they* deal with insurance like case managers do": a pointer at the thread's roles is what the standard is set against. */
const standardSetAgainst = (c: Concept) => roleAsked(c) || (c.kind === 'reference' && !c.thing);

/** An organisation or credential only another role has ("CCM" beside a palliative care nurse's field). */
const otherRolesCredential = (c: Concept, of: Extract<Concept, { kind: 'role' }>) =>
  (c.kind === 'term' || (c.kind === 'role' && c.credential !== undefined)) &&
  c.role !== undefined &&
  c.role !== of.role;

/** What a role named says: the asker's past, a comparison's standard, a credential's holder, or the role asked of. */
function readRole(
  read: ReturnType<typeof nothingRead>,
  concept: Extract<Concept, { kind: 'role' }>,
  concepts: Analysis['concepts'],
  comparing: boolean,
): void {
  if (concept.past && concepts.some(roleAsked)) {
    // "does experience as a social worker count for care manager": the social worker is the asker's past.
    read.background = true;
  } else if (concept.setting && !comparing && concepts.some((c) => roleAsked(c) || otherRolesCredential(c, concept))) {
    // "does palliative care count as experience for case managers", "is palliative care experience enough for the
    // CCM": the field is where the asker has been, or what the work touches; the other role is asked about.
    read.background = true;
  } else if (concept.standard && concepts.some(standardSetAgainst)) {
    // "do care managers get certified through ANCC like case managers do": case managers are the comparison's standard.
  } else if (concept.credential) {
    // A credential names its holder as an organisation does, when no role is named: "do case managers here need
    // CITI training" asks of case managers, though CITI is another role's credential too.
    read.organisations.add(concept.role);
    read.credentialRoles.add(concept.role);
    read.credentials.push({ word: concept.credential, role: concept.role });
  } else {
    read.named.add(concept.role);
    read.byName.add(concept.role);
    if (concept.past) read.pastRoles.add(concept.role);
  }
}

/** What the concepts of a question name: roles, organisations, terms, and the words that shape a follow-up. */
function readConcepts(concepts: Analysis['concepts'], comparing: boolean) {
  const read = nothingRead();
  for (const concept of concepts) {
    if (concept.kind === 'role') {
      readRole(read, concept, concepts, comparing);
      if (concept.apart) read.apart = concept.role;
    } else if (concept.kind === 'short-form') read.shortForms.push(concept.roles);
    else if (concept.kind === 'not-role') read.setAside.add(concept.role);
    else if (concept.kind === 'both-roles') read.both = true;
    else if (concept.kind === 'job') read.otherJob ??= concept.phrase;
    else if (concept.kind === 'background') read.background = true;
    else if (concept.kind === 'off-topic') {
      read.offTopic = true;
      read.offTopicPhrases.push(concept.phrase);
    } else if (concept.kind === 'lookup') {
      read.lookup = true;
      if (concept.act) read.request = true;
    } else if (concept.kind === 'fact-word') read.factWords.add(concept.word);
    else if (concept.kind === 'reference') read.reference = true;
    else if (concept.kind === 'other-role') read.otherRole = true;
    else if (concept.kind === 'contrast') read.contrast = true;
    else if (concept.kind === 'same-topic') read.sameTopic = true;
    else if (concept.kind === 'back-to') {
      read.backTo = concept.first ? 'first' : (read.backTo ?? 'earlier');
      // "the same two": the questions asked again, from the first of them.
      if (concept.both) read.sameTopic = true;
    } else {
      read.terms.add(concept.term);
      if (concept.role) read.organisations.add(concept.role);
    }
  }
  // A job named only for whom the thread's answer holds ("is that for RNs only?"); a pointer other than "it".
  read.jobAsked = concepts.some((c) => c.kind === 'job' && !c.forThread);
  read.rolePointer = concepts.some((c) => c.kind === 'reference' && !c.thing);
  return read;
}

/** What reading a question needs of the knowledge, built once per matcher. */
type QuestionReader = {
  lexicon: Lexicon;
  correct: (word: string) => string | null;
  summaries: readonly SummaryQuestion[];
  ownWords: ReadonlySet<string>;
  /** The terms each role's own name is read as (role-words.ts): no topic's evidence with that role named. */
  nameTerms: ReadonlyMap<RoleId, ReadonlySet<string>>;
};

/**
 * What reading a question starts from: its analysis, its concepts read, the roles it names, its terms (with what the
 * summary questions make of them), and the terms a follow-up asks of the thread.
 */
function readParts(question: string, reader: QuestionReader, unread: ReadonlySet<string> | null) {
  const { lexicon, correct, summaries, nameTerms } = reader;
  const read0 = withoutUnread(analyze(question, lexicon, correct, unread !== null), unread);
  const pick = pickOf(read0, reader);
  // A role named by its title is what is asked of ("are care managers *the ones who do the intake*"): no pick.
  // A description no role's facts fit better than another's ("the *education* side") names an aspect, not a role.
  const picks =
    pick !== null &&
    'span' in pick &&
    !read0.concepts.some((c) => c.kind === 'role') &&
    pickedRole(lexicon, pick, lexicon.roles.mainPair) !== undefined;
  const analysis = picks ? withoutDescription(read0, pick.span, reader) : read0;
  // A field set against a role ("palliative care vs case management") is compared, not where the asker has been.
  const comparing = analysis.concepts.some((c) => compares(lexicon, c));
  const read = readConcepts(analysis.concepts, comparing);
  const shortForm = nameRoles(read, lexicon, analysis.insideFacility);
  // "do study coordinators get a *research* differential": the coordinator's own field, not the duties' term.
  const terms = new Set(
    [...read.terms].filter((term) => ![...read.named].some((role) => nameTerms.get(role)?.has(term))),
  );
  const { termList, withSummary } = readSummary(summaries, analysis, terms, termOf(lexicon));
  const threadTerms = askedTerms(lexicon, termList, read.named.size > 0, doneAsked(analysis));
  return { analysis, read, shortForm, termList, withSummary, threadTerms, pick };
}

/**
 * A description that picks one of the pair ("the *hospital* one", "the one *who visits at home*") says which role,
 * not what is asked: the topic terms its words read as are not asked ("what does the hospital one earn" asks the pay).
 */
function withoutDescription(
  analysis: Analysis,
  span: readonly string[],
  { lexicon, correct }: QuestionReader,
): Analysis {
  const described = analyze(span.join(' '), lexicon, correct).concepts.filter((c) => c.kind === 'term');
  if (described.length === 0) return analysis;
  const concepts = [...analysis.concepts];
  for (const term of described) {
    const at = concepts.findIndex((c) => c.kind === 'term' && c.term === term.term);
    if (at >= 0) concepts.splice(at, 1);
  }
  return { ...analysis, concepts };
}

/**
 * One of the pair picked by place or description in the question's asking words (pickIn), or in a sentence before it
 * ("back to the first one — can they ...", "wait no i meant the office one. do they ..."); else null.
 */
function pickOf(analysis: Analysis, reader: QuestionReader): ReturnType<typeof pickIn> {
  const asked = pickFrom(analysis.askingWords, reader);
  if (asked !== null || analysis.statedBefore.length === 0) return asked;
  return pickFrom(analysis.statedBefore, reader);
}

/** pickIn on some words, grammar being stopwords and joiners, a role's own word a head or one of its own words. */
function pickFrom(words: readonly string[], { lexicon, ownWords }: QuestionReader): ReturnType<typeof pickIn> {
  return pickIn(
    words,
    (word) => lexicon.stopwords.has(word) || lexicon.joiners.has(word),
    (word) => lexicon.heads.has(word) || ownWords.has(word),
  );
}

/** What a question says, read alone: the roles it names, its topics scored, what it asks of them. */
function readQuestion(question: string, reader: QuestionReader, unread: ReadonlySet<string> | null): Reading {
  const parts = readParts(question, reader, unread);
  // "what's our policy on the CCM": the word naming the hospital's policy asks for its facts where it has some on the role.
  const ownSources = ownSourcesAsked(reader.lexicon.ownSources, parts.read.offTopicPhrases, parts.read.named);
  return readingOf(parts, reader, ownSources, (unread?.size ?? 0) > 0);
}

/**
 * The Reading from a question's parts, one field a line. Written out, not spread: on Node 20 an object spread with keys
 * added gets a shape of its own each time (slow, and every reader of a Reading goes megamorphic).
 */
function readingOf(
  { analysis, read, shortForm, termList, withSummary, threadTerms, pick }: ReturnType<typeof readParts>,
  { lexicon, ownWords }: QuestionReader,
  ownSources: ReturnType<typeof ownSourcesAsked>,
  unread: boolean,
): Reading {
  return {
    // What it points at or sets aside, and the other jobs and words off our topics it names.
    otherJob: read.otherJob,
    otherJobForThread: read.otherJob !== undefined && !read.jobAsked,
    offTopic: read.offTopic && ownSources === null,
    setAside: read.setAside,
    lookup: read.lookup,
    request: read.request,
    reference: read.reference,
    rolePointer: read.rolePointer,
    // Methods, not named arrows: under tsx every named closure is renamed on creation, on every question.
    pointsAtThing(thread: TopicId) {
      return pointsAtThing(lexicon, analysis, thread);
    },
    pointsAtRoleItself(thread: TopicId) {
      return aboutRole(lexicon, thread) && (thingPointer(analysis) || read.rolePointer);
    },
    bearsOnThread(thread: TopicId) {
      return !aboutRole(lexicon, thread) && asksBearing(analysis.askingWords);
    },
    otherRole: read.otherRole,
    sameTopic: read.sameTopic,
    backTo: read.backTo,
    background: read.background,
    pastRoles: read.pastRoles,
    shortForm,
    shortFormApart: read.apart,
    // "and the home visit one?": a description that picks one of the pair is something said, though its words are read out.
    empty:
      analysis.concepts.length === 0 && analysis.unknown.length === 0 && analysis.aspects.length === 0 && pick === null,
    named: read.named,
    byName: read.byName,
    both: read.both,
    ranked: rankTopics(lexicon, analysis, read, { termList, withSummary, ownWords, ownSources: ownSources ?? [] }),
    asked: askedOnThread(lexicon, analysis, threadTerms, read, withSummary),
    coverage: coverageOf(read, analysis),
    unread,
    framed: framed(lexicon, analysis),
    comparison: asksComparison(lexicon, termList, analysis),
    forAsker: analysis.choosingForAsker,
    respectNamed: analysis.viewpoint !== null,
    ofThread: asksOfThread(analysis, pick),
    asksFor: analysis.askingWords.some((word) => WH_WORDS.has(word)),
    choosing: analysis.askingWords.some((word) => CHOOSING.has(word)),
    choosesRole: analysis.choosesRole,
    pointsAtOne: pointsAtOne(analysis.askingWords),
    contrast: setsAgainst(lexicon, termList, analysis, read.contrast),
    identity: analysis.identity,
    picked(roles) {
      return pickedRole(lexicon, pick, roles);
    },
    pickedInOrder(discussed) {
      return pick !== null && 'place' in pick ? pickedRole(lexicon, pick, discussed) : undefined;
    },
    subjectNamed: roleBeforeComparing(analysis.concepts, lexicon),
    aspects: analysis.aspects,
    gapAspects: analysis.gapAspects,
    saidAspects: analysis.saidAspects,
    askedOf: askedOf(analysis),
    laterOf: analysis.later,
  };
}

/** A question in another language has no subject we can read: in a thread, the thread's is the likeliest. */
const framed = (lexicon: Lexicon, analysis: Analysis) =>
  analysis.foreign || analysis.unknown.every((word) => framingWord(lexicon, word));

/** A choice weighed for the asker is between our two roles, whatever else it names ("which of these fits me"). */
const asksComparison = (lexicon: Lexicon, termList: readonly string[], analysis: Analysis) =>
  termList.some((term) => lexicon.comparison.has(term)) || analysis.choosingForAsker;

/** Asked of what points back, of something counted, of whether something exists, or of one of the pair picked. */
const asksOfThread = (analysis: Analysis, pick: ReturnType<typeof pickIn>) =>
  analysis.pointerAsked || (analysis.toCount ?? []).length > 0 || existsOfThread(analysis) || pick !== null;

/** "the same thing as a care manager" sets one title against another as "the same as" does. */
const setsAgainst = (lexicon: Lexicon, termList: readonly string[], analysis: Analysis, contrast: boolean) =>
  contrast || termList.some((term) => lexicon.contrast.has(term)) || analysis.likened.length > 0;

/**
 * A question whether something exists that names no role and no subject of its own ("is there a shortcut?", "ugh. any
 * workaround?"): asked of the thread, as a pointer's question is.
 */
const existsOfThread = (analysis: Analysis) =>
  analysis.existential &&
  !analysis.concepts.some((c) => c.kind === 'role' || c.kind === 'job' || c.kind === 'short-form');

/** A word that leaves a question's frame readable: a common word of English, or one near a topic in meaning. */
const framingWord = (lexicon: Lexicon, word: string) =>
  isCommonWord(shippedWordVectors(), word) || lexicon.related(word).length > 0;

/** "this one", "that one": one of the choices the thread offered. */
const pointsAtOne = (words: readonly string[]) =>
  words.some((word, i) => DEMONSTRATIVE.has(word) && words[i + 1] === 'one');

/** The share of a question's concepts and words that we know (1 when it has none). */
function coverageOf(read: ReturnType<typeof readConcepts>, { unknown, aspects }: Analysis): number {
  // The asker's own past job is understood: "does my time as a paramedic count" is about the thread's role.
  const known = read.terms.size + read.named.size + read.factWords.size + aspects.length + (read.background ? 1 : 0);
  return known + unknown.length === 0 ? 1 : known / (known + unknown.length);
}

/**
 * Whether a role is named, then taken up by a pointer, before the first word that compares or sets one thing against
 * another ("what about case managers, is *their* pay higher or lower?"): the pointer makes the role the subject
 * compared. "is case higher or lower" (no pointer) still sets the role against the thread's.
 */
function roleBeforeComparing(concepts: readonly Concept[], lexicon: Lexicon): boolean {
  const at = concepts.findIndex((c) => compares(lexicon, c));
  const role = concepts.findIndex((c) => c.kind === 'role');
  if (role < 0 || at <= role) return false;
  // So does "what about" turning to it ("what about case managers, same kind of places?"): it is what is asked about.
  const turned = concepts[role - 1];
  if (turned?.kind === 'reference' && turned.turnsTo) return true;
  return concepts.slice(role + 1, at).some((c) => c.kind === 'reference');
}

/**
 * A question a topic's summary says it answers ("who do they work for") is that topic's: the words it asks with count
 * for it (SUMMARY_WEIGHT), not for their own topics. The terms left to score, and what adds the summary's weight.
 */
function readSummary(
  summaries: readonly SummaryQuestion[],
  analysis: Pick<Analysis, 'contextTerms' | 'laterTerms' | 'askingWords'>,
  terms: ReadonlySet<string>,
  termOfWord: (word: string) => string | undefined,
) {
  const askedHere = new Set([...terms].filter(askedInQuestion(analysis)));
  const summary = summaryAsked(summaries, analysis.askingWords, askedHere, termOfWord);
  const termList = [...terms].filter((term) => !summary?.terms.includes(term));
  return {
    termList,
    withSummary(scores: Map<TopicId, number>) {
      return summary ? scores.set(summary.topic, scores.get(summary.topic)! + SUMMARY_WEIGHT) : scores;
    },
  };
}

/** The term one stemmed word is read as on its own ("employed" is the setting's), if any. */
const termOf = (lexicon: Lexicon) => (word: string) => {
  const concept = lexicon.phrases.get(word);
  return concept?.kind === 'term' ? concept.term : undefined;
};

/**
 * The topics a question alone ranks, best first: its terms' scores, with what its credentials, a summary it asks and
 * the words its facts state together add.
 */
function rankTopics(
  lexicon: Lexicon,
  analysis: Analysis,
  read: ReturnType<typeof readConcepts>,
  asked: ReturnType<typeof readSummary> & { ownWords: ReadonlySet<string>; ownSources: readonly TopicId[] },
): [TopicId, number][] {
  const { termList, withSummary, ownWords, ownSources } = asked;
  const scores = withSummary(
    withCredentials(
      scoreTopics(lexicon, analysis, termList, read.factWords, analysis.unknown),
      lexicon,
      read.credentials,
    ),
  );
  for (const topic of ownSources) scores.set(topic, scores.get(topic)! + OWN_SOURCE_WEIGHT);
  const terms = [...termList, ...factsOnly(analysis.askingWords, lexicon, ownWords)];
  return [...withFactsTogether(scores, lexicon, analysis, terms, read.named)]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** Whether a term is asked by the question answered: not only context around it, nor a later question's. */
const askedInQuestion =
  ({ contextTerms, laterTerms }: Pick<Analysis, 'contextTerms' | 'laterTerms'>) =>
  (term: string) =>
    !contextTerms.has(term) && !laterTerms.has(term);

/**
 * A credential only one role has points, through that role's facts, to what it is about ("is the CCDS required?" asks
 * about certification, whatever word asks it): CREDENTIAL_WEIGHT over the topics whose facts name it, shared by how
 * many facts of each name any of the role's credentials. Counted, not scored, and over them all: a short fact naming
 * one in passing ("holders of the CCRC get $1.25 more an hour") weighs less than the facts on who must hold which.
 */
function withCredentials(
  scores: Map<TopicId, number>,
  lexicon: Lexicon,
  credentials: ReadonlyArray<{ word: string; role: RoleId }>,
): Map<TopicId, number> {
  const seen = new Set<string>();
  for (const { word, role } of credentials) {
    if (seen.has(word)) continue;
    seen.add(word);
    const pooled = lexicon.factWords.factsUsing(credentialsOf(lexicon, role));
    const evidence = [...lexicon.factWords.factsUsing([word]).keys()].map(
      (topic) => [topic, pooled.get(topic)!] as const,
    );
    const total = evidence.reduce((sum, [, count]) => sum + count, 0);
    for (const [topic, count] of evidence)
      scores.set(topic, (scores.get(topic) ?? 0) + (CREDENTIAL_WEIGHT * count) / total);
  }
  return scores;
}

/** The stemmed one-word credentials of each role ("ccrc", "ccrp"), per lexicon. */
const credentialsByLexicon = new WeakMap<Lexicon, Map<RoleId, string[]>>();

function credentialsOf(lexicon: Lexicon, role: RoleId): string[] {
  let byRole = credentialsByLexicon.get(lexicon);
  if (!byRole) {
    byRole = new Map();
    for (const concept of lexicon.phrases.values())
      if (concept.kind === 'role' && concept.credential)
        byRole.set(concept.role, [...new Set([...(byRole.get(concept.role) ?? []), concept.credential])]);
    credentialsByLexicon.set(lexicon, byRole);
  }
  return byRole.get(role) ?? [];
}

/**
 * What a follow-up itself asks, scored against the thread it follows: its own terms (askedTerms), "it" and what the
 * thread's facts state together for the thread's topic.
 */
function askedOnThread(
  lexicon: Lexicon,
  analysis: Analysis,
  terms: string[],
  { factWords, credentials }: Pick<ReturnType<typeof readConcepts>, 'factWords' | 'credentials'>,
  withSummary: (scores: Map<TopicId, number>) => Map<TopicId, number>,
): Reading['asked'] {
  return (thread, roles, thing = true) => {
    // A credential the thread's facts do not name asks about itself, as an organisation's term does ("do they need
    // the CCRC?" after the duties); one they name is said there ("and if I have my CIC?" after the pay differential).
    const own = credentials.filter(
      ({ word }) => !roles.some((role) => lexicon.factWords.wordsOf(thread, role).has(word)),
    );
    const scores = withSummary(
      withCredentials(scoreTopics(lexicon, analysis, terms, [], [], thread, thing), lexicon, own),
    );
    return withThreadFacts(scores, lexicon, analysis, [...terms, ...factWords], { topic: thread, roles });
  };
}

/**
 * A question word asking of a pointer at the thread's roles what they do ("what do they actually do in there"): the
 * main verb "do" asks what they do, not only shapes the question; "do they do that remotely" does it of the thread's thing.
 */
const doneAsked = (analysis: Analysis) =>
  analysis.pointerAsked && analysis.askingWords.some((word) => WH_WORDS.has(word));

/** Adds `amount` to the topics of `term`, shared by that term's weights (ACTIVITY_WEIGHT, TRAIT_WEIGHT). */
function addShared(scores: Map<TopicId, number>, lexicon: Lexicon, term: string, amount: number): void {
  const topics = lexicon.termTopics.get(term) ?? [];
  const total = topics.reduce((sum, t) => sum + t.weight, 0);
  for (const { topic, weight } of topics) scores.set(topic, scores.get(topic)! + (amount * weight) / total);
}

/**
 * What the topic whose facts state more of the question's terms together than the best-scoring topic's do gains: "how
 * many years of supervised experience for the care manager cert" names the experience, but one topic's facts (the
 * certification's requirements) state the years, the supervision, the experience and the certification together.
 * Higher lets the facts' company of words overrule the lists' weights; lower leaves it to break near ties only.
 */
const FACTS_TOGETHER_WEIGHT = 1.5;
/**
 * Terms the facts must state together before their company counts: one word alone is what the weights measure. Lower
 * lets two words that happen to meet in a fact move the topic; higher leaves more questions to the weights alone.
 */
const MIN_TERMS_TOGETHER = 3;

/**
 * The scores with FACTS_TOGETHER_WEIGHT added to the one topic whose facts (of the roles named, else of the main pair)
 * state the most of the asking sentence's terms, when it states more of them than the best-scoring topic's facts.
 */
function withFactsTogether(
  scores: Map<TopicId, number>,
  lexicon: Lexicon,
  { contextTerms, laterTerms }: Pick<Analysis, 'contextTerms' | 'laterTerms'>,
  terms: readonly string[],
  named: ReadonlySet<RoleId>,
): Map<TopicId, number> {
  // What the asking sentence asks: not the context around it, nor the words that compare or only shape a question.
  const asked = askedInQuestion({ contextTerms, laterTerms });
  const asking = terms.filter((term) => !onlyShapesQuestion(lexicon, term) && asked(term));
  if (asking.length < MIN_TERMS_TOGETHER) return scores;
  const roles = named.size > 0 ? [...named, BOTH] : [...lexicon.roles.mainPair, BOTH];
  const stated = (topic: TopicId) => termsStated(lexicon, topic, roles, asking).length;
  const counts = [...scores].filter(([, score]) => score > 0).map(([topic]) => [topic, stated(topic)] as const);
  const best = [...scores].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const [most, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!most || most[0] === best || most[1] < MIN_TERMS_TOGETHER || (second && second[1] === most[1])) return scores;
  if (most[1] <= stated(best)) return scores;
  return new Map(scores).set(most[0], scores.get(most[0])! + FACTS_TOGETHER_WEIGHT);
}

/**
 * Terms of a follow-up the thread's facts must state before their company keeps the thread on its topic: fewer than
 * MIN_TERMS_TOGETHER, as the thread already speaks of it. Higher lets a word of another topic take the thread's
 * follow-up away ("experience" from the exam that requires it); lower keeps a thread on one shared word.
 */
const MIN_TERMS_THREAD_STATES = 2;

/**
 * A follow-up's scores with FACTS_TOGETHER_WEIGHT added to the thread's topic when its facts (for the thread's roles)
 * state at least MIN_TERMS_THREAD_STATES of what the asking sentence asks: "how many years of case management
 * experience exactly" after a certification asks about the certification's requirement, which states the years and
 * the experience. Not when the thread is about the role itself: its overview says a little of everything.
 */
function withThreadFacts(
  scores: Map<TopicId, number>,
  lexicon: Lexicon,
  { contextTerms, laterTerms }: Pick<Analysis, 'contextTerms' | 'laterTerms'>,
  terms: readonly string[],
  thread: { topic: TopicId; roles: readonly RoleId[] },
): Map<TopicId, number> {
  if (aboutRole(lexicon, thread.topic)) return scores;
  const asking = terms.filter(askedInQuestion({ contextTerms, laterTerms }));
  const stated = termsStated(lexicon, thread.topic, [...thread.roles, BOTH], asking);
  if (stated.length < MIN_TERMS_THREAD_STATES) return scores;
  return new Map(scores).set(thread.topic, scores.get(thread.topic)! + FACTS_TOGETHER_WEIGHT);
}

/** The terms the topic's facts for one of the roles state, every word of a term in the same role's facts. */
function termsStated(lexicon: Lexicon, topic: TopicId, roles: readonly RoleId[], terms: readonly string[]): string[] {
  const words = roles.map((role) => lexicon.factWords.wordsOf(topic, role));
  return terms.filter((term) => words.some((w) => term.split(' ').every((part) => w.has(part))));
}

/**
 * The words of the sentences that ask that no topic term is and only one topic's facts use (nor a role's name): "do
 * case managers have to *follow* the hospital's *policies*" is what the definition states together ("must follow that
 * facility's rules and policies"). A word several topics' facts use ("minimum") tells none of them apart.
 */
function factsOnly(words: readonly string[], lexicon: Lexicon, ownWords: ReadonlySet<string>): string[] {
  const only = words.filter(
    (word) =>
      lexicon.factWords.has(word) &&
      [...lexicon.factWords.topics([word])].length === 1 &&
      lexicon.phrases.get(word)?.kind !== 'term' &&
      !lexicon.stopwords.has(word) &&
      !ownWords.has(word),
  );
  return [...new Set(only)];
}

/**
 * Adds to `read.named` the roles a question names other than by their names: a short form, "both", an organisation
 * or a name only one role's facts use. Returns the roles a short form left open (readShortForms).
 */
function nameRoles(read: ReturnType<typeof readConcepts>, lexicon: Lexicon, insideFacility: boolean): RoleId[] {
  const { named, byName, organisations, factWords } = read;
  // A short form beside a credential of one of its roles is that role: "what does NCM stand for, is it the same as CM".
  for (const candidates of read.shortForms)
    for (const role of candidates)
      if (read.credentialRoles.has(role) && !candidates.some((other) => byName.has(other))) {
        named.add(role);
        byName.add(role);
      }
  const shortForm = readShortForms(read.shortForms, named, byName, tiedRoles(read.terms, insideFacility, lexicon));
  // Read alone, "both" is the main pair; a follow-up reads it as the pair its conversation is about.
  if (read.both) for (const role of lexicon.roles.mainPair) named.add(role);
  // Another job named outright decides before an organisation does: "do nurse practitioners need ANCC certification".
  if (read.otherJob && named.size === 0) organisations.clear();
  // An organisation names its role only when no role is named: "does a care manager need the CCM?" is about care managers.
  if (named.size === 0) for (const role of organisations) named.add(role);
  // So does a name only one role's facts use (a credential a hospital's policy names): "do I need the NDN?".
  if (named.size === 0)
    for (const word of factWords) {
      const role = lexicon.factWords.roleNamed(word);
      if (role) named.add(role);
    }
  return shortForm;
}

/** What the sentences that ask ask for, as unsaid.ts reads it. */
function askedOf(analysis: Analysis): Reading['askedOf'] {
  return {
    words: analysis.asked,
    aspects: analysis.aspectWords,
    time: analysis.asksTime,
    all: analysis.askingWords,
    before: analysis.statedBefore,
    askersOwn: analysis.askersOwn,
    traits: analysis.traits,
    toCount: analysis.toCount ?? [],
    names: analysis.names,
    likened: analysis.likened,
    predicate: analysis.predicate,
  };
}

/**
 * The words of another language we could not read (`unread`: other-language.ts) are none of what is asked: that the
 * facts do not write "estudiando" says nothing of what it asks, and "I am *estudiando*" says no quality of the asker.
 */
function withoutUnread(analysis: Analysis, unread: ReadonlySet<string> | null): Analysis {
  if (unread === null || unread.size === 0) return analysis;
  const read = ({ word }: { word: string }) => !unread.has(normalize(word));
  const unreadStems = new Set([...unread].map(stem));
  const { predicate, toCount } = analysis;
  return Object.assign({}, analysis, {
    asked: analysis.asked.filter(read),
    traits: analysis.traits.filter((trait) => !unreadStems.has(trait)),
    toCount: toCount === null ? null : toCount.filter(read),
    names: analysis.names.filter(read),
    likened: analysis.likened.filter(read),
    predicate: predicate && [predicate.verb, ...predicate.object].every(read) ? predicate : null,
  });
}

/**
 * The roles a message's setting ties it to (setting.ts): those said to work for an employer it names ("at the
 * *hospital*", "*inpatient*"), and, inside a facility (a unit, a floor, a role's department), those said to work for any.
 */
function tiedRoles(terms: ReadonlySet<string>, insideFacility: boolean, lexicon: Lexicon): Set<RoleId> {
  const tied = new Set<RoleId>();
  const facilities = insideFacility ? facilityTerms(lexicon) : [];
  for (const [term, roles] of lexicon.employers)
    if (terms.has(term) || facilities.includes(term)) for (const role of roles) tied.add(role);
  return tied;
}

/** The terms the lists read for English's "hospital" and "facility": what a unit, a floor or a department is part of. */
const facilityTerms = (lexicon: Lexicon): string[] =>
  FACILITIES.flatMap((word) => {
    const concept = lexicon.phrases.get(word);
    return concept?.kind === 'term' ? [concept.term] : [];
  });
const FACILITIES = ['hospital', 'facility'];

/**
 * Short forms several roles are written as ("CM"; one set against a role by a joiner was read in analyze.ts). With
 * one of those roles named by name elsewhere in the message, it is that one ("the director of CM... our RN case
 * managers"); otherwise, read alone, it names them all, and those left open are returned for a conversation to
 * decide (see follow-up.ts).
 */
function readShortForms(
  shortForms: RoleId[][],
  named: Set<RoleId>,
  byName: Set<RoleId>,
  tied: ReadonlySet<RoleId>,
): RoleId[] {
  const open = new Set<RoleId>();
  for (const candidates of shortForms) {
    if (candidates.some((role) => byName.has(role))) continue;
    // Set where only one of them works ("our inpatient CM team"), it is that one, and no conversation decides.
    const where = candidates.filter((role) => tied.has(role));
    if (where.length === 1) {
      named.add(where[0]!);
      byName.add(where[0]!);
      continue;
    }
    for (const role of candidates) {
      open.add(role);
      named.add(role);
      byName.add(role);
    }
  }
  return [...open];
}

/**
 * In a follow-up, only what the message itself asks for can change the topic: not the words that compare, the
 * vague ones, those that only shape a question ("what is", when no role is named), or the facts' own words.
 */
function askedTerms(lexicon: Lexicon, terms: readonly string[], namesRole: boolean, doneAsked: boolean): string[] {
  return terms.filter(
    (term) =>
      !lexicon.comparison.has(term) &&
      !lexicon.generic.has(term) &&
      (namesRole || (doneAsked && term === DO) || !lexicon.questionForms.has(term)),
  );
}

function addTerm(
  scores: Map<TopicId, number>,
  lexicon: Lexicon,
  analysis: Pick<Analysis, 'contextTerms' | 'laterTerms' | 'activityObjects' | 'adjunctTerms' | 'roleModifiers'>,
  term: string,
): void {
  const { contextTerms, laterTerms, activityObjects, adjunctTerms, roleModifiers } = analysis;
  const share =
    (laterTerms.has(term) ? LATER_QUESTION_SHARE : contextTerms.has(term) ? CONTEXT_SHARE : 1) *
    (adjunctTerms.has(term) ? ADJUNCT_SHARE : 1) *
    (roleModifiers.has(term) ? ROLE_MODIFIER_SHARE : 1);
  const doing = new Set((lexicon.termTopics.get(DO) ?? []).map((t) => t.topic));
  for (const { topic, weight } of lexicon.termTopics.get(term) ?? []) {
    const object = activityObjects.has(term) && !doing.has(topic) ? ACTIVITY_OBJECT_SHARE : 1;
    scores.set(topic, scores.get(topic)! + weight * share * object);
  }
}

/** Whether a topic is about the role itself: its overview, or what it does (the topics of the term "do"). */
const aboutRole = (lexicon: Lexicon, topic: TopicId) =>
  topic === lexicon.roles.overview || (lexicon.termTopics.get(DO) ?? []).some((t) => t.topic === topic);

/**
 * English's verbs whose subject is what makes a difference to something ("does the degree *matter*", "does that
 * *change* anything"), stemmed as analyze.ts stems.
 */
const BEARS_ON = new Set(['matter', 'change', 'affect', 'impact', 'influence']);
/** Words that may follow such a verb and name nothing it bears on: "change *anything*", "matter *that much*". */
const BORNE_VAGUELY = new Set([
  'anything',
  'much',
  'that',
  'a',
  'lot',
  'at',
  'all',
  'really',
  'thing',
  'any',
  'tho',
  'though',
]);

/**
 * A yes-or-no question whose verb asks whether its subject makes a difference, and names nothing after it that the
 * difference is to ("does the degree level change anything", "does the BSN really matter?"): what it bears on is left
 * to the thread. "does experience affect pay" names it.
 */
function asksBearing(words: readonly string[]): boolean {
  if (!YES_NO_OPENERS.has(words[0] ?? '') || words.some((word) => WH_WORDS.has(word))) return false;
  const verb = words.findIndex((word) => BEARS_ON.has(word));
  return verb > 1 && words.slice(verb + 1).every((word) => BORNE_VAGUELY.has(word));
}

/** Whether a message has a thing's pronoun ("it", "that", "that one"). */
const thingPointer = ({ concepts }: Pick<Analysis, 'concepts'>) =>
  concepts.some((c) => c.kind === 'reference' && c.thing);

/** Whether a follow-up points at what the thread's topic is about ("it", "that one"), the thread not about the role. */
const pointsAtThing = (lexicon: Lexicon, analysis: Pick<Analysis, 'concepts'>, thread: TopicId) =>
  !aboutRole(lexicon, thread) && thingPointer(analysis);

/**
 * Sums the evidence for each topic. A word that qualifies a topic's aspect ("new grad" for pay) does not compete
 * with that topic when the question (or the thread it follows) is about it: "what do new grad case managers make"
 * is about pay.
 */
function scoreTopics(
  lexicon: Lexicon,
  analysis: Analysis,
  terms: readonly string[],
  factWords: Iterable<string>,
  related: readonly string[],
  thread?: TopicId,
  thing = true,
): Map<TopicId, number> {
  const { qualifiers } = analysis;
  const scores = new Map<TopicId, number>(lexicon.topicIds.map((id) => [id, 0]));
  for (const term of terms) if (!qualifiers.has(term)) addTerm(scores, lexicon, analysis, term);
  for (const [topic, score] of lexicon.factWords.topics(factWords))
    scores.set(topic, scores.get(topic)! + FACT_WORD_WEIGHT * score);
  addAskedShape(scores, lexicon, analysis, thread, thing);
  addAspects(scores, analysis, thread);
  addReceived(scores, lexicon, analysis);
  for (const term of terms) {
    const qualifies = qualifiers.get(term);
    if (qualifies && !qualifies.some((a) => a.onlyWith?.some((topic) => topic === thread || scores.get(topic)! > 0))) {
      addTerm(scores, lexicon, analysis, term);
    }
  }
  // Words close in meaning tip the scores after the qualifiers are read: "can new grads get *hired*" is not about pay
  // because "hired" is near "salary" in the vectors, so "new grad" still asks the experience.
  for (const word of related)
    for (const { topic, weight } of lexicon.related(word)) scores.set(topic, scores.get(topic)! + weight);
  return scores;
}

/**
 * "do they get mileage", "do case managers get a company car": what a job gives its people is its pay and benefits,
 * unless the thing already reads as one ("get *tuition reimbursement*" is the benefits' aspect: its other words decide).
 */
function addReceived(scores: Map<TopicId, number>, lexicon: Lexicon, analysis: Analysis): void {
  const given = lexicon.termTopics.get(BENEFIT) ?? [];
  if (analysis.received && given.every(({ topic }) => scores.get(topic) === 0))
    addShared(scores, lexicon, BENEFIT, RECEIVED_WEIGHT);
}

/** What the question's shape asks of a topic: an activity, a trait, a choice, the role's own people, the thread's "it". */
function addAskedShape(
  scores: Map<TopicId, number>,
  lexicon: Lexicon,
  analysis: Analysis,
  thread: TopicId | undefined,
  thing: boolean,
): void {
  const { activities, traits, knowing, choosingFor } = analysis;
  // Read alone, "do" as the verb counts as its term already; in a follow-up, where "do" only shapes a question
  // ("what do they do?"), "do they *do* utilization review?" still asks what the role does.
  if (activities.some((verb) => thread !== undefined || !lexicon.auxiliaries.has(verb)))
    addShared(scores, lexicon, DO, ACTIVITY_WEIGHT);
  if (traits.length > 0) addShared(scores, lexicon, SKILL, TRAIT_WEIGHT);
  if (knowing) addShared(scores, lexicon, SKILL, KNOWING_WEIGHT);
  // "how many case managers are there": the role's own people are counted, a question about the role itself.
  if (analysis.countsRole)
    scores.set(lexicon.roles.overview, scores.get(lexicon.roles.overview)! + ROLE_COUNTED_WEIGHT);
  // A class that is an aspect of the work ("considered a high-stress job") asks that aspect, weighed in scoreTopics.
  if (analysis.classesRole && analysis.aspects.length === 0)
    scores.set(lexicon.roles.overview, scores.get(lexicon.roles.overview)! + ROLE_CLASSED_WEIGHT);
  if (analysis.datesRole) scores.set(lexicon.roles.overview, scores.get(lexicon.roles.overview)! + ROLE_DATED_WEIGHT);
  if (analysis.identity) scores.set(lexicon.roles.overview, scores.get(lexicon.roles.overview)! + IDENTITY_WEIGHT);
  if (analysis.viewpoint) addViewpoint(scores, lexicon, analysis.viewpoint);
  if (choosingFor) addShared(scores, lexicon, SKILL, CHOSEN_FOR_WEIGHT);
  if (analysis.company) addShared(scores, lexicon, DO, COMPANY_WEIGHT);
  // "can a surgical tech go into case management": what the job lacks for the role is its schooling first.
  if (analysis.candidate) addShared(scores, lexicon, DEGREE, CANDIDATE_WEIGHT);
  // "can I go straight in", "could I apply yet": whether the role needs time first, whatever the asker has finished.
  if (analysis.startsNow) addShared(scores, lexicon, START, STARTING_NOW_WEIGHT);
  // The roles weighed for the asker's own past ("68W here, which fits someone like me") ask what that past is worth.
  // Not when the choice names a trait of its own ("... be better if I want regular hours"): the past only says who asks.
  if (analysis.choosingForAsker && !analysis.traitAsked && analysis.concepts.some((c) => c.kind === 'background'))
    addShared(scores, lexicon, BACKGROUND, PAST_CHOSEN_FOR_WEIGHT);
  // In a thread, "it" stands for what the thread's topic is about ("can I take it with 18 months RN exp" after a
  // certification: the exam), unless the thread is about the role itself (its overview, what it does: "is it stressful").
  if (thread !== undefined && thing && pointsAtThing(lexicon, analysis, thread))
    scores.set(thread, scores.get(thread)! + THREAD_THING_WEIGHT);
}

/**
 * The respect a question names ("education-wise", viewpoint.ts): VIEWPOINT_WEIGHT over its term's topics, shared by
 * the term's weights, or over the topics its word is near in meaning.
 */
function addViewpoint(
  scores: Map<TopicId, number>,
  lexicon: Lexicon,
  { term, word }: NonNullable<Analysis['viewpoint']>,
): void {
  if (term) {
    addShared(scores, lexicon, term, VIEWPOINT_WEIGHT);
    return;
  }
  const near = lexicon.related(word);
  const total = near.reduce((sum, n) => sum + n.weight, 0);
  for (const { topic, weight } of near) scores.set(topic, scores.get(topic)! + (VIEWPOINT_WEIGHT * weight) / total);
}

/** Each aspect asked, once, on the topic it is nearest (in a thread, the thread's own topic's aspect first). */
function addAspects(scores: Map<TopicId, number>, analysis: Analysis, thread: TopicId | undefined): void {
  // Once per aspect: "on call this weekend" is one thing asked, not two.
  const weighed = new Set<Aspect>();
  for (const candidates of analysis.aspects) {
    // In a thread, a word that is an aspect of the thread's own topic means that one: "how hard is it to get?" after
    // a certification answer asks how hard the exam is, not how hard the job is.
    const own = (thread && candidates.find((a) => a.onlyWith?.includes(thread))) || candidates.find((a) => !a.onlyWith);
    // A later question's aspect is read for that question's own gaps (`laterUnsaidOf`), and points at no topic here: the
    // answer is not about it ("what do case mgrs make and can they work *remote*" is pay).
    if (analysis.laterAspects.has(candidates)) continue;
    const share = analysis.adjunctAspects.has(candidates) ? ADJUNCT_SHARE : 1;
    if (own && !weighed.has(own)) scores.set(own.nearest, scores.get(own.nearest)! + ASPECT_WEIGHT * share);
    if (own) weighed.add(own);
  }
}

const declined = (reason: MatchReason, extra: Partial<Match> = {}): Match => ({
  topic: null,
  roles: [],
  confidence: 0,
  alternatives: [],
  reason,
  ...extra,
});

/** Answers or declines a question on its own. */
function decide(reading: Reading, space: RoleSpace): Match {
  const outright = declinedOutright(reading);
  if (outright) return outright;
  const { named, ranked, coverage, offTopic } = reading;
  // "What's the difference?" names no role, yet is about both: comparing them is what the bot is for.
  // So is a choice weighed for the asker, by its grammar ("which of these fits someone like me"), whatever else it says,
  // and any choice between the roles ("which of these uses clinical skills more?"), as a comparison is.
  const aboutRoles =
    named.size > 0 ||
    (reading.comparison && coverage >= MIN_COVERAGE_WITHOUT_ROLE) ||
    reading.forAsker ||
    reading.choosesRole;
  const roles = withoutSetAside(
    named.size === 0 ? [...space.mainPair] : space.ordered(named),
    reading.setAside,
    space.mainPair,
  );
  const [best, second] = ranked;
  if (!best) return aboutRoles && !offTopic ? roleOverview(space, roles, []) : declined('no-match');
  const [topic, top] = best;
  // "which one should I pick?": a choice weighed for the asker that names no trait asks the whole comparison.
  if (reading.forAsker && !offTopic && top < MIN_TRAIT_SCORE) return roleOverview(space, roles, []);
  // Words we do not know dilute the evidence: "where is the cafeteria" is not about work settings.
  const margin = second ? (top - second[1]) / top : 1;
  const confidence = sureness(top, margin, coverage);
  // A question about one of our roles whose topic is unclear ("do case managers supervise nurses") gets the role's
  // overview with the nearest topics offered, not a refusal: it is about what the bot covers.
  if ((named.size > 0 || reading.forAsker) && !offTopic && confidence < MIN_CONFIDENCE_WITH_ROLE)
    return roleOverview(space, roles, offered(ranked.slice(0, MAX_ALTERNATIVES), coverage));
  if (tooUnsure(reading, top, confidence, aboutRoles)) {
    return declined('no-match', {
      alternatives: ranked
        .slice(0, MAX_ALTERNATIVES)
        .map(([id, s]) => ({ topic: id, confidence: round(strength(s) * DECLINED_HINT_SHARE) })),
    });
  }
  const close = ranked
    .slice(1)
    .filter(([, s]) => s >= top * CLOSE_SHARE)
    .slice(0, MAX_ALTERNATIVES);
  const runnerUp = second ? second[1] / top : 0;
  return {
    topic,
    roles,
    confidence: round(confidence),
    alternatives: offered(close, coverage),
    runnerUp,
    reason: 'matched',
  };
}

/** Topics offered beside an answer, each as sure as its score alone makes it: a runner-up has no lead of its own. */
const offered = (ranked: ReadonlyArray<[TopicId, number]>, coverage: number) =>
  ranked.map(([id, s]) => ({ topic: id, confidence: round(sureness(s, 0, coverage)) }));

/** The roles' overview, for a question about our roles with no clear topic, with the topics it may mean offered. */
const roleOverview = (space: RoleSpace, roles: RoleId[], alternatives: Match['alternatives']): Match => ({
  topic: space.overview,
  roles,
  confidence: ROLE_ONLY_CONFIDENCE,
  alternatives,
  reason: 'role-only',
});

/** What is declined whatever its topic: an empty message, a lookup, another job when none of ours is named. */
function declinedOutright(reading: Reading): Match | null {
  if (reading.empty) return declined('empty');
  // A person, a patient, an office, a phone or a schedule: whatever role it names, the bot cannot look it up. Asked to
  // act (file, send, write, refer) it says so instead: what the asker wants done is what it cannot do.
  if (reading.lookup) return declined(reading.request ? 'request' : 'lookup');
  // A job named beside a choice weighed for the asker is theirs ("nurse aide for 10 yrs, which role suits me").
  if (reading.otherJob && reading.named.size === 0 && !reading.forAsker) {
    const asked = reading.ranked[0]?.[0];
    return declined('other-job', { otherJob: reading.otherJob, ...(asked ? { askedTopic: asked } : {}) });
  }
  return null;
}

/**
 * Whether the best topic is too weak to answer: about our roles, only a low confidence (or an off-topic word with
 * little evidence) declines; about nothing of ours, any doubt does, and so does a word of another language we could
 * not read: the lists of other jobs and off-topic words are English ("cuánto gana una *enfermera*").
 */
function tooUnsure(reading: Reading, top: number, confidence: number, aboutRoles: boolean): boolean {
  const { offTopic, coverage, unread } = reading;
  const weak = top < MIN_SCORE_WITHOUT_ROLE || coverage < MIN_COVERAGE_WITHOUT_ROLE || confidence < MIN_CONFIDENCE;
  // A choice weighed for the asker is about the pair: the trait it names is answered, however thinly it is named.
  if (reading.forAsker) return offTopic && top < MIN_SCORE_OFF_TOPIC;
  return aboutRoles
    ? confidence < MIN_CONFIDENCE_WITH_ROLE || (offTopic && top < MIN_SCORE_OFF_TOPIC)
    : offTopic || unread || weak;
}
