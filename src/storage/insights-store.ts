import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { dayOf, type FeedbackRecord, type QuestionRecord } from './records.ts';
import type { Tables } from './schema.ts';

export type InsightsWriteOptions = {
  /** false: no question text is stored, only what it was about. */
  storeText: boolean;
};

/** Adds up a batch by key first: one upsert may not touch the same row twice (PostgreSQL refuses it). */
function tally<T extends Record<string, unknown>>(rows: T[], key: (row: T) => string): Array<T & { count: number }> {
  const counted = new Map<string, T & { count: number }>();
  for (const row of rows) {
    const k = key(row);
    const seen = counted.get(k);
    if (seen) seen.count++;
    else counted.set(k, { ...row, count: 1 });
  }
  return [...counted.values()];
}

/** The per-day counts (and texts) the report reads, moved on by a batch of questions. */
async function addToRollups(db: Kysely<Tables>, questions: QuestionRecord[], storeText: boolean): Promise<void> {
  const counts = tally(
    questions.map((r) => ({
      day: dayOf(r.at),
      surface: r.surface,
      kind: r.kind,
      covered: r.covered ? 1 : 0,
      topic: r.topic ?? '',
      used_context: r.usedContext ? 1 : 0,
    })),
    (r) => JSON.stringify([r.day, r.surface, r.kind, r.covered, r.topic, r.used_context]),
  );
  await db
    .insertInto('question_counts')
    .values(counts)
    .onConflict((oc) =>
      oc
        .columns(['day', 'surface', 'kind', 'covered', 'topic', 'used_context'])
        .doUpdateSet((eb) => ({ count: eb('question_counts.count', '+', eb.ref('excluded.count')) })),
    )
    .execute();
  if (!storeText) return;
  const texts = tally(
    questions.map((r) => ({ day: dayOf(r.at), question: r.question, kind: r.kind, covered: r.covered ? 1 : 0 })),
    (r) => JSON.stringify([r.day, r.question, r.kind, r.covered]),
  );
  await db
    .insertInto('question_texts')
    .values(texts)
    .onConflict((oc) =>
      oc
        .columns(['day', 'question', 'kind', 'covered'])
        .doUpdateSet((eb) => ({ count: eb('question_texts.count', '+', eb.ref('excluded.count')) })),
    )
    .execute();
}

/**
 * Writes a batch of records in one transaction: each question, and the per-day counts the report reads. A batch
 * costs about what one row does.
 */
export async function writeRecords(
  database: Database,
  questions: QuestionRecord[],
  feedback: FeedbackRecord[],
  options: InsightsWriteOptions,
): Promise<void> {
  const text = (question: string) => (options.storeText ? question : null);
  await database.db.transaction().execute(async (db) => {
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
      await addToRollups(db, questions, options.storeText);
    }
    if (feedback.length > 0) {
      await db
        .insertInto('feedback')
        .values(
          feedback.map((r) => ({
            at: r.at,
            day: dayOf(r.at),
            vote: r.vote,
            topic: r.topic,
            roles: r.roles.join(','),
            question: text(r.question),
            surface: r.surface ?? null,
          })),
        )
        .execute();
    }
  });
}
