import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18, point 5: what a question asks of a role that none of the chosen facts states is flagged, though no
// gaps.json aspect names it; what the facts do state (in their words or close ones) is not.
describe('gaps from the facts', () => {
  it.each([
    ['do case managers do utilization review as part of the job', 'duties', 'utilization'],
    ['do care managers need to be good at math', 'skills', 'math'],
  ])('%s: not covered, said plainly', (question, topic, word) => {
    const answer = answerer.ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.topic).toBe(topic);
    expect(answer.covered).toBe(false);
    expect(answer.gap).toBe(`Nothing in the article says anything about “${word}”.`);
  });

  it.each([
    'do case managers coordinate care for patients',
    'do care managers help with transportation to appointments',
    'do care managers research local support systems',
    'do case managers work in hospitals',
  ])('%s: covered, no gap line', (question) => {
    const answer = answerer.ask(question);
    expect(answer.covered).toBe(true);
    expect(answer.gap).toBeNull();
  });

  it('a "what" question asks for the topic itself: its other words are not flagged', () => {
    expect(answerer.ask('what traits should i screen for in case manager candidates').covered).toBe(true);
  });
});
