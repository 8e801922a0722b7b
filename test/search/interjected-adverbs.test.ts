import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// Issue 18: an adverb that only stresses or hedges, typed inside a set phrase, does not break the phrase.

const answerer = createAnswerer(loadKnowledge());
const ask = (question: string) => {
  const a = answerer.ask(question);
  return { kind: a.kind, topic: a.topic, roles: a.roles };
};

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
