import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18, round 14: the facts name what is required, not what else stands in for it.
describe('one thing asked to count the same as another', () => {
  it('is unsaid where no chosen fact equates anything', () => {
    expect(ask('is an LPN certificate the same as an associate degree for care managers?').covered).toBe(false);
    expect(
      answerer.ask('would a foreign nursing diploma be considered equivalent to a BSN for care managers').gap,
    ).toBe('Nothing in the article says whether one counts the same as the other.');
  });

  it('leaves titles likened to a role to their own words', () => {
    expect(ask('is a case manager the same as a care manager').covered).toBe(true);
    expect(answerer.ask('is a care manager the same thing as a hospice chaplain?').gap).toContain('“chaplain”');
  });
});
