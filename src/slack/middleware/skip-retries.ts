/**
 * Slack retries an event when our acknowledgement was late or lost: right away, then after about 1 and 5
 * minutes. Each event is answered exactly once across instances: it is claimed in the shared database before it
 * is answered, and marked delivered once answered (storage/claims.ts). A delivery of an event that some
 * instance answered or is answering now is dropped (Bolt has acknowledged it already); a retry of an event whose
 * claim went stale (its instance died before answering) is answered, at the latest on Slack's retry about a
 * minute after the first delivery.
 *
 * When the database cannot be reached (or an event has no id), the rule is the stateless one: a first delivery is answered,
 * a retry dropped (the asker can ask again if the first instance died).
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { isDatabaseUnavailable, within, type EventClaims } from '../../storage/index.ts';

type EventBody = { type?: string; event_id?: string };

/** How long an answer waits for its event's claim before it goes ahead without one (the database is away or slow). */
const CLAIM_BUDGET_MS = 300;

/** `claims`: the database's (shared by every instance on PostgreSQL). */
export function skipRetries(claims: EventClaims): Middleware<AnyMiddlewareArgs> {
  return async ({ context, body, logger, next }) => {
    const { type, event_id: eventId } = body as EventBody;
    if (type !== 'event_callback') return next();
    // Socket Mode numbers every delivery (retry_attempt 0 is the first); HTTP sends a number only on retries.
    const retry = (context.retryNum ?? 0) > 0;
    const why = `retry ${context.retryNum ?? 0}, ${context.retryReason ?? 'no reason given'}`;
    let mine = !retry;
    if (eventId) {
      try {
        mine = await within(claims.claim(eventId), CLAIM_BUDGET_MS, "the event's claim");
      } catch (error) {
        const message = `Could not claim event ${eventId} in the database (${error instanceof Error ? error.message : String(error)}): ${retry ? 'dropped, as a retry' : 'answered, as a first delivery'}.`;
        // The database being away is logged once a period by storage, not once an event here.
        if (isDatabaseUnavailable(error)) logger.debug(message);
        else logger.warn(message);
      }
    }
    if (!mine) {
      logger.info(
        `Skipping a ${retry ? 'retried event' : 'repeated delivery'} ${eventId ?? '(no id)'} (${why}): it was answered, or is being answered, by an instance.`,
      );
      return;
    }
    if (retry) logger.info(`Answering a retried event ${eventId ?? ''} (${why}): no instance answered it.`);
    await next();
    await claims.delivered(eventId ?? '').catch((error: unknown) => {
      const message = `Could not mark event ${eventId} delivered (${error instanceof Error ? error.message : String(error)}): a stale retry may answer it again.`;
      if (isDatabaseUnavailable(error)) logger.debug(message);
      else logger.warn(message);
    });
  };
}
