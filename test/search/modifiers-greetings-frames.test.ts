import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18: a word before a role's name says which holders are meant; a greeting opening a message is said to the bot;
// a synonym's frame holds any phrase of its last word's term.

describe("a term modifying a role's name", () => {
  it.each([
    ['how much do certified care managers earn', 'salary', CARE],
    ['what does a hospital case manager do all day', 'duties', CASE],
    ['does the hospital case manager set up rides for patients', 'duties', CASE],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('as the complement of "become" the modifier is what is asked', () => {
    expect(ask('how would someone become a certified case manager')).toMatchObject({ topic: 'certification' });
  });
});

describe('a greeting opening a message', () => {
  it('"good" in a greeting is no quality asked of the role', () => {
    expect(ask('good morning! what do care managers do')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: CARE,
    });
  });

  it('a greeting alone is still small talk', () => {
    expect(ask('good evening')).toMatchObject({ kind: 'smalltalk' });
  });
});

describe("a synonym's frame", () => {
  it.each([
    ['could I be a care manager straight out of college'],
    ['can you start as a case manager right out of university'],
  ])('%s → the experience asked', (question) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'experience' });
  });
});
