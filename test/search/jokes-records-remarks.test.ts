import { describe, expect, it } from 'vitest';
import { formatAnswerText } from '../../src/cli/format-text.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ConversationSchema } from '../../src/knowledge/schema.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask } from '../support/ask.ts';

// Issue 18, round 15: how the mechanisms behind the small-talk probe read a message, in wordings of our own: a joke
// set aside or said of something, "one more" with and without a thread, a person's line, a place's hours, and a
// remark said of the thread after thanks.

const answerer = createAnswerer(loadKnowledge());

describe('a joke asked for, and a joke that is not', () => {
  it('a joke wished for in a second sentence, with a greeting first, is still a joke', () => {
    expect(ask('hey bot! got one for a slow night? I really need a laugh')).toMatchObject({ smalltalk: 'joke' });
  });

  it('a joke set aside, a verb of joking, or a joke said of something asks what the rest asks', () => {
    expect(ask('all jokes aside, how much do care managers earn')).toMatchObject({ kind: 'answer', topic: 'salary' });
    expect(ask('no joke, what certification do case managers need')).toMatchObject({ topic: 'certification' });
    expect(ask('can case managers joke around with patients')).not.toMatchObject({ smalltalk: 'joke' });
    expect(ask('the care manager certification process is a joke')).not.toMatchObject({ smalltalk: 'joke' });
  });

  it('a sentence of ours beside the joke keeps the message a question', () => {
    expect(ask('what do care managers do? also a joke please')).toMatchObject({ kind: 'answer' });
  });

  it('"again" with no thread asks for another joke; in a thread, "one more" goes on with the thread', () => {
    expect(ask('lol again')).toMatchObject({ kind: 'smalltalk', smalltalk: 'joke' });
    expect(ask('how much do case managers make', 'one more pls')).toMatchObject({ kind: 'answer', topic: 'salary' });
  });

  it('the terminal tells the joke without Slack emoji codes, then points back to the roles', () => {
    const text = formatAnswerText(answerer.ask('tell me something funny'), answerer.kb);
    expect(text).not.toMatch(/:[a-z_]+:/);
    expect(text).toContain('Jokes aside, I answer questions about case managers and care managers.');
  });

  it('a folder written before jokes reads, with a plain line to tell', () => {
    const { smalltalk, jokes, ...rest } = answerer.kb.conversation;
    const { joke: _, ...kinds } = smalltalk;
    const older = ConversationSchema.parse({ ...rest, smalltalk: kinds });
    expect(older.smalltalk.joke).toEqual([]);
    expect(older.jokes).toHaveLength(1);
    expect(jokes.length).toBeGreaterThan(1);
  });
});

describe("a named person's line, and one place's hours, are lookups", () => {
  it.each([["what's Priya's mobile, she's in care management"], ['can you get me Marcus’s extension in CM']])(
    '%s → declined as a lookup',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'declined', reason: 'lookup' });
    },
  );

  it('the hours of a particular office are a lookup; the hours of the role are asked', () => {
    expect(ask('hours of the case management office on saturdays?')).toMatchObject({ reason: 'lookup' });
    expect(ask('what hours do care managers usually keep')).toMatchObject({ kind: 'answer' });
  });

  it('a line asked of the role, not of a person, is not a named line', () => {
    expect(ask('do case managers get a work cell phone')).toMatchObject({ kind: 'answer' });
  });
});

describe("the asker's own record is a lookup, what they lived through is not", () => {
  it('a record passed or pending is looked up', () => {
    expect(ask('is my CCM renewal still pending?')).toMatchObject({ kind: 'declined', reason: 'lookup' });
    expect(ask('did our PTO request go through yet')).toMatchObject({ kind: 'declined' });
  });

  it('through something named is no record', () => {
    expect(
      ask('my mom went through a stroke and her case manager was great, what do case managers study'),
    ).toMatchObject({ kind: 'answer', topic: 'education' });
  });
});

describe('posts filled now are a lookup, an employer hiring in general is asked', () => {
  it('hiring now, or anyone hiring, is looked up', () => {
    expect(ask('is our ortho unit recruiting CMs at the moment')).toMatchObject({ reason: 'lookup' });
    expect(ask('is anybody in care management hiring')).toMatchObject({ reason: 'lookup' });
  });
});

describe('a remark said of the thread after thanks', () => {
  it('is small talk; a question or a turn to something else after thanks is asked', () => {
    expect(ask('what do care managers do', 'thanks so much, that is more than i expected')).toMatchObject({
      kind: 'smalltalk',
    });
    expect(ask('what do care managers do', 'thanks, and the other one?')).toMatchObject({ kind: 'answer' });
    expect(ask('what do care managers do', 'thanks! what do they earn?')).toMatchObject({ topic: 'salary' });
  });
});
