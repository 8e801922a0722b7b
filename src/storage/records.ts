/**
 * What is recorded for insights, as plain data: the Slack layer fills these in from the answer the user got
 * (its outcome), without knowing the engine. No Slack user id is ever part of a record.
 */
export type Surface = 'slash' | 'mention' | 'dm' | 'button' | 'shortcut' | 'unprompted';

export type QuestionRecord = {
  at: number;
  surface: Surface;
  /** The answer's kind: answer, declined, empty, smalltalk. */
  kind: string;
  topic: string | null;
  roles: string[];
  confidence: number;
  covered: boolean;
  usedContext: boolean;
  latencyMs: number;
  /** The question as asked; dropped before storing when INSIGHTS_STORE_TEXT is false. */
  question: string;
};

/** A 👍/👎 and the answer it was about. */
export type FeedbackRecord = {
  at: number;
  vote: 'up' | 'down';
  topic: string | null;
  roles: string[];
  question: string;
  /** How the answer voted on was asked, when its button said (answers given unasked); absent otherwise. */
  surface?: Surface;
};

/** Takes records without waiting: writing them never delays an acknowledgement or a reply. */
export type Recorder = {
  question(record: QuestionRecord): void;
  feedback(record: FeedbackRecord): void;
  /** Resolves once everything taken so far was written (or counted as lost): shutdown waits for it. */
  flush(): Promise<void>;
  /** Records that could not be stored since start (database gone, queue full). */
  readonly lost: number;
};

/** The UTC day of a time, as records are counted per day. */
export const dayOf = (at: number): string => new Date(at).toISOString().slice(0, 10);
