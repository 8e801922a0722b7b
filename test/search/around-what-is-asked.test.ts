import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 13: the words around what a message asks (a later question, a phrase of purpose, a compound's
// subject, "both ... and") say which one or what for; they do not change what is asked.

describe('an aspect only a later question asks', () => {
  it.each([
    ['what do case managers make and can they telecommute'],
    ['what do case managers make and are they on call'],
  ])('%s → the pay asked first', (question) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'salary', roles: CASE });
  });
});

describe('a question typed as a statement, its opener left out', () => {
  it('"kinesiology counts?" after the degree asks whether it counts, on the thread', () => {
    expect(ask('what degree does a care manager need', 'kinesiology counts?')).toMatchObject({
      kind: 'answer',
      topic: 'education',
      roles: CARE,
      covered: false,
    });
  });
});

describe('"work for" with a thing as its subject', () => {
  it('"would that work for ..." after a degree asks whether the degree suits, not who employs', () => {
    expect(ask('I have a sociology degree. would that work for case management?')).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
  });

  it('"who do they work for" still asks who employs them', () => {
    expect(ask('who do case managers work for')).toMatchObject({ topic: 'definition', roles: CASE });
  });
});

describe('a phrase of purpose or means after what a role gets', () => {
  it('"... reimbursed for visiting clients" asks the benefit, not the visits', () => {
    expect(ask('do care managers get their gas reimbursed for visiting clients')).toMatchObject({
      topic: 'salary',
      roles: CARE,
    });
  });

  it('"work for insurance companies" (no object before "for") is still where they work', () => {
    expect(ask('can care managers work for insurance companies')).toMatchObject({ topic: 'work-environment' });
  });
});

describe('a qualifier is read before the words close in meaning', () => {
  it('"can new grads be hired" asks the experience, though "hired" is near pay in the vectors', () => {
    expect(ask('can new grads be hired as care managers')).toMatchObject({ topic: 'experience', roles: CARE });
  });
});

describe("counting a role's own people", () => {
  it('"how many case managers work in the country" asks about the role, not a caseload, flagged', () => {
    expect(ask('how many case managers work in the country')).toMatchObject({
      topic: 'definition',
      roles: CASE,
      covered: false,
    });
  });

  it('"how many case managers have the CCM" still asks the certification', () => {
    expect(ask('how many case managers have the CCM')).toMatchObject({ topic: 'certification' });
  });
});

describe('"both X and Y" joining things that are not roles', () => {
  it('keeps the thread on its role', () => {
    expect(ask('what does a care manager do', 'do they do it for both kids and adults?')).toMatchObject({
      topic: 'duties',
      roles: CARE,
    });
  });

  it('"both case and care managers" still names the pair', () => {
    expect(ask('do both case and care managers need a license')).toMatchObject({ roles: BOTH });
  });
});
