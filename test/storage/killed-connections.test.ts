import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/storage/availability.ts';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { createTestDatabase, POSTGRES_ADMIN_URL, type TestDatabase } from './engines.ts';

// PostgreSQL cutting the app's connections (a restart, a failover, an operator's pg_terminate_backend) while
// they are in use: queries running, a transaction between two statements, another with a statement running.
// What an operator sees: each of those fails with a logged reason (no password, no question text), the process
// goes on, and the next query after the database is back succeeds. Many times over, since the order in which
// the driver hears of a cut connection (the server's message, the socket closing, the query failing, the
// connection going back to the pool) varies from one cut to the next.

const ROUNDS = 8;
/** In the URL, though the server (trust) never asks for it: it must never reach a log. */
const PASSWORD = 'kill3d-s3cret';
/** A question's text travelling with a query: it must never reach a log either. */
const QUESTION = 'can my manager read my sick notes';

type Line = { level: 'warn' | 'info'; text: string; fields?: Record<string, unknown> };

describe('PostgreSQL killing the connections in use', () => {
  let test: TestDatabase;
  let storage: Storage;
  let admin: pg.Client;
  let name: string;
  const lines: Line[] = [];
  const escaped: unknown[] = [];
  const uncaught = (error: unknown) => void escaped.push({ uncaughtException: error });
  const unhandled = (error: unknown) => void escaped.push({ unhandledRejection: error });
  beforeAll(async () => {
    process.on('uncaughtException', uncaught);
    process.on('unhandledRejection', unhandled);
    test = await createTestDatabase('postgres');
    if (test.target.engine !== 'postgres') throw new Error('a PostgreSQL database was asked for');
    name = new URL(test.target.url).pathname.slice(1);
    const url = new URL(test.target.url);
    url.password = PASSWORD;
    const log = {
      warn: (text: string, fields?: Record<string, unknown>) =>
        void lines.push({ level: 'warn', text, ...(fields ? { fields } : {}) }),
      info: (text: string, fields?: Record<string, unknown>) =>
        void lines.push({ level: 'info', text, ...(fields ? { fields } : {}) }),
    };
    // A generous timeout: only the kills are to fail queries here, not a busy machine.
    storage = await openStorage(
      { target: { engine: 'postgres', url: url.toString() }, retentionDays: 30, storeText: true, timeoutMs: 10_000 },
      log,
    );
    admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await storage?.close();
    await test?.drop();
    process.off('uncaughtException', uncaught);
    process.off('unhandledRejection', unhandled);
  });

  /** The app's backends, by what they are doing. */
  const backends = async () =>
    (
      await admin.query<{ state: string; sleeping: boolean }>(
        "select state, query like '%pg_sleep%' as sleeping from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
        [name],
      )
    ).rows;
  /** Handled from the start (an operation failing before the test looks at it is no unhandled rejection). */
  const settled = <T>(work: Promise<T>) => Promise.allSettled([work]).then(([outcome]) => outcome!);
  const connectionErrors = () => lines.filter((l) => l.fields?.event === 'database-error').length;

  it('each cut fails what it cut, with a reason logged, the process goes on, and the next query succeeds', async () => {
    const db = storage.database.db;
    for (let round = 1; round <= ROUNDS; round++) {
      const reported = connectionErrors();
      let cut!: () => void;
      const wasCut = new Promise<void>((resolve) => (cut = resolve));
      // Checked out, between two statements of a transaction: no query of its own hears of the cut.
      const between = settled(
        db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await wasCut;
          await sql`select ${QUESTION}::text`.execute(trx);
        }),
      );
      // A statement running inside a transaction, and two on their own.
      const inside = settled(
        db.transaction().execute((trx) => sql`select pg_sleep(60), ${QUESTION}::text`.execute(trx)),
      );
      const running = [1, 2].map(() => settled(sql`select pg_sleep(60), ${QUESTION}::text`.execute(db)));
      await expect
        .poll(async () => {
          const now = await backends();
          return [
            now.filter((b) => b.state === 'active' && b.sleeping).length,
            now.filter((b) => b.state === 'idle in transaction').length,
          ];
        })
        .toEqual([3, 1]);
      try {
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        );
        // The transaction waiting between statements goes on once its connection's loss has been heard of: the
        // log says it, or (the fault this guards against) it escaped as an error nothing handled.
        await expect.poll(() => connectionErrors() - reported + escaped.length).toBeGreaterThan(0);
        expect(escaped).toEqual([]);
      } finally {
        cut();
      }
      for (const outcome of await Promise.all([between, inside, ...running])) {
        expect(outcome.status).toBe('rejected');
        expect(isDatabaseUnavailable((outcome as PromiseRejectedResult).reason)).toBe(true);
      }
      expect(escaped).toEqual([]);
      // Back as soon as the background probe finds it so; then an ordinary query succeeds on a new connection.
      await expect.poll(() => storage.status().available, { timeout: 10_000 }).toBe(true);
      expect((await sql<{ n: number }>`select 1 as n`.execute(db)).rows).toEqual([{ n: 1 }]);
    }
    const said = lines.filter((l) => l.fields?.event === 'database-error');
    expect(said.length).toBeGreaterThanOrEqual(ROUNDS);
    for (const line of said)
      expect(line.text).toMatch(
        /terminating connection due to administrator command|Connection terminated unexpectedly/,
      );
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain(QUESTION);
    expect(escaped).toEqual([]);
  }, 120_000);
});
