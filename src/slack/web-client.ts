import type { Logger, webApi } from '@slack/bolt';

/**
 * How the Web API client retries. Slack's default retries for about thirty minutes, which suits background
 * jobs, not a person waiting for an answer. Five retries with backoff from 1 s (capped at 20 s), plus any
 * Retry-After Slack asks for, cover a rate limit or a short outage in well under two minutes; after that the
 * failure is logged and the user can ask again. Each request gives up after 15 s, so a hung connection
 * becomes a retry instead of a stuck listener.
 */
export const RETRY_POLICY = { retries: 5, factor: 2, minTimeout: 1_000, maxTimeout: 20_000, randomize: true };
export const REQUEST_TIMEOUT_MS = 15_000;

type FailedAttempt = Error & { attemptNumber?: number; retriesLeft?: number };

export function webClientOptions(logger: Logger, slackApiUrl?: string): webApi.WebClientOptions {
  // The client retries 5xx answers and lost connections silently; each failed attempt is worth a line.
  const onFailedAttempt = (error: FailedAttempt) => {
    logger.warn(
      `Slack Web API call failed (attempt ${error.attemptNumber ?? '?'}, ${error.retriesLeft ?? '?'} retries left): ${error.message}`,
    );
  };
  return {
    retryConfig: { ...RETRY_POLICY, onFailedAttempt } as webApi.RetryOptions,
    timeout: REQUEST_TIMEOUT_MS,
    // Waiting out a 429 (then retrying) is what makes the answer arrive after a rate limit.
    rejectRateLimitedCalls: false,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  };
}
