import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17: a thread that went from one role to the other; a description ("the office one", "the home
// visit one") picks between the two it discussed, by whose facts state it.

const SWITCHED = [
  'what is the difference between a case manager and a care manager',
  'which one sits in an office more',
  'and where does the other one work',
];

describe('a description picks between the roles a thread discussed', () => {
  it('a correction by description, in a sentence before the question, picks the role the question asks of', () => {
    expect(ask(...SWITCHED, 'no sorry i meant the office one. what do they earn')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CASE,
    });
  });

  it("a message that only picks asks the thread's question of the role picked", () => {
    expect(ask(...SWITCHED, 'what do they earn', 'and the office one?')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CASE,
    });
    expect(
      ask(...SWITCHED, 'no sorry i meant the office one. what do they earn', 'and the home visit one?'),
    ).toMatchObject({ kind: 'answer', topic: 'salary', roles: CARE });
  });
});
