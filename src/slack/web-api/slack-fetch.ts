/**
 * The fetch Bolt uses for both the Web API client and `respond()`. Web API calls pass straight through (the
 * client retries them itself); posts to a `response_url`, which Bolt sends once and never retries, get the
 * same policy as the client, through the same library (p-retry, the policy in web-client.ts: the backoff is
 * randomized, then capped, so no wait exceeds its maxTimeout): a 429 waits for its Retry-After, a 5xx or a lost
 * connection is retried with backoff. A reply that does not come in time is not retried: Slack may still carry the post out, and
 * a second one could show the answer twice. After the last attempt the failure reaches the listener.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@slack/bolt';
import pRetry from 'p-retry';

export type RetryPolicy = {
  retries: number;
  factor: number;
  minTimeout: number;
  maxTimeout: number;
  randomize: boolean;
};

export type SlackFetchOptions = {
  /** Web API calls start with this; everything else is a response_url. */
  apiUrl: string;
  policy: RetryPolicy;
  timeoutMs: number;
  logger: Logger;
  fetchFn?: typeof fetch;
  /** A Retry-After longer than this is not waited for: the user has gone by then. */
  maxRetryAfterMs?: number;
};

/** What to say when a call got no reply in time, and why it is not retried (shared with the Web API client). */
export const noReplyInTime = (what: string, timeoutMs: number) =>
  `${what}: no reply from Slack within ${timeoutMs / 1000} s; not retried, since Slack may still carry it out and a retry could post it twice`;

/** A fetch that gave up waiting, itself or wrapped by the Web API client (as `original`). */
export function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const original = (error as Error & { original?: unknown }).original;
  return error.name === 'TimeoutError' || (original instanceof Error && original.name === 'TimeoutError');
}

/** A 5xx, a 429 or a lost connection: worth another attempt. */
class Retryable extends Error {}

const describeError = (error: unknown) =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
    : String(error);

export function createSlackFetch(options: SlackFetchOptions): typeof fetch {
  const { apiUrl, policy, timeoutMs, logger, fetchFn = globalThis.fetch, maxRetryAfterMs = 60_000 } = options;

  // One attempt; the last one returns Slack's answer as it is (the caller sees the 5xx or 429).
  const attempt = async (url: string, init: RequestInit | undefined, attemptNumber: number): Promise<Response> => {
    const last = attemptNumber > policy.retries;
    let response: Response;
    try {
      response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (isTimeout(error)) throw new pRetry.AbortError(noReplyInTime('response_url post', timeoutMs));
      throw new Retryable(describeError(error));
    }
    if (response.status !== 429 && response.status < 500) return response;
    const retryAfter = response.headers.get('retry-after');
    const retryAfterMs = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : undefined;
    if (last || (response.status === 429 && retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs))
      return response;
    await response.body?.cancel();
    if (response.status >= 500) throw new Retryable(`HTTP ${response.status}`);
    // A rate limit: what Slack asks for first, then the policy's own backoff, as the Web API client does.
    if (retryAfterMs !== undefined) await sleep(retryAfterMs);
    throw new Retryable(`rate limited${retryAfterMs !== undefined ? `, Retry-After ${retryAfterMs / 1000} s` : ''}`);
  };

  const postWithRetries = (url: string, init: RequestInit | undefined): Promise<Response> =>
    pRetry((attemptNumber) => attempt(url, init, attemptNumber), {
      ...policy,
      onFailedAttempt: (error) => {
        logger.warn(
          `response_url post failed (attempt ${error.attemptNumber}, ${error.retriesLeft} retries left): ${error.message}`,
        );
      },
    }).catch((error: unknown) => {
      if (error instanceof Retryable)
        throw new Error(`response_url post failed after ${policy.retries + 1} attempts: ${error.message}`);
      throw error;
    });

  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith(apiUrl) ? fetchFn(input, init) : postWithRetries(url, init);
  };
}
