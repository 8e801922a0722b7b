import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// "Does it vary by X" asks whether the facts tie the thing to X: the verb compares as "differ" does and is no thing
// the facts must name; what follows it is what they must state.
describe('whether something varies with what follows', () => {
  it('the facts tie the years to the state: covered', () => {
    expect(ask('how much experience for a case manager', 'does that vary by state?')).toMatchObject({
      kind: 'answer',
      topic: 'experience',
      roles: CASE,
      covered: true,
    });
  });

  it.each([
    ['case manager certification', 'does it vary by state', 'certification', CASE],
    ['care manager salary', 'does it vary by region', 'salary', CARE],
  ])('after %s, %s: the facts name no state, flagged', (before, question, topic, roles) => {
    expect(ask(before, question)).toMatchObject({ kind: 'answer', topic, roles, covered: false });
  });
});
