/**
 * Slack events answered exactly once across instances. An instance claims an event in the database before it
 * answers it and marks it delivered once the answer is posted. Another delivery of the same event (Slack's
 * retry, on this instance or another) is answered only if the claim is stale: claimed more than `staleMs` ago
 * and never delivered, which means the instance that claimed it died before answering.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';

export type EventClaims = {
  /** true: this instance answers the event now. false: someone answered it or is answering it. */
  claim(eventId: string): Promise<boolean>;
  /** The answer was delivered: no retry will be answered again. */
  delivered(eventId: string): Promise<void>;
};

/**
 * How long an undelivered claim holds. It must outlast a slow answer (Slack retried for up to ~20 s, see
 * slack-fetch.ts) and be shorter than the ~1 minute before Slack's second retry, which then answers it.
 */
export const CLAIM_STALE_MS = 30_000;

export function createEventClaims(
  database: Database,
  options: { staleMs?: number; instance?: string; now?: () => number } = {},
): EventClaims {
  const { db } = database;
  const { staleMs = CLAIM_STALE_MS, instance = randomUUID(), now = Date.now } = options;
  return {
    async claim(eventId) {
      const at = now();
      const inserted = await db
        .insertInto('event_claims')
        .values({ event_id: eventId, instance, claimed_at: at, delivered_at: null })
        .onConflict((oc) => oc.column('event_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
      // Taken over only if nobody delivered it and its claim is stale; one UPDATE, so two retries racing on
      // two instances cannot both win.
      const taken = await db
        .updateTable('event_claims')
        .set({ instance, claimed_at: at })
        .where('event_id', '=', eventId)
        .where('delivered_at', 'is', null)
        .where('claimed_at', '<', at - staleMs)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) > 0;
    },
    async delivered(eventId) {
      await db.updateTable('event_claims').set({ delivered_at: now() }).where('event_id', '=', eventId).execute();
    },
  };
}
