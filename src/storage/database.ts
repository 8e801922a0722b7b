import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, type Dialect } from 'kysely';
import { describeTarget, type Engine, type StorageTarget } from './config.ts';
import { migrationsFor } from './migrations.ts';
import type { Tables } from './schema.ts';

/**
 * The database behind every store: one Kysely instance over SQLite (better-sqlite3) or PostgreSQL (pg).
 * The drivers are loaded only for the engine in use. Nothing outside src/storage/ sees either.
 */
export type Database = {
  db: Kysely<Tables>;
  engine: Engine;
  /** The target as a log may show it (no password). */
  description: string;
  close(): Promise<void>;
};

/** Start-up could not reach or prepare the database: the message names the variable, never the password. */
export class StorageUnavailableError extends Error {
  constructor(target: StorageTarget, cause: unknown) {
    const variable = target.engine === 'postgres' ? 'DATABASE_URL' : 'DATABASE_PATH';
    super(`career-bot cannot start: the database in ${variable} (${describeTarget(target)}) is not usable: ${reasonOf(target, cause)}`);
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
  return [target.url, password].filter((s) => s.length > 0).reduce((text, secret) => text.split(secret).join('***'), message);
}

/** Waits this long for a PostgreSQL connection, at start-up and later: an answer is never held up longer. */
const CONNECT_TIMEOUT_MS = 5_000;
/** Connections per instance: writes are small and few, so a handful is plenty and spares the server. */
const POOL_SIZE = 4;
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

type OnError = (error: Error) => void;

async function sqliteDialect(path: string): Promise<Dialect> {
  const { default: SQLite } = await import('better-sqlite3');
  const { SqliteDialect } = await import('kysely');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  // WAL: `npm run insights` reads while the app writes. NORMAL is durable across a crash of the app.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return new SqliteDialect({ database });
}

async function postgresDialect(url: string, onError: OnError): Promise<Dialect> {
  const { default: pg } = await import('pg');
  const { PostgresDialect } = await import('kysely');
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Commits return without waiting for the server's disk: the app's writes (a request's signature, an event's
    // claim, insights records) are cheap to lose in a crash of the database server and sit on the path of every
    // acknowledgement. A server crash can lose its last fraction of a second of them, never corrupt anything.
    options: '-c synchronous_commit=off',
    idleTimeoutMillis: 30_000,
    // bigint (counts, times) and numeric read as numbers, as SQLite gives them: ours stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? Number : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server dropped (restart, network): without a listener node would crash the app.
  pool.on('error', onError);
  return new PostgresDialect({ pool });
}

export type OpenOptions = {
  /** Told about connection errors that happen while idle (the server went away); the app carries on. */
  onError?: OnError;
  /** Run the migrations (the default): start-up and the insights CLI do. */
  migrate?: boolean;
};

/** Opens the database and brings its schema up to date; throws StorageUnavailableError if it cannot. */
export async function openDatabase(target: StorageTarget, options: OpenOptions = {}): Promise<Database> {
  let db: Kysely<Tables> | undefined;
  try {
    const dialect = target.engine === 'postgres' ? await postgresDialect(target.url, options.onError ?? (() => {})) : await sqliteDialect(target.path);
    db = new Kysely<Tables>({ dialect });
    if (options.migrate !== false) await migrate(db, target.engine);
  } catch (error) {
    await db?.destroy().catch(() => {});
    throw new StorageUnavailableError(target, error);
  }
  const opened = db;
  return { db: opened, engine: target.engine, description: describeTarget(target), close: () => opened.destroy() };
}

async function migrate(db: Kysely<Tables>, engine: Engine): Promise<void> {
  const migrations = migrationsFor(engine);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw failed ? new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`) : error;
  }
}
