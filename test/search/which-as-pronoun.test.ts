import { describe, expect, it } from 'vitest';
import { ask, BOTH, CASE } from '../support/ask.ts';

// Issue 18: "which" before a verb chooses between the roles discussed, as "which one" does; before a noun it chooses
// among what the noun names.

describe('"which" as a pronoun', () => {
  it('after one role, then the other, "which could earn more" compares the two', () => {
    expect(ask('what does a case manager do', 'and a care manager?', 'which could earn more')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: BOTH,
    });
  });

  it('a choice for a person weighs both roles', () => {
    expect(ask('what does a case manager do', 'and a care manager?', 'which would suit a night owl')).toMatchObject({
      kind: 'answer',
      roles: BOTH,
    });
  });

  it('"which" before a noun stays on the thread\'s role', () => {
    expect(ask('what does a case manager do', 'which certification should I get')).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: CASE,
    });
  });
});
