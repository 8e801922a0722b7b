import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// "A counts for B": B is what is asked (its requirement); A only says by what means.
describe('what something counts or is enough for is what is asked', () => {
  it.each([
    ['would my years as a CNA count toward the case manager cert', CASE],
    ['can patient care experience count for the NACCM certification', CARE],
    ['does ER experience count toward the CCM certification', CASE],
  ])('%s: the certification', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'certification', roles });
  });

  it('in a thread on degrees, a degree enough for the cert asks the cert', () => {
    const answer = ask('what education do care managers need', 'is a sociology degree enough for the certification');
    expect(answer).toMatchObject({ kind: 'answer', topic: 'certification', roles: CARE });
  });

  it.each([
    ['is a BSN enough for case management, or do most hospitals want more', 'education', CASE],
    ['which degrees qualify for these jobs?', 'education', undefined],
    ['does my volunteer time count toward the care manager experience', 'experience', CARE],
  ])('%s: a role, a word for the job, or the same topic as the goal change nothing', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, ...(roles ? { roles } : {}) });
  });
});
