import type { Logger, webApi } from '@slack/bolt';
import { createSlackFetch, isTimeout, noReplyInTime } from './slack-fetch.ts';

/**
 * How the Web API client retries. Slack's default retries for about thirty minutes, which suits background
 * jobs, not a person waiting for an answer. Five retries with backoff from 1 s (capped at 20 s), plus any
 * Retry-After Slack asks for, cover a rate limit or a short outage in well under two minutes; after that the
 * failure is logged and the user can ask again. Each request gives up after 15 s, so a hung connection
 * cannot hold a listener; that one is not retried, because Slack may have received it (posting twice is worse
 * than the rare lost answer, which is logged).
 */
export const RETRY_POLICY = { retries: 5, factor: 2, minTimeout: 1_000, maxTimeout: 20_000, randomize: true };
export const REQUEST_TIMEOUT_MS = 15_000;

type FailedAttempt = Error & { attemptNumber?: number; retriesLeft?: number };

const SLACK_API_URL = 'https://slack.com/api/';

/** How long the client waits: for a reply, and before its first retry (the policy's minTimeout, doubling from there). */
export type ClientWaits = { timeoutMs: number; firstRetryMs: number };

/**
 * The client's options. The waits (REQUEST_TIMEOUT_MS and RETRY_POLICY's unless given) apply to each Web API
 * request and each response_url post: tests shorten them rather than wait out the defaults.
 */
export function webClientOptions(
  logger: Logger,
  slackApiUrl?: string,
  waits: Partial<ClientWaits> = {},
): webApi.WebClientOptions {
  const { timeoutMs = REQUEST_TIMEOUT_MS, firstRetryMs = RETRY_POLICY.minTimeout } = waits;
  const policy = { ...RETRY_POLICY, minTimeout: firstRetryMs };
  // The client retries 5xx answers and lost connections silently; each failed attempt is worth a line.
  // A call that timed out is not retried (throwing here ends p-retry's retries): Slack may still post it.
  const onFailedAttempt = (error: FailedAttempt) => {
    if (isTimeout(error)) throw new Error(noReplyInTime('Slack Web API call', timeoutMs));
    logger.warn(
      `Slack Web API call failed (attempt ${error.attemptNumber ?? '?'}, ${error.retriesLeft ?? '?'} retries left): ${error.message}`,
    );
  };
  const apiUrl = slackApiUrl ?? SLACK_API_URL;
  return {
    retryConfig: { ...policy, onFailedAttempt } as webApi.RetryOptions,
    timeout: timeoutMs,
    // Waiting out a 429 (then retrying) is what makes the answer arrive after a rate limit.
    rejectRateLimitedCalls: false,
    // Bolt's respond() posts to response_url through this fetch, and would otherwise never retry.
    fetch: createSlackFetch({ apiUrl, policy, timeoutMs, logger }),
    ...(slackApiUrl ? { slackApiUrl } : {}),
  };
}
