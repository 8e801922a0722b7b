import { ROLE_IDS, TOPIC_IDS, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import { analyze } from './analyze.ts';
import { buildLexicon } from './lexicon.ts';
import { createSpeller } from './spelling.ts';

export type MatchReason = 'matched' | 'role-only' | 'other-job' | 'no-match' | 'empty';

export type Match = {
  /** null when the bot declines. */
  topic: TopicId | null;
  /** The role the question names; both when it names both or neither; empty when declined. */
  roles: RoleId[];
  /** 0..1: how sure the matcher is of `topic`. */
  confidence: number;
  /** Close runners-up, for "did you mean"; when declined, the nearest topics if any. */
  alternatives: Array<{ topic: TopicId; confidence: number }>;
  reason: MatchReason;
  /** The other occupation a declined question was about. */
  otherJob?: string;
};

/** What a term counts for when it only appears in the context before the asking sentence. */
const CONTEXT_SHARE = 0.5;
/** Weight of a word from a topic's facts, shared among the topics whose facts use it. */
const FACT_WORD_WEIGHT = 0.3;
/** Evidence a question needs, when it names neither role, before the bot answers rather than declines. */
const MIN_SCORE_WITHOUT_ROLE = 1;
/** Below this the bot declines a question that names neither role. */
const MIN_CONFIDENCE = 0.35;
/** A question that names a role is about our roles: it is answered unless the evidence is this thin. */
const MIN_CONFIDENCE_WITH_ROLE = 0.2;
/** Share of a question's content words we must know, when it names neither role, to answer it. */
const MIN_COVERAGE_WITHOUT_ROLE = 0.5;
/** An off-topic word ("password", "PTO") is outweighed only by a named role and this much evidence. */
const MIN_SCORE_OFF_TOPIC = 1.5;
/** A runner-up within this share of the best score is offered as "did you mean". */
const CLOSE_SHARE = 0.6;
const MAX_ALTERNATIVES = 3;
/** Confidence given to a question that names a role and nothing else ("care manager?"): it gets the overview. */
const ROLE_ONLY_CONFIDENCE = 0.5;

/** Turns summed term weights into 0..1: one strong term gives about 0.8, two near certainty. */
function strength(score: number): number {
  return 1 - Math.exp(-1.5 * score);
}

const round = (value: number) => Math.round(value * 100) / 100;

export type Matcher = { match(question: string): Match };

export function createMatcher(kb: KnowledgeBase): Matcher {
  const lexicon = buildLexicon(kb);
  const correct = createSpeller(lexicon.words);

  return {
    match(question) {
      const { concepts, unknown, contextTerms } = analyze(question, lexicon, correct);
      const declined = (reason: MatchReason, extra: Partial<Match> = {}): Match => ({
        topic: null,
        roles: [],
        confidence: 0,
        alternatives: [],
        reason,
        ...extra,
      });
      if (concepts.length === 0 && unknown.length === 0) return declined('empty');

      const named = new Set<RoleId>();
      const terms = new Set<string>();
      let otherJob: string | undefined;
      let offTopic = false;
      const factWords = new Set<string>();
      for (const concept of concepts) {
        if (concept.kind === 'role') named.add(concept.role);
        else if (concept.kind === 'both-roles') ROLE_IDS.forEach((role) => named.add(role));
        else if (concept.kind === 'job') otherJob ??= concept.phrase;
        else if (concept.kind === 'off-topic') offTopic = true;
        else if (concept.kind === 'fact-word') factWords.add(concept.word);
        else terms.add(concept.term);
      }
      const roles = named.size === 1 ? [...named] : [...ROLE_IDS];
      if (otherJob && named.size === 0) return declined('other-job', { otherJob });

      const scores = new Map<TopicId, number>(TOPIC_IDS.map((id) => [id, 0]));
      for (const term of terms) {
        for (const { topic, weight } of lexicon.termTopics.get(term) ?? []) {
          scores.set(topic, scores.get(topic)! + weight * (contextTerms.has(term) ? CONTEXT_SHARE : 1));
        }
      }
      for (const word of factWords) {
        const topics = lexicon.factWords.get(word)!;
        for (const topic of topics) scores.set(topic, scores.get(topic)! + FACT_WORD_WEIGHT / topics.length);
      }
      const ranked = [...scores].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
      const [best, second] = ranked;

      if (!best) {
        return named.size > 0 && !offTopic
          ? { topic: 'definition', roles, confidence: ROLE_ONLY_CONFIDENCE, alternatives: [], reason: 'role-only' }
          : declined('no-match');
      }
      const [topic, top] = best;
      // Words we do not know dilute the evidence: "where is the cafeteria" is not about work settings.
      const known = terms.size + named.size + factWords.size;
      const coverage = known / (known + unknown.length);
      const margin = second ? (top - second[1]) / top : 1;
      const confidence = strength(top) * (0.65 + 0.35 * margin) * (0.6 + 0.4 * coverage);
      const alternatives = ranked
        .slice(1)
        .filter(([, s]) => s >= top * CLOSE_SHARE)
        .slice(0, MAX_ALTERNATIVES)
        .map(([id, s]) => ({ topic: id, confidence: round(strength(s) * 0.65 * (0.6 + 0.4 * coverage)) }));

      const unsure =
        named.size > 0
          ? confidence < MIN_CONFIDENCE_WITH_ROLE || (offTopic && top < MIN_SCORE_OFF_TOPIC)
          : offTopic || top < MIN_SCORE_WITHOUT_ROLE || coverage < MIN_COVERAGE_WITHOUT_ROLE || confidence < MIN_CONFIDENCE;
      if (unsure) {
        return declined('no-match', {
          alternatives: ranked.slice(0, MAX_ALTERNATIVES).map(([id, s]) => ({ topic: id, confidence: round(strength(s) * 0.5) })),
        });
      }
      return { topic, roles, confidence: round(confidence), alternatives, reason: 'matched' };
    },
  };
}
