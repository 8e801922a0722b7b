import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask, CASE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18: a yes-or-no question that asks a role with a verb saying nothing of its own ("get", "use", "work", "need")
// asks about what that verb takes; when no chosen fact names any of it, the answer says so, quoting the verb phrase.
describe('what a generic verb takes, unnamed by the facts', () => {
  it.each([['do case managers get the summer off', CASE, 'get the summer off']])(
    '%s: not covered, the phrase quoted',
    (question, roles, phrase) => {
      const answer = answerer.ask(question);
      expect(answer.kind).toBe('answer');
      expect(answer.roles).toEqual(roles);
      expect(answer.covered).toBe(false);
      expect(answer.gap).toBe(`Nothing in the article says anything about “${phrase}”.`);
    },
  );

  it.each([
    // "house" is the lists' word for a home, which the care managers' facts name.
    "do care managers go to people's houses",
    'do care managers need a degree',
    // "organized" and the skills' "organization" are forms of one word.
    'do case managers need to be organized',
    'do case managers work with insurance companies',
  ])('%s: a chosen fact names what the verb takes, covered', (question) => {
    expect(ask(question).covered).toBe(true);
  });

  it('a verb of its own is not read: the facts say it in their own words ("research the legality")', () => {
    expect(ask('does a care manager check that care plans are legal').covered).toBe(true);
  });

  it('"they" may be anyone the message names, not the role', () => {
    const answer = ask('if my daughter finishes her ADN, can they go into case management right away?');
    expect(answer.roles).toEqual(CASE);
    expect(answer.covered).toBe(true);
  });
});
