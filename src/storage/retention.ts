import { setTimeout as sleep } from 'node:timers/promises';
import { eraseDeleted, type Database } from './database.ts';
import { dayOf } from './records.ts';
import { createDbEscalationStore } from './escalations-db.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per statement: each batch is a short transaction, so answers being recorded never wait long. */
export const RETENTION_BATCH = 500;
/** Slack stops retrying an event after about 5 minutes: a day later its claim is of no use. */
const CLAIMS_KEPT_MS = DAY_MS;
/** How often the sweep runs while the app is up (and once at start-up). */
export const RETENTION_EVERY_MS = 60 * 60 * 1000;

export type RetentionResult = {
  questionTexts: number;
  feedbackTexts: number;
  contexts: number;
  claims: number;
  /** Escalations whose asker and expert ids went (14 days), and whose question and answer text went (retention). */
  escalationUserIds: number;
  escalationTexts: number;
};

/**
 * Deletes what is kept no longer than configured: question text (in questions and feedback) older than
 * `retentionDays` (the row stays, so counts per day, topic and kind stay right), expired conversation context,
 * and old event claims. In batches, yielding between them.
 */
export async function applyRetention(
  database: Database,
  retentionDays: number,
  now = Date.now(),
): Promise<RetentionResult> {
  const cutoff = now - retentionDays * DAY_MS;
  const questionTexts = await inBatches(() => forgetTextBatch(database, 'questions', cutoff));
  const feedbackTexts = await inBatches(() => forgetTextBatch(database, 'feedback', cutoff));
  await forgetRolledTexts(database, cutoff);
  const contexts = await inBatches(() => deleteExpiredContextBatch(database, now));
  const claims = await inBatches(() => deleteClaimBatch(database, now - CLAIMS_KEPT_MS));
  // Escalations are few (people click them): one statement each is short enough.
  const escalations = createDbEscalationStore(database);
  const escalationUserIds = await escalations.purgeUserIds(new Date(now));
  const escalationTexts = await escalations.forgetText(new Date(cutoff));
  await eraseDeleted(database);
  return { questionTexts, feedbackTexts, contexts, claims, escalationUserIds, escalationTexts };
}

/** Runs a batch statement until it changes fewer than a full batch of rows, yielding between; returns the rows changed. */
async function inBatches(step: () => Promise<bigint | undefined>): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = Number((await step()) ?? 0);
    total += changed;
    if (changed < RETENTION_BATCH) return total;
    await sleep(0);
  }
}

/** Blanks the question text of one batch of rows older than the cutoff (the row stays for the counts). */
async function forgetTextBatch(
  database: Database,
  table: 'questions' | 'feedback',
  cutoff: number,
): Promise<bigint | undefined> {
  const { db } = database;
  const old = db
    .selectFrom(table)
    .select('id')
    .where('at', '<', cutoff)
    .where('question', 'is not', null)
    .limit(RETENTION_BATCH);
  return (await db.updateTable(table).set({ question: null }).where('id', 'in', old).executeTakeFirst()).numUpdatedRows;
}

/** Deletes one batch of conversation context that expired by now. */
async function deleteExpiredContextBatch(database: Database, now: number): Promise<bigint | undefined> {
  const { db } = database;
  const expired = db
    .selectFrom('conversation_context')
    .select('key')
    .where('expires_at', '<=', now)
    .limit(RETENTION_BATCH);
  return (await db.deleteFrom('conversation_context').where('key', 'in', expired).executeTakeFirst()).numDeletedRows;
}

/** Deletes one batch of event claims made before `before`. */
async function deleteClaimBatch(database: Database, before: number): Promise<bigint | undefined> {
  const { db } = database;
  const old = db.selectFrom('event_claims').select('event_id').where('claimed_at', '<', before).limit(RETENTION_BATCH);
  return (await db.deleteFrom('event_claims').where('event_id', 'in', old).executeTakeFirst()).numDeletedRows;
}

/**
 * The per-day question texts the report groups: a whole day goes once any of it is past the cutoff (a day early
 * rather than late), one day per statement.
 */
async function forgetRolledTexts(database: Database, cutoff: number): Promise<void> {
  const { db } = database;
  const lastDay = dayOf(cutoff);
  for (;;) {
    const oldest = await db
      .selectFrom('question_texts')
      .select('day')
      .where('day', '<=', lastDay)
      .orderBy('day')
      .limit(1)
      .executeTakeFirst();
    if (!oldest) return;
    await db.deleteFrom('question_texts').where('day', '=', oldest.day).execute();
    await sleep(0);
  }
}

/** Runs the sweep now and every RETENTION_EVERY_MS; a failed sweep is reported and tried again next time. */
export function scheduleRetention(
  database: Database,
  retentionDays: number,
  report: (error: unknown | null, result?: RetentionResult) => void,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = applyRetention(database, retentionDays)
      .then(
        (result) => report(null, result),
        (error: unknown) => report(error),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, RETENTION_EVERY_MS);
  timer.unref();
  // Stopping waits for a sweep under way, so the database is not closed under it (a storage opened and closed at once).
  return async () => {
    clearInterval(timer);
    await running;
  };
}
