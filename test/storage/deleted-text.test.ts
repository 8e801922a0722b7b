import { readFileSync, existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActions, directMessage } from '../../src/emulator/index.ts';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { applyRetention } from '../../src/storage/retention.ts';
import { startHarness, type Harness } from '../slack/harness.ts';
import { createTestDatabase, openTestDatabase, type TestDatabase } from './engines.ts';

// Deleted means deleted: question text the retention sweep removes is gone from the SQLite file's bytes (and
// its write-ahead log's), not only from the tables, where `strings` would read it back.

const MARKER = 'quokkazebra';

describe('text the retention sweep deletes (SQLite)', () => {
  let test: TestDatabase;
  let storage: Storage;
  let h: Harness;
  beforeAll(async () => {
    test = await createTestDatabase('sqlite');
    storage = await openStorage(
      { target: test.target, retentionDays: 30, storeText: true },
      { warn: () => {}, info: () => {} },
    );
    h = await startHarness({}, { env: { EXPERTS_CHANNEL: 'C0EXPERTS' }, storage });
  });
  afterAll(async () => {
    await h.close();
    await storage.close();
    await test.drop();
  });

  const path = () => (test.target as { path: string }).path;
  const fileBytes = () =>
    [path(), `${path()}-wal`]
      .filter(existsSync)
      .map((file) => readFileSync(file).toString('latin1'))
      .join('');
  const occurrences = () => fileBytes().split(MARKER).length - 1;

  it('is in the file after it was asked, and nowhere in it after the sweep', async () => {
    for (let i = 0; i < 5; i++) {
      const mark = h.standIn.mark();
      await h.send(
        directMessage({ text: `what does a case manager earn ${MARKER} number ${i}`, channel: `D0DELETED${i}` }),
      );
      await h.standIn.waitFor('chat.postMessage', { after: mark });
    }
    // And a question for the HR team, whose text the escalation keeps.
    const value = JSON.stringify({ e: 'declined', q: `can my ${MARKER} come to work`, t: null, r: [] });
    await h.send(blockActions({ action_id: 'escalate:ask', value, response_url: h.standIn.responseUrl('deleted') }));
    await h.standIn.waitFor((c) => c.responseId === 'deleted');
    await storage.recorder.flush();
    expect(occurrences()).toBeGreaterThan(0);

    // Retention of 0 days, a moment from now: every text is past it.
    const result = await applyRetention(storage.database, 0, Date.now() + 1_000);
    expect(result).toMatchObject({ questionTexts: 5, escalationTexts: 1 });
    expect(occurrences()).toBe(0);
  });
});

describe('text the retention sweep deletes (PostgreSQL)', () => {
  it('is vacuumed early: the tables holding text ask autovacuum to come after 100 changed rows, not a fifth of the table', async () => {
    const { database, close } = await openTestDatabase('postgres');
    try {
      const rows = await sql<{ relname: string; reloptions: string[] }>`select relname, reloptions from pg_class
        where relname in ('questions', 'feedback', 'question_texts', 'escalations') order by relname`.execute(
        database.db,
      );
      expect(rows.rows.map((r) => r.relname)).toEqual(['escalations', 'feedback', 'question_texts', 'questions']);
      for (const row of rows.rows)
        expect(row.reloptions).toEqual(
          expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=100']),
        );
    } finally {
      await close();
    }
  });
});
