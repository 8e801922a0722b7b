import type { ContextStore } from '../conversation/context.ts';
import { createEventClaims, type EventClaims } from './claims.ts';
import type { StorageConfig } from './config.ts';
import { createDbContextStore } from './context-store.ts';
import { createDbEscalationStore } from './escalations-db.ts';
import type { EscalationStore } from './escalations.ts';
import { openDatabase, type Database } from './database.ts';
import type { DatabaseStatus } from './availability.ts';
import { createRecorder } from './recorder.ts';
import type { Recorder } from './records.ts';
import { insightsReport, type InsightsReport, type ReportOptions } from './report.ts';
import { createDbReplayGuard, type DbReplayGuard } from './replay-guard.ts';
import { scheduleRetention } from './retention.ts';
import { createDbUnpromptedStore, type UnpromptedStore } from './unprompted.ts';

/** How long a signature is remembered: Slack's 5-minute window for timestamps, either way of now. */
const REPLAY_WINDOW_S = 5 * 60;

/** What the rest of the app uses from storage: the engine stays behind these. */
export {
  readStorageConfig,
  describeTarget,
  StorageConfigError,
  DEFAULT_DATABASE_PATH,
  type StorageConfig,
  type StorageTarget,
  type Engine,
} from './config.ts';
export { openDatabase, StorageUnavailableError, type Database } from './database.ts';
export { DatabaseUnavailableError, isDatabaseUnavailable, within, type DatabaseStatus } from './availability.ts';
export type { Recorder, QuestionRecord, FeedbackRecord, Surface } from './records.ts';
export type { EventClaims } from './claims.ts';
export type { UnpromptedStore, ThreadClaim } from './unprompted.ts';
export type { InsightsReport, ReportOptions } from './report.ts';

/** Where storage says what went wrong while running (a lost record, a failed sweep): the app's logger. */
export type StorageLog = {
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

export type Storage = {
  database: Database;
  recorder: Recorder;
  contextStore: ContextStore;
  claims: EventClaims;
  /** Questions handed to the HR team, shared by every instance. */
  escalations: EscalationStore;
  /** Threads answered unasked, the hourly cap, and who turned unasked answers off (ANSWER_CHANNELS). */
  unprompted: UnpromptedStore;
  report(options?: ReportOptions): Promise<InsightsReport>;
  /**
   * Signed requests seen by any instance, so a replay to another instance is refused too: on PostgreSQL only. A
   * SQLite file serves one instance, whose in-process guard already sees every request, without a write each.
   */
  replayGuard?: DbReplayGuard;
  /** Whether the database answers now (availability.ts); /healthz shows it. */
  status(): DatabaseStatus;
  /** Writes what is still queued, stops the retention sweep, closes the connections. */
  close(): Promise<void>;
};

/**
 * Opens the database (migrated), and the stores on it; starts the retention sweep. Throws
 * StorageUnavailableError (naming the variable, never the password) when the database cannot be used.
 */
export async function openStorage(config: StorageConfig, log: StorageLog): Promise<Storage> {
  const database = await openDatabase(config.target, {
    ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
    log,
    onError: (reason) =>
      log.warn(`database: a connection was lost (${reason}); the next query opens another`, {
        event: 'database-error',
      }),
  });
  const recorder = createRecorder(database, {
    storeText: config.storeText,
    warn: (message, fields) => log.warn(message, fields),
  });
  const stopRetention = scheduleRetention(database, config.retentionDays, (error, result) => {
    if (error)
      log.warn(
        `insights: the retention sweep failed (${error instanceof Error ? error.message : String(error)}); it runs again within the hour`,
        { event: 'retention-failed' },
      );
    else if (result && result.questionTexts + result.feedbackTexts > 0)
      log.info(`insights: question text older than ${config.retentionDays} days deleted`, {
        event: 'retention',
        ...result,
      });
  });
  return {
    database,
    recorder,
    contextStore: createDbContextStore(database),
    claims: createEventClaims(database),
    escalations: createDbEscalationStore(database, { keepText: config.storeText }),
    unprompted: createDbUnpromptedStore(database),
    report: (options) => insightsReport(database, options),
    status: () => database.status(),
    ...(database.engine === 'postgres' ? { replayGuard: createDbReplayGuard(database, REPLAY_WINDOW_S) } : {}),
    async close() {
      await stopRetention();
      await recorder.flush();
      await database.close();
    },
  };
}
