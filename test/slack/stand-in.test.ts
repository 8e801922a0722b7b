import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActions, sendToApp, signRequest, slashCommand, triggerId } from '../../src/emulator/index.ts';
import { startFaultyStandIn, type FaultyStandIn } from '../support/faulty-stand-in.ts';

// The stand-in is what every Slack test leans on, so it is checked against Slack's real Web API client.
const { WebClient } = webApi;

describe('Slack stand-in', () => {
  let standIn: FaultyStandIn;
  beforeAll(async () => {
    standIn = await startFaultyStandIn({ token: 'xoxb-test' });
  });
  afterAll(() => standIn.close());

  const client = () =>
    new WebClient('xoxb-test', {
      slackApiUrl: standIn.apiUrl,
      retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 },
    });

  it('answers and records Web API calls made by the real client, decoding blocks', async () => {
    const result = await client().chat.postMessage({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    expect(result.ok).toBe(true);
    const call = await standIn.waitFor('chat.postMessage');
    expect(call.args).toMatchObject({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    expect(call.authenticated).toBe(true);
    expect(JSON.stringify(call)).not.toContain('xoxb-test');
  });

  it('opens a modal once per trigger, only within 3 s of the click, and updates it by id and hash, as Slack does', async () => {
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Answer' }, blocks: [] };
    const trigger = triggerId();
    const opened = await client().views.open({ trigger_id: trigger, view });
    expect(opened.view).toMatchObject({ id: expect.any(String), type: 'modal', hash: expect.any(String) });
    await expect(client().views.open({ trigger_id: trigger, view })).rejects.toThrow(/exchanged_trigger_id/);
    await expect(client().views.open({ trigger_id: triggerId(Date.now() - 3_500), view })).rejects.toThrow(
      /expired_trigger_id/,
    );
    await expect(
      client().views.open({
        trigger_id: triggerId(),
        view: { ...view, title: { type: 'plain_text', text: 'x'.repeat(25) } },
      }),
    ).rejects.toThrow(/invalid_arguments/);
    const updated = await client().views.update({
      view_id: opened.view!.id!,
      hash: opened.view!.hash!,
      view: { ...view, blocks: [{ type: 'divider' }] },
    });
    expect(standIn.modals.get(opened.view!.id!)).toMatchObject({
      blocks: [{ type: 'divider' }],
      hash: updated.view!.hash,
    });
    await expect(client().views.update({ view_id: opened.view!.id!, hash: opened.view!.hash!, view })).rejects.toThrow(
      /hash_conflict/,
    );
    await expect(client().views.update({ view_id: 'V0NOPE', view })).rejects.toThrow(/not_found/);
  });

  it('updates only a message that was posted, in its channel', async () => {
    const posted = await client().chat.postMessage({ channel: 'C2', text: 'before' });
    const updated = await client().chat.update({ channel: 'C2', ts: posted.ts!, text: 'after' });
    expect(updated).toMatchObject({ ok: true, ts: posted.ts, message: { text: 'after' } });
    await expect(client().chat.update({ channel: 'C3', ts: posted.ts!, text: 'x' })).rejects.toThrow(
      /message_not_found/,
    );
  });

  it('rejects a wrong token', async () => {
    await expect(new WebClient('xoxb-wrong', { slackApiUrl: standIn.apiUrl }).auth.test()).rejects.toThrow(
      /invalid_auth/,
    );
  });

  it('injects a 500 then recovers, and the client retry gets through', async () => {
    const after = standIn.mark();
    standIn.fail('chat.postMessage', { kind: 'status', status: 500 }, 1);
    await client().chat.postMessage({ channel: 'C2', text: 'after fault' });
    const calls = standIn.calls.filter((c) => c.seq > after);
    expect(calls.map((c) => c.fault ?? 'ok')).toEqual(['status', 'ok']);
  });

  it('injects a 429 with Retry-After', async () => {
    const after = standIn.mark();
    standIn.fail('auth.test', { kind: 'rate-limit', retryAfterSeconds: 1 }, 1);
    const started = Date.now();
    await client().auth.test();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(standIn.calls.filter((c) => c.seq > after).map((c) => c.fault ?? 'ok')).toEqual(['rate-limit', 'ok']);
  });

  it('records response_url posts and reports each call as an event', async () => {
    const seen: string[] = [];
    const listener = (c: { method: string }) => seen.push(c.method);
    standIn.on('call', listener);
    const res = await fetch(standIn.responseUrl('r1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'reply', response_type: 'ephemeral' }),
    });
    expect(res.status).toBe(200);
    standIn.off('call', listener);
    expect(standIn.responses('r1')[0]?.args).toEqual({ text: 'reply', response_type: 'ephemeral' });
    expect(seen).toEqual(['response_url']);
  });

  it('times out waiting for a call that never comes', async () => {
    await expect(standIn.waitFor('views.publish', { timeoutMs: 50 })).rejects.toThrow(/no matching views.publish/);
  });
});

describe('signed requests', () => {
  it('signs as Slack documents: v0=HMAC-SHA256(v0:ts:body)', () => {
    const headers = signRequest('secret', 'a=b', 1531420618);
    const expected = createHmac('sha256', 'secret').update('v0:1531420618:a=b').digest('hex');
    expect(headers).toEqual({ 'x-slack-signature': `v0=${expected}`, 'x-slack-request-timestamp': '1531420618' });
  });

  it('sendToApp posts form bodies with signature to /slack/events', async () => {
    const received: Array<{ url?: string; headers: Record<string, unknown>; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ url: req.url, headers: req.headers, body });
        res.end('');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const command = slashCommand({ text: 'salary' });
      await sendToApp(`http://127.0.0.1:${port}`, 's', command);
      await sendToApp(`http://127.0.0.1:${port}/x`, 's', blockActions({ action_id: 'a', value: 'v' }), {
        'X-Slack-Retry-Num': '1',
      });
      expect(received[0]!.url).toBe('/slack/events');
      expect(new URLSearchParams(received[0]!.body).get('text')).toBe('salary');
      expect(received[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(received[1]!.url).toBe('/x');
      expect(received[1]!.headers['x-slack-retry-num']).toBe('1');
      const payload = JSON.parse(new URLSearchParams(received[1]!.body).get('payload')!);
      expect(payload.actions[0]).toMatchObject({ action_id: 'a', value: 'v' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
