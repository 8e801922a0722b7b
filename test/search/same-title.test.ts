import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Whether two titles name one job is said only where the facts write the title: the article calls a case manager a
// "nurse case manager", and says nothing of a "geriatric" care manager or of jobs it never names.
describe('a title asked to be the same job as a role', () => {
  it.each([
    ['is a care manager the same job as a geriatric care manager?', CARE],
    ['geriatric care manager - the same thing as a care manager?', CARE],
    ['is a case manager basically the same as a patient advocate', CASE],
    ['is a case manager the same as a discharge planner?', CASE],
  ])('%s: what the role is, flagged', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles, covered: false });
  });

  it.each([
    ['is a nurse case manager the same thing as a case manager?', CASE],
    ['is a case manager the same as a care manager or not', ['case-manager', 'care-manager']],
    ['what does NCM stand for, and is it the same job as a case manager', CASE],
  ])('%s: the facts say it, covered', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles, covered: true });
  });

  it('"as" after "the same" compares: the other job is not the asker\'s past', () => {
    expect(ask('is a care manager the same thing as a hospice chaplain')).toMatchObject({
      kind: 'answer',
      covered: false,
    });
  });
});
