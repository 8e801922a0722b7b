import type { Database } from './database.ts';
import { dayOf, type FeedbackRecord, type QuestionRecord } from './records.ts';

export type InsightsWriteOptions = {
  /** false: no question text is stored, only what it was about. */
  storeText: boolean;
};

/** Writes records in one statement per table: a batch costs about what one row does. */
export async function writeRecords(database: Database, questions: QuestionRecord[], feedback: FeedbackRecord[], options: InsightsWriteOptions): Promise<void> {
  const { db } = database;
  const text = (question: string) => (options.storeText ? question : null);
  if (questions.length > 0) {
    await db
      .insertInto('questions')
      .values(
        questions.map((r) => ({
          at: r.at,
          day: dayOf(r.at),
          surface: r.surface,
          kind: r.kind,
          topic: r.topic,
          roles: r.roles.join(','),
          confidence: r.confidence,
          covered: r.covered ? 1 : 0,
          used_context: r.usedContext ? 1 : 0,
          latency_ms: r.latencyMs,
          question: text(r.question),
        })),
      )
      .execute();
  }
  if (feedback.length > 0) {
    await db
      .insertInto('feedback')
      .values(feedback.map((r) => ({ at: r.at, day: dayOf(r.at), vote: r.vote, topic: r.topic, roles: r.roles.join(','), question: text(r.question) })))
      .execute();
  }
}
