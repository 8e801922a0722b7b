import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directMessage, slashCommand, type SlackRequest } from '../../src/emulator/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { blockById, textOf } from '../support/block-kit.ts';
import { startHarness, type Harness } from './harness.ts';

// Issue 18, round 15, as the asker sees it through signed HTTP: a joke asked for is small talk (LABELLING.md,
// convention 1). The card tells one of the knowledge's jokes and points back to what the bot answers: no refusal.

type Card = { text: string; blocks: unknown[] };

const kb = loadKnowledge();

describe('a joke asked for in Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const checked = (card: Card) => {
    expect(blockKitProblems(card)).toEqual([]);
    return card;
  };

  const toldOne = (card: Card) => {
    const line = textOf(card, 'smalltalk')!;
    expect(kb.conversation.jokes.some((joke) => line.includes(joke))).toBe(true);
    expect(line).toContain('Jokes aside');
    expect(line).toMatch(/case managers/);
    expect(blockById(card, 'declined')).toBeUndefined();
    expect(blockById(card, 'prompts')).toBeDefined();
  };

  it('by slash command, about one of the roles, gets a joke and the questions to try', async () => {
    const res = await h.send(slashCommand({ text: 'got a funny one about care planning?' }));
    expect(res.status).toBe(200);
    toldOne(checked((await res.json()) as Card));
  });

  it('in a DM, "one more" after a joke gets another joke, not a refusal', async () => {
    const reply = async (request: SlackRequest) => {
      const after = h.standIn.mark();
      expect((await h.send(request)).status).toBe(200);
      return checked((await h.standIn.waitFor('chat.postMessage', { after })).args as Card);
    };
    toldOne(await reply(directMessage({ text: 'i need a laugh, any jokes?', channel: 'D2JOKES' })));
    toldOne(await reply(directMessage({ text: 'haha one more', channel: 'D2JOKES' })));
  });
});
