import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, blockActions, DEFAULT_IDS, messageTs, slashCommand } from '../../src/emulator/index.ts';
import { homeView } from '../../src/blocks/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { buttonLabelled, buttonsOf, headerOf, startHarness, type Harness } from './harness.ts';

type Card = { text: string; blocks: unknown[] };
let responseCount = 0;

// Clicks as Slack posts them: form-encoded `payload=` with the button's own action_id and value,
// taken from the card the app really sent.
describe('buttons', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const ephemeralReply = async (text: string): Promise<Card> => {
    const res = await h.send(slashCommand({ text }));
    return (await res.json()) as Card;
  };

  /** Clicks a button on an ephemeral reply and returns what the app posted to the click's response_url. */
  const clickEphemeral = async (card: Card, label: string) => {
    const button = buttonLabelled(card, label);
    const id = `click-${++responseCount}`;
    const res = await h.send(
      blockActions({ action_id: button.action_id, value: button.value, response_url: h.standIn.responseUrl(id) }),
    );
    expect(res.status).toBe(200);
    const posted = await h.standIn.waitFor((c) => c.kind === 'response_url' && c.responseId === id);
    return posted.args as Card & { response_type?: string; replace_original?: boolean };
  };

  it('a related topic replaces the ephemeral reply with that topic, for the same role', async () => {
    const card = await ephemeralReply('what certification does a care manager need');
    const reply = await clickEphemeral(card, 'Education');
    expect(reply.replace_original).toBe(true);
    expect(reply.response_type).toBe('ephemeral');
    expect(headerOf(reply)).toBe('Care manager · Education');
    expect(blockKitProblems(reply)).toEqual([]);
  });

  it('"Compare both roles" shows the topic side by side', async () => {
    const reply = await clickEphemeral(await ephemeralReply('care manager salary'), 'Compare both roles');
    expect(headerOf(reply)).toBe('Case manager vs. care manager · Salary');
  });

  it('"Did you mean" opens the alternative topic', async () => {
    const card = await ephemeralReply('care manager requirements');
    expect(JSON.stringify(card.blocks)).toContain('Did you mean');
    const alternative = buttonsOf(card).find((b) => b.action_id.startsWith('open:topic-alt-'))!;
    const reply = await clickEphemeral(card, alternative.text.text);
    expect(headerOf(reply)).toBe(`Care manager · ${alternative.text.text}`);
  });

  it('topic buttons from /career topics and the overview open their cards', async () => {
    expect(headerOf(await clickEphemeral(await ephemeralReply('topics'), 'Job duties'))).toBe(
      'Case manager & care manager · Job duties',
    );
    expect(headerOf(await clickEphemeral(await ephemeralReply('compare'), 'Side by side'))).toBe(
      'Case manager vs. care manager · What the role is',
    );
    const topics = await clickEphemeral(await ephemeralReply('help'), 'Topics');
    expect(buttonsOf(topics).map((b) => b.text.text)).toContain('Salary');
  });

  it('"Share in channel" posts the same card for everyone, saying who shared it', async () => {
    const card = await ephemeralReply('what does a case manager do');
    const shared = await clickEphemeral(card, 'Share in channel');
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(headerOf(shared)).toBe('Case manager · Job duties');
    expect(JSON.stringify(shared.blocks)).toContain(`Shared by <@${DEFAULT_IDS.userId}>`);
    expect(buttonsOf(shared).map((b) => b.text.text)).not.toContain(':mega: Share in channel');
  });

  it.each([
    ['Helpful', 'up'],
    ['Not helpful', 'down'],
  ])('%s feedback is acknowledged to the user and logged', async (label, vote) => {
    const reply = await clickEphemeral(await ephemeralReply('care manager salary'), label);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.replace_original).toBe(false);
    expect(reply.text).toContain('Thanks for the feedback');
    // Logged once the reply has gone.
    const isVote = (l: { text: string }) =>
      l.text.startsWith('answered button:feedback') && l.text.includes(`"vote":"${vote}"`);
    for (let i = 0; i < 100 && !h.logs.some(isVote); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const logged = h.logs.find(isVote);
    expect(logged?.text).toContain('"topic":"salary"');
    expect(logged?.text).toContain('"question":"care manager salary"');
    // Who voted is not logged (nor recorded).
    expect(logged?.text).not.toContain(DEFAULT_IDS.userId);
  });

  it('a button on a thread answer posts its card in the same thread', async () => {
    const ts = messageTs();
    const after = h.standIn.mark();
    await h.send(appMention({ text: `<@${DEFAULT_IDS.botUserId}> case manager salary`, ts }));
    const answer = await h.standIn.waitFor('chat.postMessage', { after });
    const button = buttonLabelled(answer.args, 'Compare both roles');
    const next = h.standIn.mark();
    await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        container: { type: 'message', message_ts: messageTs(), channel_id: DEFAULT_IDS.channelId, is_ephemeral: false },
        message: { type: 'message', ts: messageTs(), thread_ts: ts, text: 'answer', user: DEFAULT_IDS.botUserId },
        response_url: h.standIn.responseUrl('thread-click'),
      }),
    );
    const post = await h.standIn.waitFor('chat.postMessage', { after: next });
    expect(post.args.thread_ts).toBe(ts);
    expect(headerOf(post.args)).toBe('Case manager vs. care manager · Salary');
  });

  it('a topic button on App Home sends the card to the user in the app DM', async () => {
    const after = h.standIn.mark();
    const button = buttonLabelled(homeView(loadKnowledge()), 'Licenses and certifications');
    await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        view: { id: 'V0HOME', type: 'home' },
        user_id: 'U0HOMEUSER',
      }),
    );
    const post = await h.standIn.waitFor('chat.postMessage', { after });
    expect(post.args.channel).toBe('U0HOMEUSER');
    expect(headerOf(post.args)).toBe('Case manager & care manager · Licenses and certifications');
  });

  it('a button on a card posted by an earlier version (its value as written then) opens the card it always did', async () => {
    const clickValue = async (value: string) => {
      const id = `old-${++responseCount}`;
      await h.send(blockActions({ action_id: 'open:old', value, response_url: h.standIn.responseUrl(id) }));
      return (await h.standIn.waitFor((c) => c.kind === 'response_url' && c.responseId === id)).args as Card;
    };
    expect(headerOf(await clickValue('{"k":"topic","t":"salary","r":["care-manager"]}'))).toBe('Care manager · Salary');
    expect(headerOf(await clickValue('{"k":"compare","t":"salary"}'))).toBe('Case manager vs. care manager · Salary');
    expect(headerOf(await clickValue('{"k":"ask","q":"what does a care manager earn"}'))).toBe('Care manager · Salary');
  });

  it('a button value it cannot read gets an explanation, not silence', async () => {
    const res = await h.send(
      blockActions({ action_id: 'open:topic-x', value: '{"k":"nope"}', response_url: h.standIn.responseUrl('stale') }),
    );
    expect(res.status).toBe(200);
    const posted = await h.standIn.waitFor((c) => c.kind === 'response_url' && c.responseId === 'stale');
    expect((posted.args as Card).text).toContain("That button comes from a card I can't read any more");
  });
});
