import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database.ts';
import { createDbUnpromptedStore, createMemoryUnpromptedStore, UNPROMPTED_WINDOW_MS, type UnpromptedStore } from '../../src/storage/unprompted.ts';
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

// In memory, one store per clock: a process is one instance.
const memoryStores = new Map<() => number, UnpromptedStore>();
behaves('in memory', (now) => memoryStores.get(now) ?? memoryStores.set(now, createMemoryUnpromptedStore(now)).get(now)!);

for (const engine of ENGINES) {
  let db: { database: Database; close(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());
  behaves(engine, (now) => createDbUnpromptedStore(db.database, now));
}
