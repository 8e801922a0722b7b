/**
 * The database behind every store: one Kysely instance over SQLite (better-sqlite3) or PostgreSQL (pg).
 * The drivers are loaded only for the engine in use. Nothing outside src/storage/ sees either.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, sql, type Dialect } from 'kysely';
import { randomUUID } from 'node:crypto';
import {
  createAvailability,
  meansUnavailable,
  type Availability,
  type AvailabilityOptions,
  type DatabaseStatus,
} from './availability.ts';
import { describeTarget, type Engine, type StorageTarget } from './config.ts';
import { guardedDialect } from './guarded-dialect.ts';
import { migrationsFor } from './migrations.ts';
import type { Tables } from './schema.ts';

export type Database = {
  db: Kysely<Tables>;
  engine: Engine;
  /** The target as a log may show it (no password). */
  description: string;
  /** Whether it answers now, as the last queries found (availability.ts); /healthz shows it. */
  status(): DatabaseStatus;
  close(): Promise<void>;
};

/** Start-up could not reach or prepare the database: the message names the variable, never the password. */
export class StorageUnavailableError extends Error {
  constructor(target: StorageTarget, cause: unknown) {
    const variable = target.engine === 'postgres' ? 'DATABASE_URL' : 'DATABASE_PATH';
    super(
      `career-bot cannot start: the database in ${variable} (${describeTarget(target)}) is not usable: ${reasonOf(target, cause)}`,
    );
    this.name = 'StorageUnavailableError';
  }
}

/** An error's message, with the password taken out should a driver ever quote the URL. */
export function reasonOf(target: StorageTarget, error: unknown): string {
  const message =
    error instanceof AggregateError && error.errors.length > 0
      ? error.errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ')
      : error instanceof Error
        ? error.message || error.name
        : String(error);
  if (target.engine !== 'postgres') return message;
  let password = '';
  try {
    password = decodeURIComponent(new URL(target.url).password);
  } catch {
    // Not a URL: nothing to take out but the URL itself.
  }
  return [target.url, password]
    .filter((s) => s.length > 0)
    .reduce((text, secret) => text.split(secret).join('***'), message);
}

/** A connection error as a log may say it: its code (57P01: terminated by the server) and message, no password. */
function connectionReason(target: StorageTarget, error: unknown): string {
  const text = reasonOf(target, error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
}

/**
 * How long any query or connection may take while the app runs (DATABASE_TIMEOUT_MS): well under Slack's 3 s,
 * so a hung database costs a request at most this, and then nothing while it is known to be away
 * (availability.ts). PostgreSQL: the connection (and a wait for a free one), the query as the client waits for
 * it, and the statement as the server runs it. SQLite: how long a write waits for another process's lock
 * (better-sqlite3 waits synchronously: the whole app waits with it).
 */
export const DEFAULT_TIMEOUT_MS = 1_000;
/** Migrations (and the start-up write probe) may take longer: they run once, before any request. */
const MIGRATION_TIMEOUT_MS = 60_000;
/** How long start-up waits for a PostgreSQL connection before it stops, naming DATABASE_URL. */
const START_CONNECT_TIMEOUT_MS = 5_000;
/** Connections per instance: writes are small and few, so a handful is plenty and spares the server. */
const POOL_SIZE = 4;

/** Where a lost connection is said (the driver's error, unknown type: it comes from an event). */
type OnError = (error: unknown) => void;

/** The SQLite file, opened; migrations run on it with MIGRATION_TIMEOUT_MS, then `runtime()` shortens the wait. */
async function openSqlite(path: string) {
  const { default: SQLite } = await import('better-sqlite3');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  try {
    // WAL: `npm run insights` reads while the app writes. NORMAL is durable across a crash of the app.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Deleted text (the retention sweep, INSIGHTS_STORE_TEXT=false) is overwritten with zeros in the file, not
    // only unlinked: docs/insights-and-privacy.md.
    database.pragma('secure_delete = ON');
    database.pragma(`busy_timeout = ${MIGRATION_TIMEOUT_MS}`);
  } catch (error) {
    database.close();
    throw error;
  }
  return { database, runtime: (timeoutMs: number) => database.pragma(`busy_timeout = ${timeoutMs}`) };
}

type PgPool = import('pg').Pool;

/** How long a connection and a query may take. */
type Timeouts = { connectMs: number; queryMs: number };

async function postgresPool(url: string, { connectMs, queryMs }: Timeouts, onError: OnError): Promise<PgPool> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: connectMs,
    query_timeout: queryMs,
    statement_timeout: queryMs,
    // A server that vanished without closing the connection (a partition) is found by the kernel.
    keepAlive: true,
    // Commits return without waiting for the server's disk: the app's writes (a request's signature, an event's
    // claim, insights records) are cheap to lose in a crash of the database server and sit on the path of every
    // acknowledgement. A server crash can lose its last fraction of a second of them, never corrupt anything.
    options: '-c synchronous_commit=off',
    idleTimeoutMillis: 30_000,
    // bigint (counts, times) and numeric read as numbers, as SQLite gives them: ours stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
          ? Number
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server dropped (restart, network): without a listener node would crash the app.
  pool.on('error', onError);
  return pool;
}

/**
 * The pool as Kysely sees it, with two changes to a connection while it is checked out:
 * - A connection whose query timed out or broke is closed when released instead of going back to the pool: its
 *   query may still be stuck on the server (a frozen one), and every later query on it would queue behind.
 * - Its connection errors are listened to. pg emits a checked-out client's errors on the client itself (the
 *   pool's 'error' covers idle ones only), and an 'error' event without a listener ends the process: the server
 *   cutting a connection in use (a restart, pg_terminate_backend) would crash the app. A query on it fails on
 *   its own (availability.ts hears of it); the loss is said once, and the connection discarded on release.
 */
