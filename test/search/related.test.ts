import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18, point 2: words no list names (not language.json, not a topic's terms, not gaps.json) reach the topic
// whose own words they are close to in general English (the shipped word vectors).
describe('meaning, not only spelling', () => {
  it.each([
    ['care manager doctorate?', 'education'],
    ['case manager apprenticeship?', 'experience'],
    ['care manager proficiency?', 'skills'],
    ['outpatient case managers?', 'work-environment'],
  ])('%s → %s', (question, topic) => {
    const answer = answerer.ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.topic).toBe(topic);
  });

  it('a word close to nothing of ours changes nothing: the overview of the role', () => {
    expect(answerer.ask('care manager giraffe?').topic).toBe('definition');
  });
});
