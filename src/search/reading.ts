import type { Aspect, RoleId, TopicId } from '../knowledge/schema.ts';

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
  /** true when the topic or the roles came from the conversation's previous question. */
  usedContext?: boolean;
  /** What the question asks for that the article does not state, on the topic answered. */
  gap?: Aspect;
};

/** What a question says, before deciding: enough to answer it alone or as a follow-up. */
export type Reading = {
  empty: boolean;
  /** Roles the question names, or through an organisation it names ("NACCM"). */
  named: Set<RoleId>;
  /** Roles named by their own names ("case manager"), not by "both" or an organisation. */
  byName: Set<RoleId>;
  /** "both", "the two": the pair being discussed (the main pair when nothing else was). */
  both: boolean;
  otherJob?: string;
  offTopic: boolean;
  /** Topic scores, best first. */
  ranked: Array<[TopicId, number]>;
  /**
   * Scores without the words that compare roles or only shape a question: what a follow-up itself asks about,
   * read on the thread's topic.
   */
  asked: (thread: TopicId) => Map<TopicId, number>;
  /** Share of the question's content words the knowledge base knows (1 when there are none). */
  coverage: number;
  comparison: boolean;
  reference: boolean;
  otherRole: boolean;
  contrast: boolean;
  sameTopic: boolean;
  aspects: Aspect[][];
};
