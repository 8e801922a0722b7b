import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@slack/bolt';

/**
 * The fetch Bolt uses for both the Web API client and `respond()`. Web API calls pass straight through (the
 * client retries them itself); posts to a `response_url`, which Bolt sends once and never retries, get the
 * same policy as the client here: a 429 waits for its Retry-After, a 5xx or a lost connection is retried
 * with backoff. A reply that does not come in time is not retried: Slack may still carry the post out, and
 * a second one could show the answer twice. After the last attempt the failure reaches the listener.
 */
export type RetryPolicy = { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean };

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

export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const base = Math.min(policy.maxTimeout, policy.minTimeout * policy.factor ** attempt);
  return policy.randomize ? base * (1 + Math.random()) : base;
}

export function createSlackFetch(options: SlackFetchOptions): typeof fetch {
  const { apiUrl, policy, timeoutMs, logger, fetchFn = globalThis.fetch, maxRetryAfterMs = 60_000 } = options;

  const postWithRetries = async (url: string, init: RequestInit | undefined): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = policy.retries - attempt;
      let waitMs: number;
      let problem: string;
      try {
        const response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const retryAfter = response.headers.get('retry-after');
        const retryAfterMs = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : undefined;
        if (response.status === 429) {
          if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) return response;
          waitMs = retryAfterMs ?? backoffMs(policy, attempt);
          problem = `rate limited${retryAfterMs !== undefined ? `, Retry-After ${retryAfterMs / 1000} s` : ''}`;
        } else if (response.status >= 500) {
          waitMs = backoffMs(policy, attempt);
          problem = `HTTP ${response.status}`;
        } else {
          return response;
        }
        if (retriesLeft === 0) return response;
        await response.body?.cancel();
      } catch (error) {
        if (isTimeout(error)) throw new Error(noReplyInTime('response_url post', timeoutMs));
        problem = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
        if (retriesLeft === 0) throw new Error(`response_url post failed after ${attempt + 1} attempts: ${problem}`);
        waitMs = backoffMs(policy, attempt);
      }
      logger.warn(`response_url post failed (attempt ${attempt + 1}, ${retriesLeft} retries left, next in ${(waitMs / 1000).toFixed(1)} s): ${problem}`);
      await sleep(waitMs);
    }
  };

  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith(apiUrl) ? fetchFn(input, init) : postWithRetries(url, init);
  };
}
