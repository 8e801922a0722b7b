import { describe, expect, it } from 'vitest';
import { ask, BOTH } from '../support/ask.ts';

// Issue 18: after the roles are compared, "which is better for someone <quality>" asks which role fits that person.

const COMPARED = 'how do case managers and care managers differ';

describe('a choice weighed for someone of a quality', () => {
  it.each([['which one suits someone shy'], ['which would be better for an extrovert']])(
    '%s → the skills of both, flagged',
    (question) => {
      expect(ask(COMPARED, question)).toMatchObject({ kind: 'answer', topic: 'skills', roles: BOTH, covered: false });
    },
  );

  it('a job after "for" is no quality', () => {
    expect(ask(COMPARED, 'which is better for a nurse')).not.toMatchObject({ topic: 'skills' });
  });
});
