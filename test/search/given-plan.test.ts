import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17: a workplace's word given to a role names a thing of the job ("health insurance": a plan), not a
// place they work; the role's own place ("their own office") still is where they work.

describe('a workplace term a role is asked to get', () => {
  it.each([
    ['do case managers get health insurance through the hospital?', CASE],
    ['do care managers usually get health insurance thru their employer', CARE],
  ])('%s → the pay, not covered', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'salary', roles, covered: false });
  });

  it('leaves the role its own place', () => {
    expect(ask('do case managers get their own office')).toMatchObject({ topic: 'work-environment' });
  });
});
