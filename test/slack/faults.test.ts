import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, blockActions, directMessage, messageTs, slashCommand } from '../../src/emulator/index.ts';
import { buttonLabelled, headerOf, BOT_MENTION as BOT, startHarness, type Harness } from './harness.ts';

// Slack misbehaving: the answer must still arrive once it recovers, the failure must be logged,
// and the app must keep serving. Retries start after FIRST_RETRY_MS instead of the app's 1 s, so as not to wait
// out the backoff (a Retry-After is still waited for in full).
const FIRST_RETRY_MS = 50;
const harness = () => startHarness({}, { timeouts: { slackFirstRetryMs: FIRST_RETRY_MS } });

describe('when the Slack Web API fails', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  const mentionAndWait = async (text: string) => {
    const ts = messageTs();
    const after = h.standIn.mark();
    const logsBefore = h.logs.length;
    expect((await h.send(appMention({ text: `${BOT} ${text}`, ts }))).status).toBe(200);
    const post = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, {
      after,
      timeoutMs: 20_000,
    });
    const attempts = h.standIn.calls.filter((c) => c.seq > after && c.method === 'chat.postMessage');
    return { post, attempts, logs: h.logs.slice(logsBefore) };
  };

  it('429 with Retry-After: waits, then the answer arrives once', async () => {
    h.standIn.fail('chat.postMessage', { kind: 'rate-limit', retryAfterSeconds: 1 }, 1);
    const { post, attempts, logs } = await mentionAndWait('care manager salary');
    expect(headerOf(post.args)).toBe('Care manager · Salary');
    expect(attempts.map((c) => c.fault ?? 'ok')).toEqual(['rate-limit', 'ok']);
    expect(post.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(logs.some((l) => (l.level === 'warn' || l.level === 'info') && /rate limit/i.test(l.text))).toBe(true);
  });

  it('500: retried, then the answer arrives once', async () => {
    h.standIn.fail('chat.postMessage', { kind: 'status', status: 500 }, 2);
    const { post, attempts, logs } = await mentionAndWait('what does a case manager do');
    expect(headerOf(post.args)).toBe('Case manager · Job duties');
    expect(attempts.map((c) => c.fault ?? 'ok')).toEqual(['status', 'status', 'ok']);
    expect(logs.some((l) => l.level === 'warn' && /500|failed/i.test(l.text))).toBe(true);
  });

  it('a dropped connection: retried, then the answer arrives once', async () => {
    h.standIn.fail('chat.postMessage', { kind: 'drop' }, 1);
    const { post, attempts } = await mentionAndWait('where do care managers work');
    expect(headerOf(post.args)).toBe('Care manager · Work environment');
    expect(attempts.filter((c) => !c.fault)).toHaveLength(1);
  });

  it('a response_url that fails: logged, retried like the Web API, and the app keeps answering', async () => {
    const card = (await (await h.send(slashCommand({ text: 'care manager salary' }))).json()) as { blocks: unknown[] };
    const share = buttonLabelled(card, 'Share in channel');
    h.standIn.fail('response_url', { kind: 'status', status: 500 }, 1);
    const logsBefore = h.logs.length;
    const res = await h.send(
      blockActions({ action_id: share.action_id, value: share.value, response_url: h.standIn.responseUrl('broken') }),
    );
    expect(res.status).toBe(200);
    await h.standIn.waitFor((c) => c.responseId === 'broken', { timeoutMs: 15_000 });
    expect(h.standIn.responses('broken')).toHaveLength(1);
    expect(h.logs.slice(logsBefore).some((l) => l.level === 'warn' && /response_url.*500/.test(l.text))).toBe(true);

    const after = h.standIn.mark();
    await h.send(directMessage({ text: 'skills of a case manager' }));
    const post = await h.standIn.waitFor('chat.postMessage', { after });
    expect(headerOf(post.args)).toBe('Case manager · Skills');
  });

  it('auth.test failing at start-up: the app still starts, and answers once Slack recovers', async () => {
    // A fresh app, so its first auth.test meets the fault.
    const fresh = await harness();
    try {
      // Every attempt of the start-up check and the first event's look-up fails; later ones succeed.
      fresh.standIn.fail('auth.test', { kind: 'status', status: 500 }, 100);
      await new Promise((r) => setTimeout(r, 200));
      fresh.standIn.heal();
      const after = fresh.standIn.mark();
      await fresh.send(directMessage({ text: 'care manager salary' }));
      const post = await fresh.standIn.waitFor('chat.postMessage', { after, timeoutMs: 60_000 });
      expect(headerOf(post.args)).toBe('Care manager · Salary');
    } finally {
      await fresh.close();
    }
  });
});
