import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database.ts';
import { createDbUnpromptedStore, UNPROMPTED_WINDOW_MS, type UnpromptedStore } from '../../src/storage/unprompted.ts';
import { writeRecords } from '../../src/storage/insights-store.ts';
import type { QuestionRecord } from '../../src/storage/records.ts';
import { insightsReport } from '../../src/storage/report.ts';
import { ENGINES, openTestDatabase } from './engines.ts';

/** `make` opens another handle on the same store (another instance, on one database) each time it is called. */
function behaves(name: string, make: (now: () => number) => UnpromptedStore) {
  describe(`unprompted store (${name})`, () => {
    it('claims a thread once: a retry, a replay or another instance gets "taken"', async () => {
      const store = make(Date.now);
      const other = make(Date.now);
      expect(await store.claimThread('C1', '1.000001', 3)).toBe('mine');
      expect(await store.claimThread('C1', '1.000001', 3)).toBe('taken');
      expect(await other.claimThread('C1', '1.000001', 3)).toBe('taken');
      // Another channel's thread with the same ts is its own.
      expect(await other.claimThread('C2', '1.000001', 3)).toBe('mine');
    });

    it('caps a channel at so many answers an hour, then lets it answer again', async () => {
      let at = Date.now();
      const store = make(() => at);
      expect(await store.claimThread('C3', '2.000001', 2)).toBe('mine');
      expect(await store.claimThread('C3', '2.000002', 2)).toBe('mine');
      expect(await store.claimThread('C3', '2.000003', 2)).toBe('capped');
      // A capped thread stays unanswered (its retry too), and does not count towards the cap.
      expect(await store.claimThread('C3', '2.000003', 2)).toBe('taken');
      expect(await store.claimThread('C4', '2.000004', 2)).toBe('mine');
      at += UNPROMPTED_WINDOW_MS + 1;
      expect(await store.claimThread('C3', '2.000005', 2)).toBe('mine');
    });

    it('remembers who opted out, by user id alone', async () => {
      const store = make(Date.now);
      expect(await store.optedOut('U0OPTOUT')).toBe(false);
      await store.optOut('U0OPTOUT');
      await store.optOut('U0OPTOUT');
      expect(await store.optedOut('U0OPTOUT')).toBe(true);
      expect(await store.optedOut('U0OTHER')).toBe(false);
    });
  });
}

for (const engine of ENGINES) {
  let db: { database: Database; close(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());
  behaves(engine, (now) => createDbUnpromptedStore(db.database, now));
}

describe.each(ENGINES)('insights by how answers were asked, on %s', (engine) => {
  it('counts shortcut and unasked answers apart, and the votes on unasked ones', async () => {
    const db = await openTestDatabase(engine);
    try {
      const at = Date.now();
      const q = (surface: QuestionRecord['surface']): QuestionRecord => ({
        at,
        surface,
        kind: 'answer',
        topic: 'salary',
        roles: ['case-manager'],
        confidence: 0.9,
        covered: true,
        usedContext: false,
        latencyMs: 1,
        question: 'what do case managers earn',
      });
      const vote = (v: 'up' | 'down', surface?: 'unprompted') => ({
        at,
        vote: v,
        topic: 'salary',
        roles: ['case-manager'],
        question: 'what do case managers earn',
        ...(surface ? { surface } : {}),
      });
      await writeRecords(
        db.database,
        [q('unprompted'), q('unprompted'), q('shortcut'), q('mention')],
        [vote('up', 'unprompted'), vote('down', 'unprompted'), vote('down')],
        { storeText: true },
      );
      const report = await insightsReport(db.database);
      expect(new Map(report.surfaces.map((s) => [s.surface, s.count]))).toEqual(
        new Map([
          ['unprompted', 2],
          ['shortcut', 1],
          ['mention', 1],
        ]),
      );
      expect(report.feedback).toEqual({ up: 1, down: 2 });
      expect(report.unpromptedFeedback).toEqual({ up: 1, down: 1 });
      // One line per answer voted down, however it was asked.
      expect(report.downvoted).toEqual([expect.objectContaining({ question: 'what do case managers earn', count: 2 })]);
    } finally {
      await db.close();
    }
  });
});
