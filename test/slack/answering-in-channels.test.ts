import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelMessage,
  DEFAULT_IDS,
  messageShortcut,
  messageTs,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import type { RecordedCall } from '../../src/emulator/index.ts';
import { ANSWER_SHORTCUT } from '../../src/records/manifest.ts';
import type { Database } from '../../src/storage/database.ts';
import { createDbUnpromptedStore } from '../../src/storage/unprompted.ts';
import { ENGINES, openTestDatabase } from '../storage/engines.ts';
import type { Card } from '../support/block-kit.ts';
import { buttonLabelled, clickOnMessage, headerOf, startHarness, type Harness } from './harness.ts';

// Issue 20: answering where people already ask. Everything through signed HTTP to the running app, Slack's side played
// by the stand-in; a test asserts what people in the channel (or the one who asked) see.

const LISTENING = 'C0HRCAREERS';
const QUESTION = 'what certification do care managers need?';

const textOf = (call: RecordedCall) => JSON.stringify(call.args.blocks ?? []) + String(call.args.text ?? '');
const postsIn = (h: Harness, threadTs: string) =>
  h.standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);

const DONE = /^(handled|answered) /;

/**
 * Sends a request and waits until the app has finished with it: its outcome is logged last (`done`; a retry the
 * retry filter drops says so instead).
 */
async function handled(
  h: Harness,
  request: SlackRequest,
  send: (r: SlackRequest) => Promise<Response> = h.send,
  done = DONE,
): Promise<void> {
  const count = () => h.logs.filter((l) => done.test(l.text)).length;
  const before = count();
  expect((await send(request)).status).toBe(200);
  for (let i = 0; i < 500 && count() <= before; i++) await new Promise((r) => setTimeout(r, 10));
  expect(count()).toBeGreaterThan(before);
}

describe('the "Answer with career-bot" message shortcut', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ outside: ['C0NOTMEMBER', 'G0PRIVATE'] });
  });
  afterAll(() => h.close());

  const shortcut = (text: string, channel: string, responseId: string, ts = messageTs()) =>
    messageShortcut({
      callback_id: ANSWER_SHORTCUT,
      message: { text, ts, user: 'U0COLLEAGUE' },
      channel_id: channel,
      response_url: h.standIn.responseUrl(responseId),
    });

  it('answers the message in its thread for the channel, saying who asked', async () => {
    const ts = messageTs();
    const res = await h.send(shortcut(QUESTION, DEFAULT_IDS.channelId, 'sc-answer', ts));
    expect(res.status).toBe(200);
    const posted = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
    expect(posted.args.channel).toBe(DEFAULT_IDS.channelId);
    expect(textOf(posted)).toContain(`Answered at <@${DEFAULT_IDS.userId}>'s request`);
    expect(headerOf(posted.args as Card)).toMatch(/certification/i);
    expect(h.standIn.responses('sc-answer')).toHaveLength(0);
  });

  it('keeps a decline private: the clicker sees it, the channel does not', async () => {
    const ts = messageTs();
    await h.send(
      shortcut('anyone want to split thai for lunch? ordering at 11:45', DEFAULT_IDS.channelId, 'sc-decline', ts),
    );
    const reply = await h.standIn
      .waitFor((c) => c.responseId === 'sc-decline', { timeoutMs: 2000 })
      .catch((e) => {
        console.log(h.logs.map((l) => l.text).join('\n'));
        throw e;
      });
    expect(reply.args.response_type).toBe('ephemeral');
    expect(textOf(reply)).toContain('Only you can see this');
    expect(postsIn(h, ts)).toHaveLength(0);
  });

  for (const [where, channel, why] of [
    ['a public channel the bot is not in', 'C0NOTMEMBER', 'not a member'],
    ['a private channel without the bot', 'G0PRIVATE', 'not a member'],
    ['a DM between people', 'D0PEOPLE', 'between people'],
  ] as const) {
    it(`in ${where}, the clicker gets the answer privately, with why`, async () => {
      const id = `sc-${channel}`;
      await h.send(shortcut(QUESTION, channel, id));
      const reply = await h.standIn.waitFor((c) => c.responseId === id);
      expect(reply.args.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain(why);
      expect(headerOf(reply.args as Card)).toMatch(/certification/i);
    });
  }
});

