import type { App } from '@slack/bolt';

/**
 * Slack retries an event when our acknowledgement was late or lost. Bolt acknowledges events before any
 * listener runs, so the first delivery is already being answered: a retry is dropped (it is acknowledged)
 * instead of being answered twice. No memory of past events is needed, so any instance can receive a retry.
 * The trade-off: if the instance that got the first delivery died before answering, that question goes
 * unanswered (the asker can ask again).
 */
export function register(app: App): void {
  app.use(async ({ context, body, logger, next }) => {
    // Socket Mode numbers every delivery (retry_attempt 0 is the first); HTTP sends a number only on retries.
    if ((context.retryNum ?? 0) > 0 && (body as { type?: string }).type === 'event_callback') {
      logger.info(`Skipping a retried event (retry ${context.retryNum}, ${context.retryReason ?? 'no reason given'}): it was answered on first delivery.`);
      return;
    }
    await next();
  });
}
