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

/**
 * The recorder on the database: records are queued and written together a moment later, so the
 * acknowledgement and the reply never wait for them. A write that fails (database gone) loses its batch: it is
 * counted and said in the log, the app goes on answering.
 */
export function createRecorder(database: Database, options: InsightsWriteOptions & { warn: Warn }): Recorder {
  const questions: QuestionRecord[] = [];
  const feedback: FeedbackRecord[] = [];
  let lost = 0;
  let writing: Promise<void> | null = null;

  const lose = (count: number, reason: string, quietly = false) => {
    lost += count;
    // The database being away is said once a period (availability.ts), with every query that went without it.
    if (quietly) return;
    options.warn(`insights: ${count} record(s) could not be stored (${reason}); ${lost} lost since start. Answers are not affected.`, {
      event: 'insights-lost',
      count,
      lost,
      reason,
    });
  };
  const writeAll = async () => {
    while (questions.length > 0 || feedback.length > 0) {
      const q = questions.splice(0, BATCH);
      const f = feedback.splice(0, BATCH);
      try {
        await writeRecords(database, q, f, options);
      } catch (error) {
        lose(q.length + f.length, error instanceof Error ? error.message : String(error), isDatabaseUnavailable(error));
      }
    }
  };
  const schedule = (): void => {
    writing ??= sleep(FLUSH_EVERY_MS).then(writeAll).finally(() => {
      writing = null;
      // Taken while the last batch was settling.
      if (questions.length > 0 || feedback.length > 0) schedule();
    });
  };
  const take = <T>(queue: T[], record: T) => {
    if (questions.length + feedback.length >= MAX_PENDING) return lose(1, 'too many records waiting for the database');
    queue.push(record);
    schedule();
  };
  return {
    question: (record) => take(questions, record),
    feedback: (record) => take(feedback, record),
    async flush() {
      while (writing) await writing;
    },
    get lost() {
      return lost;
    },
  };
}