describe('answering unasked in channels that opted in (ANSWER_CHANNELS)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { env: { ANSWER_CHANNELS: `${LISTENING}, C0ALSO`, ANSWER_CHANNELS_HOURLY_CAP: '3' } });
  });
  afterAll(() => h.close());

  it('answers a question about the roles in its thread, with votes and a way to opt out', async () => {
    const ts = messageTs();
    await handled(h, channelMessage({ text: QUESTION, channel: LISTENING, ts }));
    const [posted] = postsIn(h, ts);
    expect(posted?.args.channel).toBe(LISTENING);
    expect(headerOf(posted!.args as Card)).toMatch(/certification/i);
    const card = posted!.args as Card;
    expect(JSON.parse(buttonLabelled(card, 'Helpful').value)).toMatchObject({ vote: 'up', s: 'unprompted' });
    buttonLabelled(card, "Don't answer my questions unasked");
    expect(h.logs.some((l) => /^answered unprompted: unprompted answer certification/.test(l.text))).toBe(true);
  });

  for (const [what, fields] of [
    ['a low-confidence message', { text: 'what do care managers do?' }],
    ['a follow-up that needs an earlier message', { text: 'how much do they make?' }],
    ['small talk', { text: 'thanks everyone, have a great weekend!' }],
    ['lunch plans', { text: 'who wants to split thai for lunch?' }],
    ["a bot's message", { text: QUESTION, bot_id: 'B0OTHER', subtype: 'bot_message' }],
    ["the app's own message", { text: QUESTION, user: DEFAULT_IDS.botUserId, bot_id: DEFAULT_IDS.botId }],
    ['an edit', { text: QUESTION, subtype: 'message_changed' }],
    ['a channel join', { text: `<@U0NEW> has joined the channel`, subtype: 'channel_join', user: 'U0NEW' }],
    ['a reply in a thread', { text: QUESTION, thread_ts: messageTs() }],
    [
      'a message mentioning the bot (the mention listener answers it)',
      { text: `<@${DEFAULT_IDS.botUserId}> ${QUESTION}` },
    ],
    ['a message in a channel not listed', { text: QUESTION, channel: 'C0ELSEWHERE' }],
  ] as const) {
    it(`gives nothing to ${what}`, async () => {
      const ts = messageTs();
      await handled(h, channelMessage({ channel: LISTENING, ...fields, ts }));
      expect(postsIn(h, ts)).toHaveLength(0);
    });
  }

  it('holds the hourly cap per channel: a busy channel is never flooded', async () => {
    const asked = [
      'what do case managers earn?',
      'where do care managers work?',
      'do case managers work nights?',
      'what skills do care managers need?',
    ];
    const tss = asked.map(() => messageTs());
    for (const [i, text] of asked.entries()) await handled(h, channelMessage({ text, channel: 'C0ALSO', ts: tss[i] }));
    expect(tss.map((ts) => postsIn(h, ts).length)).toEqual([1, 1, 1, 0]);
    expect(h.logs.some((l) => l.text.includes('3 unasked answers in the last hour already'))).toBe(true);
  });

  it('remembers an author who opted out, and answers everyone else', async () => {
    const first = messageTs();
    await handled(
      h,
      channelMessage({
        text: 'what are the job duties of a care manager?',
        channel: LISTENING,
        user: 'U0QUIET',
        ts: first,
      }),
    );
    const [answer] = postsIn(h, first);
    const click = clickOnMessage(answer!.args as Card, "Don't answer my questions unasked", LISTENING);
    const clicked = JSON.parse(new URLSearchParams(click.body).get('payload')!);
    clicked.user.id = 'U0QUIET';
    clicked.response_url = h.standIn.responseUrl('opt-out');
    await h.send({ ...click, body: new URLSearchParams({ payload: JSON.stringify(clicked) }).toString() });
    expect(textOf(await h.standIn.waitFor((c) => c.responseId === 'opt-out'))).toContain(
      'will not answer your questions unasked',
    );
    const again = messageTs();
    await handled(
      h,
      channelMessage({ text: 'what education do case managers need?', channel: LISTENING, user: 'U0QUIET', ts: again }),
    );
    expect(postsIn(h, again)).toHaveLength(0);
    const other = messageTs();
    await handled(
      h,
      channelMessage({
        text: 'what education do case managers need?',
        channel: LISTENING,
        user: 'U0CURIOUS',
        ts: other,
      }),
    );
    expect(postsIn(h, other)).toHaveLength(1);
  });
});

for (const engine of ENGINES) {
  describe(`an unasked answer is given once, on ${engine}`, () => {
    let db: { database: Database; close(): Promise<void> };
    let one: Harness;
    let two: Harness;
    beforeAll(async () => {
      db = await openTestDatabase(engine);
      const env = { ANSWER_CHANNELS: LISTENING };
      one = await startHarness({}, { env, unprompted: createDbUnpromptedStore(db.database) });
      two = await startHarness({}, { env, unprompted: createDbUnpromptedStore(db.database) });
    });
    afterAll(async () => {
      await one.close();
      await two.close();
      await db.close();
    });

    it("a retry, a replay and another instance's delivery don't double it", async () => {
      const ts = messageTs();
      const message = { text: 'what do case managers earn?', channel: LISTENING, ts };
      const first = channelMessage(message);
      await handled(one, first);
      await handled(one, first, (r) => one.sendRetry(r, 1), /^Skipping a retried event/);
      // The same message delivered again in a new envelope (a new event id), here and to another instance.
      await handled(one, channelMessage(message));
      await handled(two, channelMessage(message));
      expect(postsIn(one, ts)).toHaveLength(1);
      expect(postsIn(two, ts)).toHaveLength(0);
    });
  });
}
