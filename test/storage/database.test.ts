import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { projectPath } from '../../src/project-root.ts';
import { readStorageConfig, StorageConfigError } from '../../src/storage/config.ts';
import { openDatabase, StorageUnavailableError, type Database } from '../../src/storage/database.ts';
import { MIGRATIONS } from '../../src/storage/migrations.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from './engines.ts';

describe.each(ENGINES)('the database on %s', (engine) => {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await test?.drop();
    database = test = undefined;
  });

  it('runs every migration at start-up, once, and starts again on the migrated schema', async () => {
    test = await createTestDatabase(engine);
    database = await openDatabase(test.target);
    const tables = await database.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of ['questions', 'feedback', 'conversation_context', 'event_claims'])
      expect(names).toContain(table);
    await database.close();
    database = await openDatabase(test.target);
    const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    expect(ran.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
  });

  it('reads times and counts back as numbers, the same on both engines', async () => {
    test = await createTestDatabase(engine);
    database = await openDatabase(test.target);
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
    await database.db
      .insertInto('questions')
      .values({
        at,
        day: '2026-01-02',
        surface: 'dm',
        kind: 'answer',
        topic: 'salary',
        roles: 'case-manager',
        confidence: 0.75,
        covered: 1,
        used_context: 0,
        latency_ms: 1.5,
        question: 'pay?',
      })
      .execute();
    const row = await database.db.selectFrom('questions').select(['id', 'at', 'confidence']).executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 1, at, confidence: 0.75 });
    const { n } = await database.db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(1);
  });
});

describe('start-up failures name the variable, never the password', () => {
  it('an unreachable PostgreSQL server', async () => {
    const url = 'postgres://career:s3cret-pa55@127.0.0.1:1/nowhere';
    const error = await openDatabase({ engine: 'postgres', url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('127.0.0.1:1');
    expect(message).not.toContain('s3cret-pa55');
  });

  it('a database that does not exist on the server', async () => {
    const error = await openDatabase({
      engine: 'postgres',
      url: 'postgres://postgres:hunter22@127.0.0.1:5432/career_bot_no_such_db',
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/DATABASE_URL .*career_bot_no_such_db.*does not exist/);
    expect((error as Error).message).not.toContain('hunter22');
  });

  it('a SQLite path that cannot be written', async () => {
    // A folder that is a file: nothing can be created under it.
    const test = await createTestDatabase('sqlite');
    writeFileSync(test.target.engine === 'sqlite' ? test.target.path : '', 'not a folder');
    const path = join(test.target.engine === 'sqlite' ? test.target.path : '', 'db.sqlite');
    const error = await openDatabase({ engine: 'sqlite', path }).catch((e: unknown) => e);
    await test.drop();
    expect((error as Error).message).toMatch(
      /^career-bot cannot start: the database in DATABASE_PATH \(SQLite file .*db.sqlite\) is not usable: /,
    );
  });

  it('a DATABASE_URL that is not a PostgreSQL URL is refused without echoing it', () => {
    expect(() => readStorageConfig({ DATABASE_URL: 'mysql://root:topsecret@db/x' })).toThrow(StorageConfigError);
    expect(() => readStorageConfig({ DATABASE_URL: 'mysql://root:topsecret@db/x' })).toThrow(
      /^career-bot cannot start: DATABASE_URL must be a PostgreSQL URL/,
    );
    try {
      readStorageConfig({ DATABASE_URL: 'mysql://root:topsecret@db/x' });
    } catch (error) {
      expect((error as Error).message).not.toContain('topsecret');
    }
  });
});

describe('storage configuration', () => {
  it('sends the admin to a page of the repository that explains the variable refused', () => {
    const refused = { DATABASE_URL: 'mysql://db/x', INSIGHTS_RETENTION_DAYS: 'a month', DATABASE_TIMEOUT_MS: '9000' };
    for (const [variable, value] of Object.entries(refused)) {
      const message = (() => {
        try {
          readStorageConfig({ [variable]: value });
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      const page = /See \.env\.example and (docs\/[\w-]+\.md)\./.exec(message)?.[1];
      expect(page, message).toBe('docs/configuration.md');
      expect(readFileSync(projectPath(page!), 'utf8')).toContain(`| \`${variable}\` |`);
    }
  });

  it('defaults to a SQLite file under the working directory, text kept 30 days', () => {
    expect(readStorageConfig({ DATABASE_URL: '', DATABASE_PATH: ' ' }, '/srv/bot')).toEqual({
      target: { engine: 'sqlite', path: '/srv/bot/data/career-bot.sqlite' },
      retentionDays: 30,
      storeText: true,
      timeoutMs: 1000,
    });
  });

  it('PostgreSQL when DATABASE_URL is set; the no-text setting; a bad retention is named', () => {
    const config = readStorageConfig({
      DATABASE_URL: 'postgres://u:p@h/db',
      INSIGHTS_STORE_TEXT: 'false',
      INSIGHTS_RETENTION_DAYS: '7',
    });
    expect(config).toEqual({
      target: { engine: 'postgres', url: 'postgres://u:p@h/db' },
      retentionDays: 7,
      storeText: false,
      timeoutMs: 1000,
    });
    expect(() => readStorageConfig({ INSIGHTS_RETENTION_DAYS: 'a month' })).toThrow(
      /INSIGHTS_RETENTION_DAYS must be a number of days/,
    );
  });
});
