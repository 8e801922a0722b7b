import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appHomeOpened,
  appMention,
  DEFAULT_IDS,
  directMessage,
  messageTs,
  urlVerification,
} from '../../src/emulator/index.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { buttonsOf, citationOf, headerOf, BOT_MENTION as BOT, startHarness, type Harness } from './harness.ts';

// Events API callbacks as Slack sends them: JSON, signed. Answers go out through the Web API stand-in.
describe('events', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('answers url_verification with the challenge', async () => {
    const res = await h.send(urlVerification('abc123'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('abc123');
  });

  describe('app_mention', () => {
    it('answers in the thread of the mentioning message, with a cited card', async () => {
      const ts = messageTs();
      const after = h.standIn.mark();
      expect((await h.send(appMention({ text: `${BOT} do care managers need a nursing degree?`, ts }))).status).toBe(
        200,
      );
      const post = await h.standIn.waitFor('chat.postMessage', { after });
      expect(post.args.channel).toBe(DEFAULT_IDS.channelId);
      expect(post.args.thread_ts).toBe(ts);
      const card = post.args as { text: string; blocks: unknown[] };
      expect(headerOf(card)).toBe('Care manager · Education');
      expect(citationOf(card)).toContain('*Education*');
      expect(blockKitProblems(card)).toEqual([]);
      // Everyone in the thread sees it already: nothing to share.
      expect(buttonsOf(card).map((b) => b.text.text)).not.toContain(':mega: Share in channel');
    });

    it('stays in the existing thread when mentioned inside one', async () => {
      const parent = messageTs();
      const after = h.standIn.mark();
      await h.send(appMention({ text: `${BOT} compare salary`, thread_ts: parent }));
      const post = await h.standIn.waitFor('chat.postMessage', { after });
      expect(post.args.thread_ts).toBe(parent);
      expect(headerOf(post.args)).toBe('Case manager vs. care manager · Salary');
    });

    it('answers a bare mention with a friendly word on what it does, never a refusal', async () => {
      const after = h.standIn.mark();
      await h.send(appMention({ text: BOT }));
      const post = await h.standIn.waitFor('chat.postMessage', { after });
      const card = post.args as { text: string; blocks: unknown[] };
      expect(card.text).toMatch(/case managers and care managers/);
      expect(card.text).not.toMatch(/I couldn't match|I don't know/);
      expect(blockKitProblems(card)).toEqual([]);
    });
  });

  describe('message.im', () => {
    it('answers a DM in the DM, not in a thread', async () => {
      const after = h.standIn.mark();
      await h.send(directMessage({ text: 'where do case managers work' }));
      const post = await h.standIn.waitFor('chat.postMessage', { after });
      expect(post.args.channel).toBe(DEFAULT_IDS.dmChannelId);
      expect(post.args.thread_ts).toBeUndefined();
      expect(headerOf(post.args)).toBe('Case manager · Work environment');
    });

    it('ignores bot messages, its own messages, edits and other subtypes', async () => {
      const after = h.standIn.mark();
      const ignored = [
        directMessage({ text: 'salary', bot_id: 'B0OTHER' }),
        directMessage({ text: 'salary', user: DEFAULT_IDS.botUserId }),
        directMessage({ text: 'salary', subtype: 'message_changed' }),
        directMessage({ text: 'salary', edited: { user: DEFAULT_IDS.userId, ts: messageTs() } }),
        directMessage({ text: 'salary', subtype: 'bot_message', bot_id: DEFAULT_IDS.botId }),
        directMessage({ text: 'salary', subtype: 'channel_join' }),
      ];
      for (const request of ignored) expect((await h.send(request)).status).toBe(200);
      // A real question afterwards: once its answer is out, anything the ignored ones caused would be too.
      await h.send(directMessage({ text: 'what skills does a care manager need' }));
      await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && headerOf(c.args) === 'Care manager · Skills', {
        after,
      });
      expect(h.standIn.callsTo('chat.postMessage').filter((c) => c.seq > after)).toHaveLength(1);
    });
  });

  describe('app_home_opened', () => {
    it('publishes the Home view: the two roles, topics and how to ask', async () => {
      const after = h.standIn.mark();
      await h.send(appHomeOpened({ user: 'U0HOMEUSER' }));
      const publish = await h.standIn.waitFor('views.publish', { after });
      expect(publish.args.user_id).toBe('U0HOMEUSER');
      const view = publish.args.view as { type: string; blocks: unknown[] };
      expect(view.type).toBe('home');
      expect(blockKitProblems(view, 'home')).toEqual([]);
      const text = JSON.stringify(view.blocks);
      expect(text).toContain('Coordinates a patient');
      expect(text).toContain('How to ask');
      expect(buttonsOf(view).map((b) => b.text.text)).toContain('Licenses and certifications');
    });

    it('leaves the Messages tab alone', async () => {
      const after = h.standIn.mark();
      await h.send(appHomeOpened({ tab: 'messages' }));
      await h.send(appHomeOpened({ user: 'U0SENTINEL' }));
      await h.standIn.waitFor((c) => c.method === 'views.publish' && c.args.user_id === 'U0SENTINEL', { after });
      expect(h.standIn.callsTo('views.publish').filter((c) => c.seq > after)).toHaveLength(1);
    });
  });

  describe('retries', () => {
    it('does not answer a retried event twice', async () => {
      const ts = messageTs();
      const mention = appMention({ text: `${BOT} what does a care manager do`, ts }, { event_id: 'Ev0RETRY' });
      const after = h.standIn.mark();
      await h.send(mention);
      await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, { after });
      // Slack signs each retry anew (a new timestamp): they are not replays, and reach the retry filter.
      for (const n of [1, 2]) expect((await h.sendRetry(mention, n)).status).toBe(200);
      await h.send(directMessage({ text: 'care manager salary' }));
      await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === DEFAULT_IDS.dmChannelId, {
        after,
      });
      expect(h.standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
      expect(h.logs.some((l) => l.text.includes('Skipping a retried event'))).toBe(true);
    });
  });
});
