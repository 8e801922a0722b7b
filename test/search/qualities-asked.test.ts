import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18: a quality asked of the role's holder ("need to be X", "is X important for") asks the skills, as "I'm X" does.

describe('a quality asked of the role', () => {
  it.each([
    ['do case managers need to be really assertive', CASE],
    ['need to be detail-oriented for case management?', CASE],
    ['is handwriting neatness important for care managers', CARE],
    ['is punctuality important for case managers', CASE],
  ])('%s → skills', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'skills', roles });
  });

  it('a job or a participle after "to be" is no quality', () => {
    expect(ask('do you have to be a nurse to be a case manager')).not.toMatchObject({ topic: 'skills' });
    expect(ask('do care managers need to be certified')).toMatchObject({ topic: 'certification' });
  });
});
