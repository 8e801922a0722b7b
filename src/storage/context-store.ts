import type { ContextStore } from '../conversation/context.ts';
import { CONTEXT_TTL_MS } from '../conversation/context.ts';
import type { Database } from './database.ts';

/**
 * The conversation context store (src/conversation/context.ts) on the shared database, so any instance can
 * carry any conversation and a restart forgets none. A turn expires CONTEXT_TTL_MS after it was set; expired
 * rows are read as absent and swept by the retention job. The key (a DM channel, or channel + thread ts) is
 * kept only that long and never with a question.
 */
export function createDbContextStore(
  database: Database,
  ttlMs = CONTEXT_TTL_MS,
  now: () => number = Date.now,
): ContextStore {
  const { db } = database;
  return {
    async get(key) {
      const row = await db
        .selectFrom('conversation_context')
        .select(['topic', 'roles', 'recent', 'topics', 'chosen'])
        .where('key', '=', key)
        .where('expires_at', '>', now())
        .executeTakeFirst();
      if (!row) return null;
      const list = (text: string) => (text === '' ? [] : text.split(','));
      return {
        topic: row.topic,
        roles: list(row.roles),
        ...(row.recent ? { recent: list(row.recent) } : {}),
        ...(row.topics ? { topics: list(row.topics) } : {}),
        ...(row.chosen ? { chosen: row.chosen } : {}),
      };
    },
    async set(key, turn) {
      const values = {
        topic: turn.topic,
        roles: turn.roles.join(','),
        recent: (turn.recent ?? []).join(','),
        topics: (turn.topics ?? []).join(','),
        chosen: turn.chosen ?? '',
        expires_at: now() + ttlMs,
      };
      await db
        .insertInto('conversation_context')
        .values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute();
    },
  };
}
