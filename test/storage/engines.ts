import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StorageTarget } from '../../src/storage/config.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';

/** The machine's PostgreSQL server (trust auth), as the README and .ci/run set it up. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = { target: StorageTarget; drop(): Promise<void> };

/**
 * A database of the test's own: a fresh SQLite file, or a PostgreSQL database with a random name (other
 * test runs use the same server at the same time), dropped afterwards.
 */
export async function createTestDatabase(engine: StorageTarget['engine']): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'career-bot-db-'));
    return {
      target: { engine, path: join(dir, 'test.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `career_bot_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: { engine, url: url.toString() },
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export const ENGINES = ['sqlite', 'postgres'] as const;

/** A fresh database of the test's own, opened and migrated; `close()` closes and drops it. */
export async function openTestDatabase(
  engine: StorageTarget['engine'],
): Promise<{ database: Database; target: StorageTarget; close(): Promise<void> }> {
  const test = await createTestDatabase(engine);
  // Generous: these tests are not about timeouts, and a busy shared machine must not read as the database gone.
  const database = await openDatabase(test.target, { timeoutMs: 10_000 }).catch(async (error: unknown) => {
    await test.drop();
    throw error;
  });
  return { database, target: test.target, close: () => database.close().finally(() => test.drop()) };
}
