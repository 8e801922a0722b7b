import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMention,
  blockActions,
  messageTs,
  signRequest,
  slashCommand,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import { inProcessReplayGuard } from '../../src/slack/http/replay-guard.ts';
import { SIGNATURE_WINDOW_S } from '../../src/slack/http/request-guard.ts';
import { BOT_MENTION, SIGNING_SECRET, buttonLabelled, startHarness, type Harness } from './harness.ts';

// One request Slack signed, captured (a proxy's log) and sent again: the signature is valid for five minutes,
// so only remembering it stops the copy. The copy is acknowledged, as Slack expects, and nothing else happens.
const REPLAYS = 20;
const SETTLE_MS = 300;

/** `request` signed once, and a way to send exactly those bytes and headers again and again. */
function captured(url: string, request: SlackRequest) {
  const headers = { 'content-type': request.contentType, ...signRequest(SIGNING_SECRET, request.body) };
  return () => fetch(url, { method: 'POST', headers, body: request.body });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe('replayed requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it(`a mention replayed ${REPLAYS} times is answered once; every copy gets 200`, async () => {
    const ts = messageTs();
    const send = captured(h.app.url!, appMention({ text: `${BOT_MENTION} what does a care manager earn`, ts }));
    const statuses = [];
    for (let i = 0; i <= REPLAYS; i++) statuses.push((await send()).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
    await settle();
    const answers = h.standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts);
    expect(answers).toHaveLength(1);
    // The one reply is the answer the user asked for, not an error card.
    expect(JSON.stringify(answers[0]!.args.blocks)).toContain('Salary');
    expect(h.logs.filter((l) => l.level === 'warn' && l.text.includes('Ignored a replayed request'))).toHaveLength(
      REPLAYS,
    );
  });

  it(`a "Share in channel" click replayed ${REPLAYS} times posts to the channel once`, async () => {
    const card = (await (await h.send(slashCommand({ text: 'what does a case manager do' }))).json()) as {
      blocks: unknown[];
    };
    const share = buttonLabelled(card, 'Share in channel');
    const click = blockActions({
      action_id: share.action_id,
      value: share.value,
      response_url: h.standIn.responseUrl('replayed-share'),
    });
    const send = captured(h.app.url!, click);
    await Promise.all(Array.from({ length: REPLAYS + 1 }, () => send().then((res) => expect(res.status).toBe(200))));
    await h.standIn.waitFor((c) => c.responseId === 'replayed-share');
    await settle();
    const posted = h.standIn.responses('replayed-share');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.args.response_type).toBe('in_channel');
  });

  it('a replayed slash command gets an empty acknowledgement, not a second card', async () => {
    const send = captured(h.app.url!, slashCommand({ text: 'salary' }));
    const first = await send();
    expect((await first.json()) as object).toHaveProperty('blocks');
    const again = await send();
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');
  });

  it("Slack's retries, signed anew with a later timestamp, are not replays: they reach the retry filter", async () => {
    const mention = appMention({ text: `${BOT_MENTION} care manager skills` });
    const before = h.logs.length;
    expect((await h.send(mention)).status).toBe(200);
    expect((await h.sendRetry(mention, 1)).status).toBe(200);
    const since = h.logs.slice(before);
    expect(since.some((l) => /Skipping a retried event .*\(retry 1,/.test(l.text))).toBe(true);
    expect(since.some((l) => l.text.includes('Ignored a replayed request'))).toBe(false);
  });
});

describe('a replay guard shared by several instances', () => {
  it('ignores a request replayed to another instance than the one it was sent to', async () => {
    // What a database-backed guard gives instances behind one URL; here one in-process guard given to two apps.
    const shared = inProcessReplayGuard();
    const [a, b] = await Promise.all([
      startHarness({}, { replayGuard: shared }),
      startHarness({}, { replayGuard: shared }),
    ]);
    try {
      const ts = messageTs();
      const mention = appMention({ text: `${BOT_MENTION} what is a care manager`, ts });
      const headers = { 'content-type': mention.contentType, ...signRequest(SIGNING_SECRET, mention.body) };
      for (const app of [a, b])
        expect((await fetch(app.app.url!, { method: 'POST', headers, body: mention.body })).status).toBe(200);
      await a.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
      await settle();
      expect(b.standIn.callsTo('chat.postMessage')).toHaveLength(0);
      expect(b.logs.some((l) => l.text.includes('Ignored a replayed request'))).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('an unreachable guard is reported, and the request is handled as new', async () => {
    const h = await startHarness(
      {},
      { replayGuard: { firstSight: () => Promise.reject(new Error('database unreachable')) } },
    );
    try {
      const res = await h.send(slashCommand({ text: 'salary' }));
      expect((await res.json()) as object).toHaveProperty('blocks');
      expect(h.logs.some((l) => l.level === 'warn' && l.text.includes('handled as new: database unreachable'))).toBe(
        true,
      );
    } finally {
      await h.close();
    }
  });
});

describe('the in-process replay guard', () => {
  it('remembers a signature for as long as its timestamp is in the window, and no longer', () => {
    let nowSec = 1_000_000;
    const guard = inProcessReplayGuard({ now: () => nowSec * 1000 });
    expect(guard.firstSight('v0=a', nowSec)).toBe(true);
    expect(guard.firstSight('v0=a', nowSec)).toBe(false);
    // The same body signed at another second is another signature: a different key altogether.
    expect(guard.firstSight('v0=b', nowSec + 1)).toBe(true);
    nowSec += SIGNATURE_WINDOW_S;
    expect(guard.firstSight('v0=a', nowSec - SIGNATURE_WINDOW_S)).toBe(false);
    // Past the window the receiver refuses the timestamp anyway: the guard may forget it.
    nowSec += 1;
    expect(guard.firstSight('v0=a', nowSec - SIGNATURE_WINDOW_S - 1)).toBe(true);
  });

  it('holds at most maxSignatures, forgetting the oldest second first', () => {
    const nowSec = 2_000_000;
    const guard = inProcessReplayGuard({ maxSignatures: 3, now: () => nowSec * 1000 });
    for (const [sig, at] of [
      ['v0=old', nowSec - 10],
      ['v0=x', nowSec],
      ['v0=y', nowSec],
      ['v0=z', nowSec],
    ] as const) {
      expect(guard.firstSight(sig, at)).toBe(true);
    }
    expect(guard.firstSight('v0=x', nowSec)).toBe(false);
    expect(guard.firstSight('v0=old', nowSec - 10)).toBe(true);
  });
});
