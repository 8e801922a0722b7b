import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseUnavailable } from './availability.ts';
import type { Database } from './database.ts';
import { writeRecords, type InsightsWriteOptions } from './insights-store.ts';
import type { FeedbackRecord, QuestionRecord, Recorder } from './records.ts';

/** Records waiting to be written beyond this are dropped and counted: memory stays bounded if the database stalls. */
const MAX_PENDING = 5_000;
/**
 * How long records gather before they are written: a busy minute is a few hundred statements, not one per
 * request (each costs the app CPU that answers need); a crash loses at most this much of the record.
 */
const FLUSH_EVERY_MS = 200;
/** Rows per INSERT: large enough that a burst is a few statements, small enough to stay under bind limits. */
const BATCH = 200;

type Warn = (message: string, fields: Record<string, unknown>) => void;

/** Records waiting to be written, and how many were lost; the functions below share it. */
type Queue = {
  database: Database;
  options: InsightsWriteOptions & { warn: Warn };
  questions: QuestionRecord[];
  feedback: FeedbackRecord[];
  lost: number;
  writing: Promise<void> | null;
};

const pending = (queue: Queue) => queue.questions.length + queue.feedback.length;

function lose(queue: Queue, count: number, reason: string, quietly = false): void {
  queue.lost += count;
  // The database being away is said once a period (availability.ts), with every query that went without it.
  if (quietly) return;
  queue.options.warn(
    `insights: ${count} record(s) could not be stored (${reason}); ${queue.lost} lost since start. Answers are not affected.`,
    {
      event: 'insights-lost',
      count,
      lost: queue.lost,
      reason,
    },
  );
}

async function writeAll(queue: Queue): Promise<void> {
  while (pending(queue) > 0) {
    const q = queue.questions.splice(0, BATCH);
    const f = queue.feedback.splice(0, BATCH);
    try {
      await writeRecords(queue.database, q, f, queue.options);
    } catch (error) {
      lose(
        queue,
        q.length + f.length,
        error instanceof Error ? error.message : String(error),
        isDatabaseUnavailable(error),
      );
    }
  }
}

function schedule(queue: Queue): void {
  queue.writing ??= sleep(FLUSH_EVERY_MS)
    .then(() => writeAll(queue))
    .finally(() => {
      queue.writing = null;
      // Taken while the last batch was settling.
      if (pending(queue) > 0) schedule(queue);
    });
}

/**
 * The recorder on the database: records are queued and written together a moment later, so the
 * acknowledgement and the reply never wait for them. A write that fails (database gone) loses its batch: it is
 * counted and said in the log, the app goes on answering.
 */
export function createRecorder(database: Database, options: InsightsWriteOptions & { warn: Warn }): Recorder {
  const queue: Queue = { database, options, questions: [], feedback: [], lost: 0, writing: null };
  const take = <T>(records: T[], record: T) => {
    if (pending(queue) >= MAX_PENDING) return lose(queue, 1, 'too many records waiting for the database');
    records.push(record);
    schedule(queue);
  };
  return {
    question: (record) => take(queue.questions, record),
    feedback: (record) => take(queue.feedback, record),
    async flush() {
      while (queue.writing) await queue.writing;
    },
    get lost() {
      return queue.lost;
    },
  };
}
