import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appMention,
  assistantThreadStarted,
  DEFAULT_IDS,
  directMessage,
  messageTs,
  slashCommand,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import { decodeCardRequest, suggestedPrompts } from '../../src/blocks/index.ts';
import type { ContextStore, Turn } from '../../src/conversation/context.ts';
import type { Storage } from '../../src/storage/index.ts';
import { openMemoryStorage } from '../support/memory-storage.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { blockIds, firstButtonIn, textOf } from '../support/block-kit.ts';
import { BOT_MENTION as BOT, buttonLabelled, clickOnMessage, headerOf, startHarness, type Harness } from './harness.ts';

type Card = { text: string; blocks: unknown[]; channel?: string; thread_ts?: string };
const kb = loadKnowledge();
const DM = DEFAULT_IDS.dmChannelId;
const CHANNEL = DEFAULT_IDS.channelId;

/** The app's store, with a record of what was remembered where. */
function watchedStore(store: ContextStore): ContextStore & { saved: Array<[string, Turn]> } {
  const saved: Array<[string, Turn]> = [];
  return {
    saved,
    get: (key) => store.get(key),
    set: async (key, turn) => {
      saved.push([key, turn]);
      await store.set(key, turn);
    },
  };
}

// Conversations as Slack delivers them: signed event callbacks, answers read back from the Web API stand-in.
describe('conversations in Slack', () => {
  let h: Harness;
  let storage: Storage;
  let store: ReturnType<typeof watchedStore>;
  beforeAll(async () => {
    storage = await openMemoryStorage();
    store = watchedStore(storage.contextStore);
    h = await startHarness({}, { storage, contextStore: store });
  });
  afterAll(async () => {
    await h.close();
    await storage.close();
  });

  /** Sends an event and returns the card the app posted for it. */
  const reply = async (request: SlackRequest): Promise<Card> => {
    const after = h.standIn.mark();
    expect((await h.send(request)).status).toBe(200);
    const post = await h.standIn.waitFor('chat.postMessage', { after });
    const card = post.args as Card;
    expect(blockKitProblems(card)).toEqual([]);
    return card;
  };

  it('remembers what a DM was about, by its channel', async () => {
    const card = await reply(directMessage({ text: 'what certification do case managers need?' }));
    expect(headerOf(card)).toBe('Case manager · Licenses and certifications');
    await expect(store.get(DM)).resolves.toMatchObject({ topic: 'certification', roles: ['case-manager'] });
  });

  it('remembers a mention thread by channel and thread, and answers in that thread', async () => {
    const ts = messageTs();
    const card = await reply(appMention({ text: `${BOT} how much do care managers make?`, ts }));
    expect(card.thread_ts).toBe(ts);
    await expect(store.get(`${CHANNEL}:${ts}`)).resolves.toMatchObject({ topic: 'salary', roles: ['care-manager'] });
    const inThread = await reply(appMention({ text: `${BOT} where do case managers work?`, thread_ts: ts }));
    expect(inThread.thread_ts).toBe(ts);
    await expect(store.get(`${CHANNEL}:${ts}`)).resolves.toMatchObject({
      topic: 'work-environment',
      roles: ['case-manager'],
    });
  });

  /** Clicks a button on a card the app posted in a DM (a real message, not an ephemeral one). */
  const clickInDm = (card: Card, label: string, dm: string) => reply(clickOnMessage(card, label, dm));

  it('a follow-up in a DM keeps the topic and switches the role, and says so', async () => {
    const dm = DEFAULT_IDS.dmChannelId.replace('D0', 'D1');
    await reply(directMessage({ text: 'what certification do case managers need?', channel: dm }));
    const card = await reply(directMessage({ text: 'and care managers?', channel: dm }));
    expect(card.channel).toBe(dm);
    expect(card.thread_ts).toBeUndefined();
    expect(headerOf(card)).toBe('Care manager · Licenses and certifications');
    expect(textOf(card, 'asked')).toContain('You asked: “and care managers?”');
    expect(textOf(card, 'understood')).toBe(
      ':link: *Care manager · Licenses and certifications* _(following your last question)_',
    );
    expect(card.text).toContain('Care manager · Licenses and certifications (following your last question)');
    expect(textOf(card, 'facts-care-manager')).toContain('National Academy of Certified Care Managers (NACCM)');
    expect(card.text).not.toContain('Commission for Case Manager Certification');
    // The question read on its own (what a care manager is) is one click away.
    const other = firstButtonIn(card, 'other-reading');
    expect(other.text.text).toBe('Instead: Care manager · What the role is');
    // The log records the answer the user got, not the question re-read on its own.
    // (Logged once the request is done, just after the reply went out.)
    const logged = await vi.waitFor(() => {
      const line = h.logs.find((l) => l.text.includes('"question":"and care managers?"'));
      if (!line)
        throw new Error(
          `not logged yet: ${h.logs
            .filter((l) => l.text.includes('care managers?'))
            .map((l) => l.text)
            .join('\n')}`,
        );
      return line;
    });
    expect(logged.text).toMatch(/"topic":"certification","roles":\["care-manager"\].*"used_context":true/);
  });

  it('a follow-up in a mention thread where the bot answered, and not in another thread', async () => {
    const ts = messageTs();
    await reply(appMention({ text: `${BOT} what is a care manager`, ts }));
    const card = await reply(appMention({ text: `${BOT} how much do they make?`, thread_ts: ts }));
    expect(card.thread_ts).toBe(ts);
    expect(headerOf(card)).toBe('Care manager · Salary');
    expect(textOf(card, 'understood')).toContain('(following your last question)');
    expect(textOf(card, 'facts-care-manager')).toContain('$58,670');
    // The same words in a thread the bot never answered in: a question on its own, about both roles.
    const fresh = await reply(appMention({ text: `${BOT} how much do they make?`, thread_ts: messageTs() }));
    expect(textOf(fresh, 'understood')).toBeUndefined();
    expect(headerOf(fresh)).toBe('Case manager & care manager · Salary');
  });

  it('says first what the article does not cover, above the facts', async () => {
    const card = await reply(directMessage({ text: 'how much does the CCM exam cost', channel: 'D2GAPS' }));
    expect(headerOf(card)).toBe('Case manager · Licenses and certifications');
    const ids = blockIds(card);
    expect(ids.indexOf('gap')).toBeGreaterThan(-1);
    expect(ids.indexOf('gap')).toBeLessThan(ids.indexOf('facts-case-manager'));
    expect(textOf(card, 'gap')).toMatch(
      /^:warning: Nothing in the article says .*cost.* What it says about licenses and certifications:$/,
    );
    expect(card.text.split('\n')[0]).toMatch(/^Nothing in the article says/);
  });

  it('answers "what\'s the difference?" with what each role is, and "thanks!" after it in one line', async () => {
    const dm = 'D3THANKS';
    const card = await reply(directMessage({ text: "what's the difference?", channel: dm }));
    expect(headerOf(card)).toBe('Case manager & care manager · What the role is');
    expect(textOf(card, 'understood')).toBeUndefined();
    const thanks = await reply(directMessage({ text: 'thanks!', channel: dm }));
    expect(thanks.blocks).toHaveLength(1);
    expect(thanks.text).toBe("You're welcome! :blush: Ask me anything else about these careers.");
    // Small talk does not break the thread: the next follow-up still follows the definitions.
    const next = await reply(directMessage({ text: 'and their salary?', channel: dm }));
    expect(headerOf(next)).toBe('Case manager & care manager · Salary');
  });

  it('a lone "?" gets the hello with example questions; "help" the help card', async () => {
    const hello = await reply(directMessage({ text: '?', channel: 'D7HELP' }));
    expect(hello.text).toContain('I answer questions about case managers and care managers');
    expect(hello.text).not.toMatch(/I couldn't match|I don't know/);
    const help = await reply(directMessage({ text: 'help', channel: 'D7HELP' }));
    expect(headerOf(help)).toBe('career-bot: case manager vs. care manager');
  });

  it('greets with what it does and example questions, never "I don\'t know"', async () => {
    const card = await reply(directMessage({ text: 'hi', channel: 'D4HELLO' }));
    expect(card.text).toMatch(/^Hi! :wave: I answer questions about case managers and care managers/);
    expect(card.text).not.toMatch(/I couldn't match|I don't know/);
    for (const prompt of suggestedPrompts(kb)) {
      expect(decodeCardRequest(buttonLabelled(card, prompt.message).value)).toEqual({
        kind: 'ask',
        question: prompt.message,
      });
    }
  });

  it('a reply in a thread under a DM answer follows the DM, and the thread then goes its own way', async () => {
    const dm = 'D5THREAD';
    const answer = await reply(directMessage({ text: 'what certification do case managers need?', channel: dm }));
    const thread = messageTs();
    expect(answer.thread_ts).toBeUndefined();
    const inThread = await reply(directMessage({ text: 'and care managers?', channel: dm, thread_ts: thread }));
    expect(inThread.thread_ts).toBe(thread);
    expect(headerOf(inThread)).toBe('Care manager · Licenses and certifications');
    expect(textOf(inThread, 'understood')).toContain('(following your last question)');
    await expect(store.get(`${dm}:${thread}`)).resolves.toMatchObject({
      topic: 'certification',
      roles: ['care-manager'],
    });
    // The DM itself still follows its own last question.
    await expect(store.get(dm)).resolves.toMatchObject({ topic: 'certification', roles: ['case-manager'] });
  });

  it('an example question clicked on the hello is answered, and followed up', async () => {
    const dm = 'D6PROMPT';
    const hello = await reply(directMessage({ text: 'what can you do?', channel: dm }));
    const prompt = suggestedPrompts(kb)[2]!;
    const answered = await clickInDm(hello, prompt.message, dm);
    expect(answered.channel).toBe(dm);
    expect(textOf(answered, 'asked')).toContain(prompt.message);
    const followUp = await reply(directMessage({ text: 'and care managers?', channel: dm }));
    expect(headerOf(followUp)).toBe(`Care manager · ${headerOf(answered)!.split(' · ')[1]}`);
    expect(textOf(followUp, 'understood')).toContain('(following your last question)');
  });

  it('"compare them" in a mention thread compares the last topic', async () => {
    const ts = messageTs();
    await reply(appMention({ text: `${BOT} where do care managers work?`, ts }));
    const card = await reply(appMention({ text: `${BOT} compare them`, thread_ts: ts }));
    expect(headerOf(card)).toBe('Case manager & care manager · Work environment');
    expect(textOf(card, 'understood')).toContain('(following your last question)');
  });

  it('a slash command is a question on its own: nothing is read or remembered', async () => {
    const before = store.saved.length;
    const res = await h.send(slashCommand({ text: 'what skills does a care manager need' }));
    expect(headerOf((await res.json()) as Card)).toBe('Care manager · Skills');
    expect(store.saved.length).toBe(before);
  });

  it('a topic opened with a button in the DM becomes what the DM is about', async () => {
    const card = await reply(directMessage({ text: 'what does a care manager do' }));
    const opened = await clickInDm(card, kb.topics.skills!.title, DM);
    expect(headerOf(opened)).toBe('Care manager · Skills');
    await expect(store.get(DM)).resolves.toMatchObject({ topic: 'skills', roles: ['care-manager'] });
  });

  it('a store that fails costs the context, never the answer', async () => {
    const broken: ContextStore = {
      get: () => Promise.reject(new Error('database is gone')),
      set: () => Promise.reject(new Error('database is gone')),
    };
    const other = await startHarness({}, { contextStore: broken });
    try {
      const after = other.standIn.mark();
      await other.send(directMessage({ text: 'how much does a case manager make' }));
      const post = await other.standIn.waitFor('chat.postMessage', { after });
      expect(headerOf(post.args)).toBe('Case manager · Salary');
    } finally {
      await other.close();
    }
  });

  describe('a new chat in the assistant view', () => {
    it('offers the example questions as suggested prompts', async () => {
      const thread = messageTs();
      const after = h.standIn.mark();
      await h.send(assistantThreadStarted({ thread_ts: thread }));
      const call = await h.standIn.waitFor('assistant.threads.setSuggestedPrompts', { after });
      expect(call.args).toMatchObject({ channel_id: DM, thread_ts: thread, title: 'Try asking' });
      expect(call.args.prompts).toEqual(suggestedPrompts(kb));
      expect((call.args.prompts as unknown[]).length).toBeLessThanOrEqual(4);
    });

    it('a prompt sent in that thread is answered there, as any threaded DM', async () => {
      const thread = messageTs();
      const [prompt] = suggestedPrompts(kb).slice(1);
      const card = await reply(directMessage({ text: prompt!.message, thread_ts: thread }));
      expect(card.channel).toBe(DM);
      expect(card.thread_ts).toBe(thread);
      expect(headerOf(card)).toBe('Care manager · Licenses and certifications');
      await expect(store.get(`${DM}:${thread}`)).resolves.toMatchObject({
        topic: 'certification',
        roles: ['care-manager'],
      });
    });
  });
});
