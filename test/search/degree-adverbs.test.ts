import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// English's adverbs of degree ("barely", "hardly", "scarcely": language.json stopwords, beside "quite") say how much,
// not what: a yes-or-no question with one is asked whether the role does what follows, which the facts say.
describe('an adverb of degree asks nothing of its own', () => {
  it.each([
    ['is it true case managers barely keep patient records?', CASE],
    ['do care managers barely see their clients?', CARE],
  ])('%s', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'duties', roles, covered: true });
  });
  it('what follows it is still read', () => {
    expect(ask('do care managers barely ever use Epic?')).toMatchObject({ covered: false });
  });
});
