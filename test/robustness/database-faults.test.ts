import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { startFaultyStandIn, type FaultyStandIn } from '../support/faulty-stand-in.ts';
import { bundled } from '../support/bundled.ts';
import { postgresAvailable, startPostgresServer, type PostgresServer } from '../support/postgres-server.ts';
import { startAppProcess, testEnv, type AppProcess } from './app-process.ts';
import { sendTraffic, slowest } from './database-traffic.ts';

// The app as its own process against a PostgreSQL server the test starts itself (own port and data folder),
// which it then freezes (SIGSTOP: a hung server or a partition, not a refused connection) and stops; and
// start-up on a database that cannot be written. What a user sees: every acknowledgement in time, every
// question answered; what an operator sees: /healthz degraded with the reason, the log saying it once.

const health = async (origin: string) => (await fetch(`${origin}/healthz`)).json() as Promise<Record<string, unknown>>;
const unavailableLines = (app: AppProcess) => app.logs.filter((l) => l.event === 'database-unavailable');

describe.runIf(postgresAvailable())('a PostgreSQL server that hangs, then stops', () => {
  let server: PostgresServer;
  let standIn: FaultyStandIn;
  let app: AppProcess;
  let origin: string;
  const secret = 'database-faults-signing-secret';
  beforeAll(async () => {
    server = await startPostgresServer();
    standIn = await startFaultyStandIn();
    // A shorter timeout than the default, so the test waits out little; not so short that a busy machine's
    // ordinary query reads as the database gone.
    const env = testEnv(standIn.apiUrl, {
      DATABASE_URL: server.url(),
      DATABASE_TIMEOUT_MS: '600',
      SLACK_SIGNING_SECRET: secret,
    });
    app = startAppProcess(env);
    origin = await app.ready;
  });
  afterAll(async () => {
    await app?.stop();
    await standIn?.close();
    await server?.remove();
  });

  it('frozen under traffic: no ack waits on it, every question answered, /healthz degraded (200), logged once; back without a restart', async () => {
    const traffic = () => sendTraffic({ appUrl: `${origin}/slack/events`, secret, standIn, perSecond: 10, seconds: 3 });
    // The same traffic with the database up, for what acks take on this machine now (shared, busy at times).
    const baseline = await traffic();
    expect(await health(origin)).toMatchObject({ status: 'ok' });
    server.freeze();
    let frozen: Awaited<ReturnType<typeof traffic>>;
    try {
      frozen = await traffic();
      const during = await fetch(`${origin}/healthz`);
      expect(during.status).toBe(200);
      expect(await during.json()).toMatchObject({
        status: 'degraded',
        database: { available: false, reason: expect.stringMatching(/timeout/i) },
      });
    } finally {
      server.thaw();
    }
    expect(frozen).toMatchObject({ failed: 0, late: 0, answered: frozen.sent });
    // Before, each ack waited for the replay check's INSERT: seconds. Now at most its 300 ms budget, once.
    expect(slowest(frozen.acks)).toBeLessThan(slowest(baseline.acks) + 1_000);
    expect(unavailableLines(app)).toHaveLength(1);
    await expect.poll(async () => (await health(origin)).status, { timeout: 10_000 }).toBe('ok');
  }, 60_000);

  it('stopped: still answered, degraded with the reason, and back once it is started again', async () => {
    await server.stop();
    const result = await sendTraffic({ appUrl: `${origin}/slack/events`, secret, standIn, perSecond: 10, seconds: 2 });
    expect(result).toMatchObject({ failed: 0, late: 0, answered: result.sent });
    expect(await health(origin)).toMatchObject({ status: 'degraded', database: { available: false } });
    await server.start();
    await expect.poll(async () => (await health(origin)).status, { timeout: 15_000 }).toBe('ok');
  }, 60_000);

  it('start-up stops when the role cannot write, naming DATABASE_URL and the cause, never the password', async () => {
    await server.query('CREATE DATABASE career_bot_readonly');
    // Migrated by an owner first, so only the writes are refused.
    const owner = await openDatabase({ engine: 'postgres', url: server.url('career_bot_readonly') });
    await owner.close();
    await server.query("CREATE ROLE reader LOGIN PASSWORD 'hunter2-secret'");
    const grant = (sql: string) => server.query(sql.replace('$db', 'career_bot_readonly'));
    await grant('GRANT CONNECT ON DATABASE $db TO reader');
    const { Client } = (await import('pg')).default;
    const client = new Client({ connectionString: server.url('career_bot_readonly') });
    await client.connect();
    await client.query('GRANT USAGE ON SCHEMA public TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader');
    await client.end();
    const url = `postgres://reader:hunter2-secret@127.0.0.1:${server.port}/career_bot_readonly`;
    const failed = startAppProcess(testEnv(standIn.apiUrl, { DATABASE_URL: url }));
    expect((await failed.exited).code).toBe(1);
    expect(failed.output()).toMatch(
      /cannot start: the database in DATABASE_URL \(PostgreSQL postgres:\/\/reader:\*\*\*@127\.0\.0\.1:\d+\/career_bot_readonly\) is not usable: .*permission denied/,
    );
    expect(failed.output()).not.toContain('hunter2-secret');
  }, 60_000);
});

describe('a SQLite file that cannot be written', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-bot-readonly-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops start-up, naming DATABASE_PATH and the cause', async () => {
    const path = join(dir, 'bot.sqlite');
    const migrated = await openDatabase({ engine: 'sqlite', path });
    await migrated.close();
    // Root writes any file: the app runs as nobody, the file read-only to it (its folder writable, as a volume).
    chmodSync(path, 0o444);
    chmodSync(dir, 0o777);
    chmodSync(dirname(bundled('main')[0]!), 0o755);
    const nobody = {
      uid: Number(execFileSync('id', ['-u', 'nobody']).toString()),
      gid: Number(execFileSync('id', ['-g', 'nobody']).toString()),
    };
    const standIn = await startFaultyStandIn();
    try {
      const app = startAppProcess(testEnv(standIn.apiUrl, { DATABASE_PATH: path }), { user: nobody });
      expect((await app.exited).code).toBe(1);
      expect(app.output()).toContain(
        `career-bot cannot start: the database in DATABASE_PATH (SQLite file ${path}) is not usable: it cannot be written (attempt to write a readonly database)`,
      );
      // What was there is untouched.
      expect(new Database(path, { readonly: true }).prepare('select count(*) as n from event_claims').get()).toEqual({
        n: 0,
      });
    } finally {
      await standIn.close();
    }
  }, 60_000);
});
