import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18: follow-ups as people write them: what a pointer stands for, when a message's own question outranks the
// thread's, through the answerer.

describe('"that" standing alone is the thread\'s thing, as "it" is', () => {
  it.each([
    [['what do care managers earn', 'will that rise as I get more experience'], 'salary', CARE],
    [['is a degree required for case managers', 'how many years would that be'], 'education', CASE],
    [['what exam do care managers sit', 'would my years in home health count towards that'], 'certification', CARE],
  ])('%j → %s', (messages, topic, roles) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('a point in time ("before that") is not what is asked', () => {
    expect(ask('what certification do case managers get', 'which degree do I need before that')).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
  });

  it('after a thing off our topics it stands for that thing: declined', () => {
    expect(
      ask('case manager skills', 'off topic, the badge reader at the door is broken, who can fix that'),
    ).toMatchObject({
      kind: 'declined',
    });
  });
});

describe("a follow-up's own question", () => {
  it('"and for both" that goes on to ask a topic of its own asks that topic, for the pair', () => {
    expect(
      ask('how much experience do care managers need', 'and for the two of them, what certification is required'),
    ).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: BOTH,
    });
  });

  it('"same for" with a role and nothing asked of its own keeps the question', () => {
    expect(ask('what certification does a care manager need', 'same for case managers please')).toMatchObject({
      topic: 'certification',
      roles: CASE,
    });
  });

  it('what one must know how to do is a skill, even after where they work', () => {
    expect(ask('where do care managers work', 'and what do they need to know how to do')).toMatchObject({
      topic: 'skills',
      roles: CARE,
    });
  });
});

describe('a question asked of the thread', () => {
  it('a yes-or-no question asked of "they" continues the thread, whatever words we do not know', () => {
    expect(ask('what do care managers do', 'do they also handle hospice referrals')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: CARE,
      covered: false,
    });
  });

  it('"does X count" continues the thread', () => {
    expect(ask('how many years of experience do case managers need', 'does telemetry count')).toMatchObject({
      kind: 'answer',
      topic: 'experience',
      roles: CASE,
    });
  });
});

describe('a role named, then taken up by a pointer, before the comparing word is the subject compared', () => {
  it('"what about X, are their ... higher" is asked of X', () => {
    expect(
      ask('what do case managers earn', 'what about care managers, are their salaries higher or lower'),
    ).toMatchObject({
      topic: 'salary',
      roles: CARE,
    });
  });

  it('the role named after "than" is set against the thread\'s', () => {
    expect(ask('what do case managers earn', 'is that more than care managers')).toMatchObject({
      topic: 'salary',
      roles: BOTH,
    });
  });
});

describe('short replies in a thread', () => {
  it("a role's head word as the whole message names that role", () => {
    expect(ask('what do care managers earn', 'case?')).toMatchObject({ topic: 'salary', roles: CASE });
  });

  it('an elliptical "do they?" asks the question before it again, not what they do', () => {
    expect(ask('do care managers need a degree', 'and case managers, do they too?')).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
  });

  it('"the same two" asks the last two questions again: the answer gives the first of them', () => {
    expect(
      ask('what degree do care managers need', 'and what certification', 'ok the same two questions for case managers'),
    ).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
  });
});

describe("a follow-up's own topic, however weak its word", () => {
  it("a word off our topics asked with the thread's own topic stays on the thread", () => {
    expect(ask('what skills do care managers need', 'do I have to be good at spreadsheets')).toMatchObject({
      kind: 'answer',
      topic: 'skills',
      roles: CARE,
    });
  });

  it('"what do they make" after the skills asks the pay: nothing else in it to ask', () => {
    expect(ask('what skills do care managers need', 'and what do they make')).toMatchObject({
      topic: 'salary',
      roles: CARE,
    });
  });
});
