import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18: what a first message asks when its grammar, not its words, says so: a question after a long reason, a
// choice between who someone works for, a role likened to, "pay for" a thing, "make me", "go to" a place.

describe('the question after a long run of context', () => {
  it.each([
    [
      'been on a busy surgical unit for years and im tired because its nonstop lifting and call shifts so what does a care manager spend the day doing',
      'duties',
      CARE,
    ],
    ['I have an associate degree in nursing but do case managers usually need a bachelors', 'education', CASE],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('"so do I" echoes and asks nothing of its own', () => {
    const question =
      'I train new hires on care coordination and they keep confusing case managers and care managers. Honestly so do I. Can you spell out the main differences?';
    expect(ask(question)).toMatchObject({ topic: 'definition' });
  });
});

describe('a choice between whom a role works for', () => {
  it.each([
    ['are care managers employed by an agency or by the families they help', CARE],
    ['does a case manager work for the insurer or for the hospital', CASE],
  ])('%s → the definition (who they work for)', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles });
  });

  it('a choice between places asks where', () => {
    expect(ask('are case managers based in clinics or out in the community')).toMatchObject({
      topic: 'work-environment',
      roles: CASE,
    });
  });
});

describe('a role another is likened to is not asked about', () => {
  it.each([
    ['do care managers need a degree like case managers do', 'education', CARE],
    ['unlike care managers, do case managers need an RN license', 'certification', CASE],
  ])('%s → %s for the role asked', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('verbs that look like pay but are not', () => {
  it.each([
    ['will my employer pay for the degree if I move into care management', 'education', CARE],
    ['would a masters make me a stronger applicant for case manager roles', 'education', CASE],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('the pay for a role is still its salary', () => {
    expect(ask('what is the typical pay for care managers')).toMatchObject({ topic: 'salary', roles: CARE });
  });

  it('pay that a word makes an amount is earned, not spent: do care managers get extra pay for being certified', () => {
    expect(ask('do care managers get extra pay for being certified')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CARE,
    });
  });

  it('pay that a word makes an amount is earned, not spent: is there higher pay for being CCM certified as a case manager', () => {
    expect(ask('is there higher pay for being CCM certified as a case manager')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CASE,
    });
  });
});

describe('going to a place is a visit, what a role does', () => {
  it('do care managers really go to clients homes', () => {
    expect(ask('do care managers really go to clients homes')).toMatchObject({ topic: 'duties', roles: CARE });
  });
});

describe('what a role does, by its object', () => {
  it.each([
    ['do case managers work closely with physicians and therapists', 'duties', CASE],
    ['does a care manager work with the family doctor and the home nurses', 'duties', CARE],
    ['do care managers ever do grief counseling with families', 'duties', CARE],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('working with a group of patients still asks where', () => {
    expect(ask('do care managers work in nursing homes')).toMatchObject({ topic: 'work-environment', roles: CARE });
  });
});

describe('everyday ways of asking about a day and a history', () => {
  it.each([
    ["so what's a care manager's day like", 'duties', CARE],
    ['what do case managers days look like', 'duties', CASE],
    ['historically, how did case management come about', 'definition', CASE],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('part of the job', () => {
  it('is talking to insurers really part of the job for case managers → duties', () => {
    expect(ask('is talking to insurers really part of the job for case managers')).toMatchObject({
      topic: 'duties',
      roles: CASE,
    });
  });
});
