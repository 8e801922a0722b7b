import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Issue 18, round 14: a place after the role asked what it is, a rise in pay, "both" of a question's own pair.

describe('a place after the role, asked what the role is', () => {
  it.each([
    ['what is a care manager at a clinic', 'definition', ['care-manager']],
    ['can you explain what a case manager is in our hospitals', 'definition', ['case-manager']],
    ['what exactly is a case manager at the hospital', 'definition', ['case-manager']],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('is still the setting asked when nobody asks what the role is', () => {
    expect(ask('do care managers work in a hospital')).toMatchObject({ topic: 'work-environment' });
  });
});

describe('a rise in pay', () => {
  it.each([
    ['do certified care managers get a pay bump', 'salary', ['care-manager']],
    ['is there a pay differential for case managers who are certified', 'salary', ['case-manager']],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('leaves a question about the certification to the certification', () => {
    expect(ask('how do case managers get certified')).toMatchObject({ topic: 'certification' });
  });
});

describe('being bad or great at it', () => {
  it.each([
    ['what makes a great case manager', 'skills', ['case-manager']],
    ['what would make a person bad at case management', 'skills', ['case-manager']],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('"both" of the pair a question set side by side', () => {
  it('keeps the one role the question names', () => {
    expect(ask('is care management more social work or more nursing? honestly seems like both')).toMatchObject({
      roles: ['care-manager'],
    });
    expect(ask('is a discharge planner the same thing as a case manager? my unit says both')).toMatchObject({
      roles: ['case-manager'],
    });
  });

  it('still means our two roles asked for, or with no such pair', () => {
    expect(ask('what do case managers earn? I want it for both')).toMatchObject({
      roles: ['case-manager', 'care-manager'],
    });
    expect(ask('both please')).toMatchObject({ roles: ['case-manager', 'care-manager'] });
  });
});

describe('asked plainly', () => {
  it.each([
    ['case manager?? in plain english please', 'definition', ['case-manager']],
    ['what is a care manager, in layman terms', 'definition', ['care-manager']],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles, covered: true });
  });

  it('still asks the language when it is the language asked', () => {
    expect(ask('do case managers have to speak english')).toMatchObject({ topic: 'skills', covered: false });
  });
});

describe('a job to get first', () => {
  it('asks the experience on the way to the role', () => {
    expect(ask('what job should i take first if care management is the goal')).toMatchObject({
      topic: 'experience',
      roles: ['care-manager'],
    });
  });

  it('leaves what kind of job the role is to its overview', () => {
    expect(ask('what kind of job is care management')).toMatchObject({ topic: 'definition' });
  });
});
