import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// A place asked of one role that only the other role's facts name: the article puts case managers in hospitals and
// care managers wherever their patients are, so whether a care manager can work at a hospital is not said.
describe('a place asked of a role that only the other role is said to work in', () => {
  it.each([
    ['could a care manager work at a hospital', CARE],
    ['do case managers ever work in private homes', CASE],
    ['can they work in a hospital though', CARE, 'what is a care manager'],
  ])('%s: where they work, flagged', (question, roles, before?: string) => {
    const answer = before ? ask(before, question) : ask(question);
    expect(answer).toMatchObject({ kind: 'answer', topic: 'work-environment', roles, covered: false });
  });

  it.each([
    ['do care managers work in nursing homes', CARE],
    ['do case managers work at hospitals', CASE],
    ['my aunt is a care manager and is never in a hospital, is that normal?', CARE],
  ])('%s: the facts name the place, or no place is asked: covered', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', roles, covered: true });
  });
});
