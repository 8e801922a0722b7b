import type { webApi } from '@slack/bolt';

/**
 * How the Web API client retries. Slack's default retries for about thirty minutes, which suits background
 * jobs, not a person waiting for an answer. Five retries with backoff from 1 s (capped at 20 s), plus any
 * Retry-After Slack asks for, cover a rate limit or a short outage in well under two minutes; after that the
 * failure is logged and the user can ask again. Each request gives up after 15 s, so a hung connection
 * becomes a retry instead of a stuck listener.
 */
export const WEB_CLIENT_OPTIONS = {
  retryConfig: { retries: 5, factor: 2, minTimeout: 1_000, maxTimeout: 20_000, randomize: true },
  timeout: 15_000,
  // Waiting out a 429 (then retrying) is what makes the answer arrive after a rate limit.
  rejectRateLimitedCalls: false,
} satisfies webApi.WebClientOptions;
