import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { replay } from '../../src/conversation/context.ts';
import { ask, CARE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());
const gapOf = (...messages: string[]) =>
  answerer.ask(messages.at(-1) ?? '', replay(answerer, messages.slice(0, -1))).gap;

// Issue 18, round 14: an average figure says nothing of what moves it.
describe('what a figure is asked to turn on', () => {
  it('a credential or a kind of place the pay facts do not name is unsaid', () => {
    expect(ask('will a care manager earn more once they hold a certification')).toMatchObject({
      topic: 'salary',
      roles: CARE,
      covered: false,
    });
    expect(gapOf('is care manager pay higher in suburban counties than downtown')).toContain('“suburban”');
  });

  it('what the facts do name answers it, and so does the same question without a condition', () => {
    expect(ask('do care managers with an RN license get paid more').covered).toBe(true);
    expect(ask('non-RN care managers vs RN ones, what is the pay difference').covered).toBe(true);
    expect(ask('would moving into care management pay more than what I make now').covered).toBe(true);
    expect(ask('how much do care managers make').covered).toBe(true);
  });
});
