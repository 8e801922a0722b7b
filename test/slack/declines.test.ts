import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../src/emulator/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { blockKitProblems, visibleTexts } from '../blocks/check-message.ts';
import { blockById, textOf } from '../support/block-kit.ts';
import { startHarness, type Harness } from './harness.ts';

// Issue 18, point 3, as the asker sees it through signed HTTP: a job we have no role for, and a request to look
// someone up, or to do something for the asker, each declined with what the bot does cover (and, for a lookup or a
// request, where to ask instead).

type Card = { text: string; blocks: unknown[] };

const contacts = loadKnowledge().contacts;

describe('declines for what the knowledge does not cover', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const career = async (text: string): Promise<Card> => {
    const res = await h.send(slashCommand({ text }));
    expect(res.status).toBe(200);
    const card = (await res.json()) as Card;
    expect(blockKitProblems(card)).toEqual([]);
    return card;
  };

  it('a job title no role of ours has is named, with the roles the bot covers', async () => {
    const card = await career('what certification does a patient navigator need');
    expect(textOf(card, 'declined')).toContain('*patient navigators*');
    expect(textOf(card, 'declined')).toMatch(/case managers?/i);
    expect(textOf(card, 'can-help')).toMatch(/certification/i);
  });

  it("a request to look someone up says the bot can't, and where to ask instead, from contacts.json", async () => {
    const card = await career("what's the fax number for case management? <!channel>");
    expect(textOf(card, 'declined')).toBe(contacts.reply);
    const where = textOf(card, 'ask-instead')!;
    for (const place of contacts.askInstead) expect(where).toContain(place.where);
    expect(card.text).toContain(contacts.askInstead[0]!.where);
    expect(JSON.stringify(visibleTexts(card))).not.toContain('<!channel>');
    // No definition card for a lookup: no facts, no citation.
    expect(blockById(card, 'citation')).toBeUndefined();
  });

  it('a request that the bot do something says it does not act for people, not that it cannot look someone up', async () => {
    const card = await career('could you please send my CCM application to the certification board');
    expect(textOf(card, 'declined')).toBe(contacts.requests.reply);
    expect(card.text).not.toContain(contacts.reply);
    const where = textOf(card, 'ask-instead')!;
    for (const place of contacts.requests.askInstead) expect(where).toContain(place.where);
    expect(blockById(card, 'citation')).toBeUndefined();
  });
});
