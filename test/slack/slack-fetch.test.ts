import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createSlackFetch } from '../../src/slack/web-api/slack-fetch.ts';
import { recordingLogger, type LogLine } from './harness.ts';

// A policy whose cap is reached on the first retry: every wait must then be the cap, never more. The old loop
// capped first and randomized after, so its waits reached twice the cap (docs/operations.md promises at most the cap).
const POLICY = { retries: 4, factor: 2, minTimeout: 150, maxTimeout: 150, randomize: true };

function failingFetch(statuses: number[]) {
  const times: number[] = [];
  const fetchFn = (async () => {
    times.push(performance.now());
    const status = statuses[Math.min(times.length - 1, statuses.length - 1)]!;
    return new Response(status === 200 ? 'ok' : 'no', {
      status,
      headers: status === 429 ? { 'retry-after': '0' } : {},
    });
  }) as typeof fetch;
  return { fetchFn, times };
}

describe('response_url posts', () => {
  it("retry a 5xx with the Web API client's policy: randomized, then capped; the last answer reaches the caller", async () => {
    const logs: LogLine[] = [];
    const { fetchFn, times } = failingFetch([503]);
    const post = createSlackFetch({
      apiUrl: 'http://api.test/',
      policy: POLICY,
      timeoutMs: 5_000,
      logger: recordingLogger(logs),
      fetchFn,
    });
    const response = await post('http://hooks.test/respond', { method: 'POST' });
    expect(response.status).toBe(503);
    expect(times).toHaveLength(POLICY.retries + 1);
    const waits = times.slice(1).map((t, i) => t - times[i]!);
    // Never above the cap by more than a busy machine's timer lateness, and never below it here.
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(POLICY.maxTimeout - 5);
    expect(Math.max(...waits)).toBeLessThan(POLICY.maxTimeout * 1.9);
    expect(logs.filter((l) => l.level === 'warn')).toHaveLength(POLICY.retries);
  });

  it('a rate limit is waited out and retried; Web API calls pass straight through', async () => {
    const { fetchFn, times } = failingFetch([429, 200]);
    const post = createSlackFetch({
      apiUrl: 'http://api.test/',
      policy: { ...POLICY, minTimeout: 1, maxTimeout: 1 },
      timeoutMs: 5_000,
      logger: recordingLogger([]),
      fetchFn,
    });
    expect((await post('http://hooks.test/respond', { method: 'POST' })).status).toBe(200);
    expect(times).toHaveLength(2);
    const api = failingFetch([503]);
    const call = createSlackFetch({
      apiUrl: 'http://api.test/',
      policy: POLICY,
      timeoutMs: 5_000,
      logger: recordingLogger([]),
      fetchFn: api.fetchFn,
    });
    expect((await call('http://api.test/chat.postMessage')).status).toBe(503);
    expect(api.times).toHaveLength(1);
  });

  it('a lost connection, to the end: the caller learns how many attempts were made', async () => {
    const fetchFn = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
    }) as typeof fetch;
    const post = createSlackFetch({
      apiUrl: 'http://api.test/',
      policy: { ...POLICY, minTimeout: 1, maxTimeout: 1 },
      timeoutMs: 5_000,
      logger: recordingLogger([]),
      fetchFn,
    });
    await expect(post('http://hooks.test/respond', { method: 'POST' })).rejects.toThrow(
      'response_url post failed after 5 attempts: fetch failed (ECONNRESET)',
    );
  });
});
