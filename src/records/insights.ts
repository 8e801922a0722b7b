// The insights report's shape, apart from the queries that fill it: cards and the CLI read it without the
// database layer (and its driver types) coming along.

/** What the HR team did with the questions the article could not answer: the insights report's part. */
export type EscalationInsights = {
  /** Questions sent to the HR team ("Ask the HR team"). */
  escalated: number;
  /** Answered by a person: candidates for the knowledge base, newest first (text kept per INSIGHTS_RETENTION_DAYS). */
  answeredByHr: Array<{
    /** The short id `npm run kb -- add-answer <id>` takes: the escalation id's first characters. */
    id: string;
    question: string;
    answer: string;
    answeredAt: string;
  }>;
  /** Sent more than WAITING_AFTER_DAYS ago and not answered yet, oldest first. */
  waiting: Array<{ question: string; askedAt: string; days: number }>;
};

/** A source of the knowledge base past its review date (from the knowledge the caller loaded, not the database). */
// Computed from the knowledge by the caller (storage knows no knowledge); one type for both.
import type { OverdueSource } from '../knowledge/dates.ts';
export type { OverdueSource };

export type Counted<K extends string> = { [key in K]: string } & { count: number };

/** What `npm run insights`, the admins' App Home and the playground show, read from the record. */
export type InsightsReport = EscalationInsights & {
  /** From when (ISO time), or null for everything recorded. */
  since: string | null;
  /** Every question that got a reply; answered + notCovered + declined + smalltalk. */
  questions: number;
  /** Answered from the source, fully. */
  answered: number;
  /** Answered with the nearest topic, saying what the source does not cover. */
  notCovered: number;
  /** Not a question the bot answers (another job, off topic, empty). */
  declined: number;
  smalltalk: number;
  /** Read with the conversation's earlier question. */
  usedContext: number;
  feedback: { up: number; down: number };
  /** The votes on answers given unasked (ANSWER_CHANNELS), part of `feedback`: whether a channel wants them. */
  unpromptedFeedback: { up: number; down: number };
  topics: Array<Counted<'topic'>>;
  /** How questions were asked: slash, mention, dm, button, shortcut, unprompted. */
  surfaces: Array<Counted<'surface'>>;
  days: Array<Counted<'day'>>;
  /** Grouped: the same question in different words counts once, shown in its most frequent wording. */
  mostAsked: Array<Counted<'question'>>;
  /** Declined and not-covered questions, most frequent first. */
  unanswered: Array<Counted<'question'> & { reason: 'declined' | 'not covered' }>;
  /** 👎 answers with their question, most frequent first. */
  downvoted: Array<Counted<'question'> & { topic: string | null; roles: string[] }>;
  /** Sources whose facts nobody has checked within their review interval, most overdue first. */
  overdueSources: OverdueSource[];
};
