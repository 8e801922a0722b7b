import { describe, expect, it } from 'vitest';
import { replay } from '../../src/conversation/context.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// Issue 18: after the roles are compared, "which is better for someone <quality>" asks which role fits that person.

const answerer = createAnswerer(loadKnowledge());
const ask = (...messages: string[]) => {
  const question = messages.pop()!;
  const a = answerer.ask(question, replay(answerer, messages));
  return { kind: a.kind, topic: a.topic, roles: a.roles, covered: a.covered };
};
const BOTH = ['case-manager', 'care-manager'];
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