function guardingCheckedOut(pool: PgPool, onError: OnError) {
  return {
    connect: async () => {
      const client = await pool.connect();
      let broken = false;
      let lost = false;
      const onLost = (error: Error) => {
        if (!lost) onError(error);
        lost = broken = true;
      };
      client.on('error', onLost);
      return {
        query: ((...args: Parameters<typeof client.query>) =>
          (client.query as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
            broken ||= meansUnavailable(error);
            throw error;
          })) as typeof client.query,
        release: (discard?: boolean) => {
          // The pool listens again (its idle listener) from the release on: no moment without a listener.
          client.release(broken || discard === true ? true : undefined);
          client.off('error', onLost);
        },
      };
    },
    end: () => pool.end(),
  };
}

async function postgresDialect(
  url: string,
  timeouts: Timeouts,
  availability: Availability,
  onError: OnError,
): Promise<Dialect> {
  const { PostgresDialect } = await import('kysely');
  const pool = guardingCheckedOut(await postgresPool(url, timeouts, onError), onError);
  return guardedDialect(new PostgresDialect({ pool }), availability);
}

export type OpenOptions = {
  /**
   * Told that a connection was lost (the server restarted, went away or cut it), idle or in use, once per
   * connection: its code and message, never the password. The app carries on; the next query connects again.
   */
  onError?: (reason: string) => void;
  /** Run the migrations (the default): start-up and the insights CLI do. */
  migrate?: boolean;
  /** Each query's and connection's timeout once open (DATABASE_TIMEOUT_MS); DEFAULT_TIMEOUT_MS by default. */
  timeoutMs?: number;
  /** Where the database being away is said (once a period); the app's logger. */
  log?: AvailabilityOptions['log'];
};

/**
 * Opens the database, brings its schema up to date and proves it can be written (the write probe); throws
 * StorageUnavailableError if it cannot, naming the variable and the cause, never the password.
 */
export async function openDatabase(target: StorageTarget, options: OpenOptions = {}): Promise<Database> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const availability = createAvailability(options.log ? { log: options.log } : {});
  const onError: OnError = (error) => options.onError?.(connectionReason(target, error));
  let db: Kysely<Tables> | undefined;
  let sqlite: Awaited<ReturnType<typeof openSqlite>> | undefined;
  try {
    if (target.engine === 'postgres') {
      // Migrations on connections of their own, without the runtime's short timeouts.
      if (options.migrate !== false) {
        const timeouts = { connectMs: START_CONNECT_TIMEOUT_MS, queryMs: MIGRATION_TIMEOUT_MS };
        await prepare(await postgresDialect(target.url, timeouts, createAvailability(), onError), target.engine);
      }
      db = new Kysely<Tables>({
        dialect: await postgresDialect(target.url, { connectMs: timeoutMs, queryMs: timeoutMs }, availability, onError),
      });
    } else {
      const { SqliteDialect } = await import('kysely');
      sqlite = await openSqlite(target.path);
      // Not destroyed after: that would close the file the app goes on with.
      if (options.migrate !== false)
        await migrateAndProbe(
          new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite.database }) }),
          target.engine,
        );
      sqlite.runtime(timeoutMs);
      db = new Kysely<Tables>({
        dialect: guardedDialect(new SqliteDialect({ database: sqlite.database }), availability),
      });
    }
  } catch (error) {
    availability.stop();
    await db?.destroy().catch(() => {});
    if (sqlite?.database.open) sqlite.database.close();
    throw new StorageUnavailableError(target, error);
  }
  const opened = db;
  availability.setProbe(() => writeProbe(opened));
  return {
    db: opened,
    engine: target.engine,
    description: describeTarget(target),
    status: () => availability.status(),
    close: () => {
      availability.stop();
      return opened.destroy();
    },
  };
}

/** Migrates on a Kysely of its own (PostgreSQL), closed afterwards. */
async function prepare(dialect: Dialect, engine: Engine): Promise<void> {
  const db = new Kysely<Tables>({ dialect });
  try {
    await migrateAndProbe(db, engine);
  } finally {
    await db.destroy();
  }
}

async function migrateAndProbe(db: Kysely<Tables>, engine: Engine): Promise<void> {
  await migrate(db, engine);
  await writeProbe(db).catch((error: unknown) => {
    throw new Error(`it cannot be written (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  });
}

/**
 * Proves the database takes writes: a row written to a table the app writes on every event, then deleted. A
 * read-only SQLite file, or a PostgreSQL role without write rights, fails here at start-up rather than on every
 * request later. Its time is 0, so a row left behind by a crash is swept by the first retention run.
 */
export async function writeProbe(db: Kysely<Tables>): Promise<void> {
  const eventId = `career-bot-write-probe-${randomUUID()}`;
  await db
    .insertInto('event_claims')
    .values({ event_id: eventId, instance: 'write-probe', claimed_at: 0, delivered_at: null })
    .execute();
  await db.deleteFrom('event_claims').where('event_id', '=', eventId).execute();
}

async function migrate(db: Kysely<Tables>, engine: Engine): Promise<void> {
  const migrations = migrationsFor(engine);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw failed
      ? new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`)
      : error;
  }
}

/**
 * Deleted text gone from the files too, not only from the tables. SQLite overwrites deleted content with zeros
 * (secure_delete, database.ts), but the write-ahead log still holds the pages as they were until a checkpoint:
 * this one moves them into the file and truncates the log. PostgreSQL keeps the old row versions until vacuum,
 * which the tables holding text ask for early (migration 006): docs/insights-and-privacy.md.
 */
export async function eraseDeleted(database: Database): Promise<void> {
  if (database.engine === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
}
