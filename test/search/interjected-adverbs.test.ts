import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Issue 18: an adverb that only stresses or hedges, typed inside a set phrase, does not break the phrase.

describe('an adverb inside a phrase', () => {
  it.each([
    ["so what does a care manager's day usually look like", 'duties', ['care-manager']],
    ["what is a case manager's day really like", 'duties', ['case-manager']],
    ["what does a case manager's day honestly look like", 'duties', ['case-manager']],
  ])('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('is read as before where it starts the words, not inside a phrase', () => {
    expect(ask('do care managers really work weekends')).toMatchObject({ topic: 'work-environment' });
  });
});
