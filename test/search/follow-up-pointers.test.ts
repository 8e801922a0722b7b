import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Follow-ups whose pointer or verb says what they ask of the thread: the role a choice did not fall on, the thread's
// role likened to another, a role named only as a comparison's standard, a condition of the thread's answer.

describe('"the other one" after a choice between the roles', () => {
  it.each([
    ["which of the two goes out to people's homes", 'so where is the other one based', 'work-environment', CASE],
    ['which one is stuck at a desk in an office', 'and the other one, where do they work?', 'work-environment', CARE],
    ["which of them goes out to people's homes", 'what does the other one earn', 'salary', CASE],
  ])('%s / %s: the role not chosen', (choice, next, topic, roles) => {
    expect(ask(choice, next)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('with no choice before it, the other role of the thread', () => {
    expect(ask('where do care managers work', 'and the other one?')).toMatchObject({
      topic: 'work-environment',
      roles: CASE,
    });
  });
});

describe("the thread's role likened to one named", () => {
  it.each([
    [['what do care managers do all day', 'hold on, is that the same as a case manager'], BOTH],
    [['what does a nurse case manager do', 'is that just the case manager thing or a different job?'], CASE],
    [['what do care managers do all day', 'hmm, are they the same as case managers?'], BOTH],
    [['what does a case manager do', 'is that the same thing as a care manager'], BOTH],
  ])('%j → the overview', (messages, roles) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic: 'definition', roles });
  });

  it("a question word asks the thread's topic of both", () => {
    expect(ask('what are the duties of a case manager', 'how does that compare with care managers')).toMatchObject({
      topic: 'duties',
      roles: BOTH,
    });
  });

  it('"compare them" likens nothing: the thread\'s topic for both', () => {
    expect(ask('what does a care manager do', 'compare the two of them please')).toMatchObject({
      topic: 'duties',
      roles: BOTH,
    });
  });

  it('after a topic about a thing, "that" is the thing compared', () => {
    expect(ask('what do case managers earn', 'is that the same as care managers?')).toMatchObject({
      topic: 'salary',
      roles: BOTH,
    });
  });
});

describe("a role named only as what the thread's role is likened to", () => {
  it('"do they ... like case managers do" asks of the thread\'s role', () => {
    expect(ask('what does a care manager do', 'do they ever file paperwork like case managers do?')).toMatchObject({
      topic: 'duties',
      roles: CARE,
    });
  });

  it('with the role asked named, the standard is set aside as before', () => {
    expect(ask('do care managers file paperwork like case managers do?')).toMatchObject({
      topic: 'duties',
      roles: CARE,
    });
  });
});

describe("a condition of the thread's answer", () => {
  it.each([
    [['what certification do care managers need', 'does having a masters change anything?']],
    [['what certification do care managers need', 'does the kind of degree matter?']],
  ])('%j stays on the certification', (messages) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic: 'certification', roles: CARE });
  });

  it('naming what it bears on asks that', () => {
    expect(ask('what certification do care managers need', 'does experience affect the salary')).toMatchObject({
      topic: 'salary',
    });
  });

  it("after the role's overview the condition's own topic is asked", () => {
    expect(ask('what is a care manager', 'does the degree matter')).toMatchObject({ topic: 'education', roles: CARE });
  });
});

describe('a role named, then "do they need one": the question before it again', () => {
  it.each([
    [
      ["do care managers need a bachelor's degree", 'ok and case managers, do they need one as well?'],
      'education',
      CASE,
    ],
    [['is there an exam for case managers', 'how about care managers, do they have one too'], 'certification', CARE],
  ])('%j → %s', (messages, topic, roles) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('text-speak after a pointer-less "why"', () => {
  it('"why tho" goes on with the thread, as "why though" does', () => {
    expect(ask('which pays more, case or care managers', 'ok but why tho')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: BOTH,
    });
  });
});

describe("what goes with the thread's thing", () => {
  it.each([
    [['what skills do case managers need', 'are there exams that go along with that'], 'certification', CASE],
    [['what skills do care managers need', 'is there a degree to go with it?'], 'education', CARE],
  ])("%j → %s: the thing asked for, not the thread's", (messages, topic, roles) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('"it" asked about still keeps the thread', () => {
    expect(ask('what certification do care managers need', 'what degree do they need for it')).toMatchObject({
      topic: 'certification',
      roles: CARE,
    });
  });
});

describe("a correction that is only fillers and a role's head word", () => {
  it.each([
    ['what do case managers earn', 'oops, care', 'salary', CARE],
    ['where do care managers work', 'sorry sorry, case', 'work-environment', CASE],
  ])("%s / %s: the thread's topic for that role", (first, next, topic, roles) => {
    expect(ask(first, next)).toMatchObject({ kind: 'answer', topic, roles });
  });
});
