import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// A clause of time whose subject is the asker ("when I interview them", "when I call case management") says when the
// asker asks, not what: its words are not asked of the role, and "when" before its subject asks for no moment.
describe("the asker's own circumstance is not asked", () => {
  it.each([
    ['what kind of personality should I look for when I interview care managers', 'skills', CARE],
    ['when I call case management what are they doing all day?', 'duties', CASE],
  ])('%s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles, covered: true });
  });
  it('"when" before an auxiliary still asks for a moment', () => {
    expect(ask('when did case management start')).toMatchObject({ kind: 'answer', roles: CASE, covered: false });
  });
  it('what is asked before the clause is still read', () => {
    expect(ask('what software do case managers use when I refer a patient')).toMatchObject({
      kind: 'answer',
      roles: CASE,
      covered: false,
    });
  });
});

// Reflexive pronouns are grammar words (language.json stopwords): "by the patients *themselves*" names the people a
// role serves as "by the patients" does, so the alternative the facts state is answered.
describe('a reflexive pronoun names nothing', () => {
  it('are care managers employed by hospitals or by the clients themselves?', () => {
    expect(ask('are care managers employed by hospitals or by the clients themselves?')).toMatchObject({
      kind: 'answer',
      roles: CARE,
      covered: true,
    });
  });
});
