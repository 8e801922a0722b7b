import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/blocks/index.ts';
import { formatAnswerText } from '../../src/cli/format-text.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ContactsSchema } from '../../src/knowledge/schema.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { textOf } from '../support/block-kit.ts';
import { ask } from '../support/ask.ts';

// A request that the bot do something (file, write, send, schedule, refer, work something out) is declined with a
// line of its own, saying it does not act for people, not the lookups' "I can't look up people, patients ...".

const answerer = createAnswerer(loadKnowledge());
const { contacts } = answerer.kb;

describe('a request to act is told apart from a lookup', () => {
  it.each([
    ['could you file a complaint for me about the care manager who came to our house'],
    ['pls text my sister the care manager salary info'],
    ['can you book me in with a case manager next week'],
    ['write up my goals statement for the CCM application'],
    ['refer my neighbour to a care manager please'],
  ])('%s → declined as a request', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'declined', reason: 'request', topic: null });
  });

  it.each([["what's the fax for case management"], ['who is the CM covering 6 west tonight']])(
    '%s → still a lookup',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'declined', reason: 'lookup' });
    },
  );
});

describe('work on the asker own things, asked by a verb that is only a verb', () => {
  it.each([
    ['calculate the differential on my weekend shifts'],
    ['translate this care plan into tagalog for my lola'],
    ['help me translate my nursing license papers'],
  ])('%s → declined as a request', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'declined', reason: 'request' });
  });

  it.each([
    ['can you calculate what a care manager earns a year', 'salary'],
    ['compute the typical hourly pay of case managers', 'salary'],
  ])('%s → answered: it asks for information', (message, topic) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic });
  });
});

describe('what the asker sees for a request', () => {
  const answer = answerer.ask('can you email my resume to the case management director');

  it('the card says it cannot act, with where such things get done, and not the lookup line', () => {
    const card = answerMessage(answerer, answer).message;
    expect(blockKitProblems(card)).toEqual([]);
    expect(textOf(card, 'declined')).toBe(contacts.requests.reply);
    expect(textOf(card, 'declined')).not.toBe(contacts.reply);
    const where = textOf(card, 'ask-instead')!;
    for (const place of contacts.requests.askInstead) expect(where).toContain(place.where);
    expect(card.text).toContain(contacts.requests.reply.slice(0, 20));
    expect(card.text).not.toContain('look up');
  });

  it('the text formatter says the same', () => {
    const text = formatAnswerText(answer, answerer.kb);
    expect(text.split('\n')[0]).toBe(contacts.requests.reply);
    expect(text).not.toContain(contacts.reply);
  });

  it('a lookup keeps its own line', () => {
    const card = answerMessage(answerer, answerer.ask("what's my dad's care manager's extension")).message;
    expect(textOf(card, 'declined')).toBe(contacts.reply);
  });
});

describe("contacts.json's requests", () => {
  const base = { ways: ['extension'], reply: 'No lookups.', askInstead: [{ what: 'A phone', where: 'the directory' }] };

  it('are optional for an older folder, which gets a neutral line of its own', () => {
    const read = ContactsSchema.parse(base);
    expect(read.requests.reply).toMatch(/can't/);
    expect(read.requests.reply).not.toBe(base.reply);
    expect(read.requests.askInstead.length).toBeGreaterThan(0);
  });

  it('need a line and at least one place when given', () => {
    expect(ContactsSchema.safeParse({ ...base, requests: { reply: 'No.', askInstead: [] } }).success).toBe(false);
    expect(ContactsSchema.safeParse({ ...base, requests: { askInstead: base.askInstead } }).success).toBe(false);
  });
});
