import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15: what the facts answer is not flagged as unsaid for a word that only frames the question (our own
// wordings; see docs/matching.md, "What the facts answer, framed in other words").

describe('a going somewhere asks where the role works', () => {
  it('answers a going to the clients, or around, from the facts of where care managers work', () => {
    expect(ask('do care managers usually drive over to their clients or stay in one place')).toMatchObject({
      roles: CARE,
      covered: true,
    });
  });

  it('keeps the means, the amount and a going with no direction unsaid', () => {
    expect(ask('would a care manager have to drive around much')).toMatchObject({ covered: false });
    expect(ask('do case managers travel')).toMatchObject({ covered: false });
    expect(ask('do care managers need their own car')).toMatchObject({ covered: false });
  });
});

describe('what the asker says they did, in a clause of its own', () => {
  it('reads a statement before or after the question as who asks', () => {
    expect(ask('I studied in Nairobi, what does a case manager do?')).toMatchObject({ roles: CASE, covered: true });
    expect(ask("what's a care manager, I qualified in Dublin and we don't use that title")).toMatchObject({
      topic: 'definition',
      roles: CARE,
      covered: true,
    });
  });

  it("reads an aspect of the asker's own on its own topic only", () => {
    expect(ask('I work nights, what degree does a care manager need?')).toMatchObject({ covered: true });
    expect(ask("what does a care manager earn, I'm in Oregon")).toMatchObject({ topic: 'salary', covered: false });
  });

  it('still asks what a yes-or-no question asks to count', () => {
    expect(ask('I trained in Dublin, does that count toward case manager experience?')).toMatchObject({
      covered: false,
    });
  });
});

describe('how the role is at a place the facts name', () => {
  it('is no word asked of the role', () => {
    expect(ask('are case managers glued to an office all day')).toMatchObject({ roles: CASE, covered: true });
  });

  it('leaves a place the facts do not name unsaid', () => {
    expect(ask('are case managers stuck in a cubicle')).toMatchObject({ covered: false });
  });
});

describe("the asker's own clause, beside another role's words", () => {
  it("asks no word of the asker's clause of the role", () => {
    expect(ask('which skills would a case manager use that I never needed at the bedside?')).toMatchObject({
      covered: true,
    });
    expect(ask('do case managers need a good bedside manner')).toMatchObject({ covered: false });
  });
});

describe('the people a role serves, offered as an alternative', () => {
  it('is answered by facts that name its clients', () => {
    expect(ask("is a care manager hired by the hospital or by the client's family")).toMatchObject({
      roles: CARE,
      covered: true,
    });
  });

  it('answers nothing of a named employer beside them', () => {
    expect(ask('do care managers work for the VA or for the family')).toMatchObject({ covered: false });
  });
});

describe('whether a figure depends on something', () => {
  it('is answered by a fact that says it depends on it', () => {
    expect(ask('does my degree change how many years of supervised experience the NACCM wants')).toMatchObject({
      covered: true,
    });
  });

  it("still asks the figure for the asker's own case", () => {
    expect(ask("with my master's, how many years of supervised experience do I need for the NACCM")).toMatchObject({
      covered: false,
    });
  });
});

describe('short forms in their typed plural, and "alot"', () => {
  it('reads them as their words', () => {
    expect(ask('do case managers have to be RNs')).toMatchObject({ roles: CASE, covered: true });
    expect(ask('do care managers visit clients alot')).toMatchObject({ roles: CARE, covered: true });
  });
});
