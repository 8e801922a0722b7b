/**
 * The replay guard (src/slack/http/replay-guard.ts's interface) on the shared database, so a signed request replayed
 * to another instance is refused too: a signature is inserted once; a second insert finds it. Signatures older
 * than the window are of no use (the receiver refuses their timestamps anyway) and are deleted, at most once a
 * PRUNE_EVERY_MS, in the background. Structurally a ReplayGuard; storage does not import the Slack layer.
 */
import type { Database } from './database.ts';

export type DbReplayGuard = { firstSight(signature: string, timestampSec: number): Promise<boolean> };

const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 1_000;

export function createDbReplayGuard(
  database: Database,
  windowSec: number,
  now: () => number = Date.now,
): DbReplayGuard {
  const { db } = database;
  let prunedAt = now();
  const prune = async () => {
    const before = Math.floor(now() / 1000) - windowSec * 2;
    for (;;) {
      const stale = db
        .selectFrom('request_signatures')
        .select('signature')
        .where('timestamp_sec', '<', before)
        .limit(PRUNE_BATCH);
      const { numDeletedRows } = await db
        .deleteFrom('request_signatures')
        .where('signature', 'in', stale)
        .executeTakeFirst();
      if (Number(numDeletedRows) < PRUNE_BATCH) return;
    }
  };
  return {
    async firstSight(signature, timestampSec) {
      const inserted = await db
        .insertInto('request_signatures')
        .values({ signature, timestamp_sec: timestampSec })
        .onConflict((oc) => oc.column('signature').doNothing())
        .executeTakeFirst();
      if (now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = now();
        // Never awaited by a request; a failure is tried again a minute later.
        prune().catch(() => {});
      }
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}
