import type { Database } from './database.ts';

/**
 * What unasked answers (ANSWER_CHANNELS) must remember across requests and instances: which threads were answered
 * (so a retry, a replay or a second instance never answers one twice), how many a channel got in the last hour (the
 * cap), and who turned them off for themselves. No question text is kept here, and no user id with a question: the
 * opt-out is the user id alone.
 */
export type UnpromptedStore = {
  /**
   * Claims a thread before answering it: 'mine' (answer it now), 'taken' (it was answered, or is being answered), or
   * 'capped' (the channel had `cap` unasked answers within the last hour; the thread is then never answered).
   */
  claimThread(channel: string, threadTs: string, cap: number): Promise<ThreadClaim>;
  optOut(userId: string): Promise<void>;
  optedOut(userId: string): Promise<boolean>;
};

export type ThreadClaim = 'mine' | 'taken' | 'capped';

/** The cap counts the answers of the last hour. */
export const UNPROMPTED_WINDOW_MS = 60 * 60 * 1000;
/** A claim outlives every retry and replay (minutes) by far; older ones are deleted as new ones are made. */
const THREADS_KEPT_MS = 24 * 60 * 60 * 1000;

export function createDbUnpromptedStore(database: Database, now: () => number = Date.now): UnpromptedStore {
  const { db } = database;
  return {
    async claimThread(channel, threadTs, cap) {
      const at = now();
      const inserted = await db
        .insertInto('unprompted_threads')
        .values({ channel, thread_ts: threadTs, claimed_at: at, counted: 1 })
        .onConflict((oc) => oc.columns(['channel', 'thread_ts']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return 'taken';
      // Counted after the claim, ours included: two instances claiming at once both see both, and both stand down
      // at the cap, so a channel can get fewer than the cap in a race, never more.
      const row = await db
        .selectFrom('unprompted_threads')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('channel', '=', channel)
        .where('counted', '=', 1)
        .where('claimed_at', '>', at - UNPROMPTED_WINDOW_MS)
        .executeTakeFirstOrThrow();
      await db
        .deleteFrom('unprompted_threads')
        .where('claimed_at', '<', at - THREADS_KEPT_MS)
        .execute();
      if (Number(row.n) <= cap) return 'mine';
      await db
        .updateTable('unprompted_threads')
        .set({ counted: 0 })
        .where('channel', '=', channel)
        .where('thread_ts', '=', threadTs)
        .execute();
      return 'capped';
    },
    async optOut(userId) {
      await db
        .insertInto('unprompted_opt_outs')
        .values({ user_id: userId, at: now() })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute();
    },
    async optedOut(userId) {
      const row = await db
        .selectFrom('unprompted_opt_outs')
        .select('user_id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
