/**
 * Whether the database answers, learnt from every query. A query that times out or finds the database gone
 * (refused, reset, read-only, locked, full) marks it unavailable; from then on every query is refused at once
 * with DatabaseUnavailableError, so no request waits on a database already known to be away, and a probe
 * (the start-up write probe) is tried every `probeEveryMs` in the background until one succeeds. An ordinary
 * error (a constraint, a bug in a query) says nothing about availability and is passed through as it is.
 *
 * The log says it when it starts, once every `logEveryMs` while it lasts (with how many queries went without
 * the database), and when it ends: never once per request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type DatabaseStatus = { available: true } | { available: false; since: Date; reason: string };

export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`the database is unavailable (${reason})`, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export const isDatabaseUnavailable = (error: unknown): error is DatabaseUnavailableError =>
  error instanceof DatabaseUnavailableError;

type Log = {
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

export type AvailabilityOptions = {
  log?: Log;
  /** How often a probe is tried while unavailable. */
  probeEveryMs?: number;
  /** How often the log says it is still unavailable. */
  logEveryMs?: number;
  now?: () => number;
};

export type Availability = {
  status(): DatabaseStatus;
  /**
   * Runs one query (or a whole transaction) unless the database is known to be unavailable; `always` runs it
   * even then (a rollback, which must not be skipped). Either way its failure is judged as any query's.
   */
  run<T>(query: () => Promise<T>, options?: { always?: boolean }): Promise<T>;
  /** What proves the database usable again (a write); given once the database is open. */
  setProbe(probe: () => Promise<void>): void;
  /** Stops probing (the app is stopping). */
  stop(): void;
};

const PROBE_EVERY_MS = 1_000;
/** Marks the probe's own queries, which go through while everything else is refused. */
const probing = new AsyncLocalStorage<true>();
const LOG_EVERY_MS = 60_000;

/** Node's network errors: the server is not there, or the way to it is not. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT',
]);
/**
 * PostgreSQL's SQLSTATEs that mean the server cannot serve now: connection exceptions (08), a statement cut by
 * statement_timeout (57014), shutdown or crash (57P0x), out of disk, memory or connections (53), a read-only
 * server (25006), a role without write rights (42501).
 */
const POSTGRES_STATES = /^(08|57014|57P0|53|25006|42501)/;
/** SQLite's: another process holds the file, it cannot be written, or the disk is full or failing. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN|CORRUPT|NOTADB|PERM)/;
/** pg's own words for a query or a connection that timed out or broke. */
const DRIVER_MESSAGES =
  /timeout|timed out|Connection terminated|connection is closed|Client has encountered a connection error|not queryable/i;

/** Whether an error says the database is away, rather than that one query was wrong. */
export function meansUnavailable(error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_STATES.test(code) || SQLITE_CODES.test(code)))
    return true;
  if (error instanceof AggregateError) return error.errors.some(meansUnavailable);
  return typeof message === 'string' && DRIVER_MESSAGES.test(message);
}

const reasonOf = (error: unknown): string => {
  if (isDatabaseUnavailable(error)) return error.reason;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message ? message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
};

/** An outage as it goes: since when, why, and what the log has said of it. */
type Outage = { since: number; reason: string; loggedAt: number; refused: number; logged: boolean };

/** One availability's settings and what it knows; the functions below share it. */
type State = Required<Omit<AvailabilityOptions, 'log'>> & {
  log: Log | undefined;
  down: Outage | null;
  /** When the log last said the database was away: a database that comes and goes is said once a period too. */
  warnedAt: number;
  probe: (() => Promise<void>) | null;
  timer: NodeJS.Timeout | null;
  stopped: boolean;
};

function markUp(state: State): void {
  if (!state.down) return;
  const { since, refused, logged } = state.down;
  state.down = null;
  if (logged)
    state.log?.info(
      `database available again after ${Math.round((state.now() - since) / 1000)} s; ${refused} operation(s) went without it meanwhile`,
      {
        event: 'database-available',
        refused,
      },
    );
}

async function tryProbe(state: State): Promise<void> {
  state.timer = null;
  if (!state.down || state.stopped || !state.probe) return;
  try {
    await probing.run(true, state.probe);
    markUp(state);
  } catch (error) {
    if (state.down) state.down.reason = reasonOf(error);
  }
  schedule(state);
}

function schedule(state: State): void {
  if (state.timer || state.stopped || !state.down) return;
  state.timer = setTimeout(() => void tryProbe(state), state.probeEveryMs);
  state.timer.unref();
}

function markDown(state: State, error: unknown): void {
  const reason = reasonOf(error);
  if (state.down) return;
  const { now, logEveryMs } = state;
  const logged = now() - state.warnedAt >= logEveryMs;
  state.down = { since: now(), reason, loggedAt: logged ? now() : state.warnedAt, refused: 0, logged };
  schedule(state);
  if (!logged) return;
  state.warnedAt = now();
  state.log?.warn(
    `database unavailable (${reason}): answers go on without it (no replay check across instances, no event claims, conversations and insights records not kept); said again every ${Math.round(logEveryMs / 1000)} s while it lasts`,
    { event: 'database-unavailable', reason },
  );
}

function refuse(state: State): never {
  const current = state.down!;
  current.refused++;
  if (state.now() - current.loggedAt >= state.logEveryMs) {
    current.loggedAt = state.warnedAt = state.now();
    current.logged = true;
    state.log?.warn(
      `database still unavailable since ${new Date(current.since).toISOString()} (${current.reason}); ${current.refused} operation(s) went without it so far`,
      {
        event: 'database-unavailable',
        reason: current.reason,
        refused: current.refused,
      },
    );
  }
  throw new DatabaseUnavailableError(current.reason);
}

export function createAvailability(options: AvailabilityOptions = {}): Availability {
  const { log, probeEveryMs = PROBE_EVERY_MS, logEveryMs = LOG_EVERY_MS, now = Date.now } = options;
  const state: State = {
    log,
    probeEveryMs,
    logEveryMs,
    now,
    down: null,
    warnedAt: Number.NEGATIVE_INFINITY,
    probe: null,
    timer: null,
    stopped: false,
  };
  return {
    status: () =>
      state.down
        ? { available: false, since: new Date(state.down.since), reason: state.down.reason }
        : { available: true },
    async run(query, { always = false } = {}) {
      if (state.down && !always && !probing.getStore()) refuse(state);
      try {
        return await query();
      } catch (error) {
        if (!meansUnavailable(error)) throw error;
        markDown(state, error);
        throw new DatabaseUnavailableError(reasonOf(error), { cause: error });
      }
    },
    setProbe(p) {
      state.probe = p;
      schedule(state);
    },
    stop() {
      state.stopped = true;
      if (state.timer) clearTimeout(state.timer);
    },
  };
}

/**
 * `work`, or a DatabaseUnavailableError once `ms` have passed, whichever comes first: for the few queries a
 * reply waits on (the replay check, an event's claim). The query itself goes on in the background, bounded by
 * the driver's own timeout; its late failure is swallowed here.
 */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`${what} took longer than ${ms} ms`)), ms);
  });
  work.catch(() => {});
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
