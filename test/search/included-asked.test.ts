import { describe, expect, it } from 'vitest';
import { replay } from '../../src/conversation/context.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { askIn, CARE } from '../support/ask.ts';

// Issue 18, round 17: what a thing of the facts is asked to include. The care managers' experience facts say what
// its years must include (an internship or supervised experience, direct care); anything else asked to be in them is
// not said (LABELLING.md 4), however common its word ("school"). Wordings of our own.

const answerer = createAnswerer(loadKnowledge());
const ask = (...messages: string[]) => askIn(answerer, ...messages);

describe('a thing asked to be included that the facts do not list is flagged', () => {
  it.each([
    ['does the five years for care managers include volunteer work'],
    ['does care manager experience include time as a student'],
  ])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic: 'experience', covered: false });
  });

  it('in a thread, the card names what was asked', () => {
    const thread = ['how much experience do care managers need', 'so does that five years include school?'];
    expect(ask(...thread)).toMatchObject({ kind: 'answer', topic: 'experience', covered: false });
    const card = answerer.ask(thread[1]!, replay(answerer, [thread[0]!]));
    expect(card.gap).toBe('Nothing in the article says anything about “school”.');
  });
});

describe('what the facts list as included stays covered', () => {
  it.each([
    ['does the care manager experience include an internship'],
    ['Does care management experience have to include an internship?'],
    ['does the care manager experience include supervised work'],
  ])('%s → covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic: 'experience', roles: CARE, covered: true });
  });
});
