import { describe, expect, it } from 'vitest';
import { ask, CASE } from '../support/ask.ts';

// Issue 18, round 17, LABELLING.md convention 4: "does X count more than Y" asks what the asker's past is worth (the
// experience, not covered: a ranking the article doesn't give). A comparative right after a verb of counting grades
// the counting; it is no pay. Own wordings, none from a labelled set.

describe('a comparative after a verb of counting grades it, no pay', () => {
  it.each([
    ['does tele count less than ICU for case management', CASE],
    ['does my ICU time count more for case management', CASE],
  ])('%s → experience', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'experience', roles });
  });

  it('a comparative after a verb of pay is still the pay', () => {
    expect(ask('do case managers make more than bedside nurses')).toMatchObject({ topic: 'salary', roles: CASE });
  });

  // Where the matcher then finds no topic (a role's overview), the model, which reads the message's raw words, can
  // still read "more" as pay.
  it.fails('would step-down count more than tele for care management → experience', () => {
    expect(ask('would step-down count more than tele for care management')).toMatchObject({ topic: 'experience' });
  });

  // A setting named as the asker's past ("hospice", "home health") is still read as where the role works.
  it.fails('does hospice count more than home health for getting into case management → experience', () => {
    expect(ask('does hospice count more than home health for getting into case management')).toMatchObject({
      topic: 'experience',
    });
  });
});
