import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 14: what the bot is asked to do that it cannot, apologies as small talk, and questions that were
// declined though they ask of our roles.

describe('a request to file, email or write something for the asker is declined', () => {
  it.each([
    ['could you file a grievance about the care manager we had'],
    ['pls email me the certification info for care managers'],
    ['would you fill out my case management job application'],
    ['can you help me write my cover letter for a CM job'],
    ['could u help me with my scholarship essay about case management'],
    ['draft my personal statement for the MSW program pls'],
  ])('%s → declined', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'declined', topic: null });
  });

  it('after an answer, "nice, can you email it to me" is declined, not the thread answered again', () => {
    expect(ask('what do care managers earn', 'nice, can you email it to me')).toMatchObject({ kind: 'declined' });
  });

  it('help understanding something is asked, not a paper to write', () => {
    expect(ask('can you help me with the difference between case and care managers')).toMatchObject({
      kind: 'answer',
      topic: 'definition',
    });
  });

  it('a role filing or writing is what it does, and a question ending "just file it?" asks', () => {
    expect(ask('do case managers file insurance appeals')).toMatchObject({ kind: 'answer', roles: CASE });
    expect(ask('what happens to a care plan once a care manager writes it? just file it?')).toMatchObject({
      kind: 'answer',
      roles: CARE,
    });
  });
});

describe('an apology for asking is small talk', () => {
  it.each([['so sorry to keep bugging you'], ['apologies for the flood of questions'], ['my bad lol']])(
    '%s → small talk (apology)',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'smalltalk', smalltalk: 'apology' });
    },
  );

  it('a correction that apologises is still the question it corrects', () => {
    expect(ask('what do case managers earn', 'my apologies, I meant care managers')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CARE,
    });
  });

  it('a question after an apology is asked', () => {
    expect(ask('sorry, where do care managers usually work')).toMatchObject({ kind: 'answer', roles: CARE });
  });
});

describe('questions about our roles that were declined', () => {
  it('"another name for" a role is no phone line; "the name for my case manager" is one person', () => {
    expect(ask('is there another name for case manager')).toMatchObject({ kind: 'answer', roles: CASE });
    expect(ask('what is the name for my case manager')).toMatchObject({ kind: 'declined', reason: 'lookup' });
  });

  // Known miss since round 17's retrain with batches 25-27: "to become" weighs for the schooling in the topic model, and
  // the lists barely prefer the skills here (MODEL_PREFERENCE; kept, judged leave-one-batch-out).
  it.fails('software one must know to be a case manager is a skill, not an off-topic word', () => {
    expect(ask('do I have to know any special software to become a case manager')).toMatchObject({
      kind: 'answer',
      topic: 'skills',
      roles: CASE,
    });
  });
});

describe('the bot likened to someone is small talk', () => {
  it.each([
    ['you are way more useful than my recruiter'],
    ['u smarter than my charge nurse lol'],
    ["you're faster than HR"],
  ])('%s → small talk', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'smalltalk' });
  });

  it('"you" asked of anyone, compared, is still a question', () => {
    expect(ask('do you earn more than care managers as a case manager?')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
    });
  });
});

describe('grammar words that open a question, in a thread', () => {
  it('"what about those" after an answer asks the thread, not a bare call', () => {
    expect(ask('what skills do care managers need', 'ok what about those')).toMatchObject({
      kind: 'answer',
      topic: 'skills',
    });
  });

  it('alone, they are still a bare call', () => {
    expect(ask('what about those')).toMatchObject({ kind: 'smalltalk', smalltalk: 'bare' });
  });

  it('"tho" is "though": "why tho" after pay asks the pay again', () => {
    expect(ask('do case managers earn more than care managers', 'how tho')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
    });
  });
});

describe('a greeting in a language of the staff', () => {
  it.each([['kumusta'], ['bonjour bot'], ['buenos dias']])('%s → greeting', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'smalltalk', smalltalk: 'greeting' });
  });
});

describe('words of degree are grammar', () => {
  it('"pretty", "super", "extremely" before a quality leave the rest of the message to be read', () => {
    expect(ask('im pretty empathetic and organized, which job fits me')).toMatchObject({
      kind: 'answer',
      topic: 'skills',
    });
  });
});
