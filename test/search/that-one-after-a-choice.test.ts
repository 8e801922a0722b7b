import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// "which one ..." asks which of the roles; both roles' facts are shown, and the one whose facts state what was asked
// is the one "that one" points at next.
describe('"that one" after a question choosing between the roles', () => {
  it.each([
    ['which of them goes out to see people in their homes?', 'and what would that one get paid', 'salary', CARE],
    ['which one sits in an office most of the day', 'what skills does that one need?', 'skills', CASE],
    ['who has an office job of the two', 'how many years of experience for this one', 'experience', CASE],
  ])('%s / %s: its own topic, for the role chosen', (choice, next, topic, roles) => {
    expect(ask(choice)).toMatchObject({ kind: 'answer', roles: BOTH });
    expect(ask(choice, next)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('a choice the facts leave open keeps both roles', () => {
    const next = ask('which one needs more schooling', 'how many years of experience for that one');
    expect(next).toMatchObject({ topic: 'experience', roles: BOTH });
  });

  it('"that one" with no choice before it is still the thread\'s thing', () => {
    expect(ask('what certification do care managers need', 'who pays for that one')).toMatchObject({
      topic: 'certification',
      roles: CARE,
    });
  });
});
