import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask } from '../support/ask.ts';

// Issue 18, round 17: "401k" has the shape of a sum ("70k") and was read as the pay, so the pay's figures answered it.
// It is a retirement plan, a benefit no fact names (LABELLING.md 4): the pay's facts, `covered: false`, the benefits'
// line. A sum asked of the pay is still answered by its figures.

const BENEFITS = 'Nothing in the article says what benefits come with the job (bonuses, retirement, time off).';
const answerer = createAnswerer(loadKnowledge());

describe('a retirement plan typed as a sum is asked as a benefit', () => {
  it.each([
    ['does a case manager get a 401k'],
    ['401k for care managers?'],
    ['is a 401k standard for case managers'],
    ['case manager 401k match?'],
    ['do care managers usually get health insurance or a 401k through their job'],
  ])('%s → the pay, not covered, the benefits line', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic: 'salary', covered: false });
    expect(answerer.ask(message).gap).toBe(BENEFITS);
  });
});

describe('a sum asked of the pay is still answered', () => {
  it.each([['do case managers make 90k'], ['can a care manager clear 60k'], ['is 70k normal for a care manager']])(
    '%s → covered',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'answer', topic: 'salary', covered: true });
    },
  );
});

describe("a company's own plan is still the company's policy", () => {
  it("what's our company's 401k match? → declined", () => {
    expect(ask("What's our company's 401k match?")).toMatchObject({ kind: 'declined' });
  });
});
