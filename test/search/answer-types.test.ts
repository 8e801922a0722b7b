import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());
const gapOf = (question: string) => answerer.ask(question).gap;

// Issue 18: the kind of answer a question's grammar asks for (the names of a kind, whom a role answers to, a dated
// figure, a number offered as a choice, a rate by some unit) that none of the chosen facts gives, though every word
// of it is on the topic.
describe('what kind of answer is asked', () => {
  it('the names of a kind are not given by facts that only count it ("some states")', () => {
    const question = 'which states ask case managers for up to five years of nursing experience?';
    expect(ask(question)).toMatchObject({ topic: 'experience', roles: CASE, covered: false });
    expect(gapOf(question)).toBe('Nothing in the article says which states.');
  });

  it('a kind the facts list by name ("such as ...") is answered', () => {
    expect(ask('which institutions grant case manager certification?')).toMatchObject({
      topic: 'certification',
      covered: true,
    });
  });

  it('whom a role answers to is asked of facts that name no one above it', () => {
    expect(ask('who does a case manager answer to at a hospital?')).toMatchObject({ roles: CASE, covered: false });
    expect(gapOf("who is a care manager's boss?")).toBe(
      'Nothing in the article says whom they report to or who supervises them.',
    );
  });

  it('whom a role works for is stated', () => {
    expect(ask('who do care managers work for?')).toMatchObject({ topic: 'definition', covered: true });
  });

  it('whether a figure is current asks for a date the facts do not give', () => {
    const question = 'are those care manager salary numbers up to date?';
    expect(ask(question)).toMatchObject({ topic: 'salary', roles: CARE, covered: false });
    expect(gapOf(question)).toBe('Nothing in the article gives a date or says when.');
  });

  it('"current" of what is needed asks no date', () => {
    expect(ask('do case managers need a current RN license?')).toMatchObject({ topic: 'certification', covered: true });
  });

  it('numbers offered as the choice ask for a number the facts do not give', () => {
    const question = 'do case managers see 5 or 10 patients a day';
    expect(ask(question)).toMatchObject({ topic: 'duties', roles: CASE, covered: false });
    expect(gapOf(question)).toBe('Nothing in the article gives a number for that.');
  });

  it('numbers offered where the facts give figures are answered by them', () => {
    expect(ask('do care managers make 50k or 70k')).toMatchObject({ topic: 'salary', covered: true });
  });

  it('a rate by a unit no fact names is unsaid; the unit the facts name is not', () => {
    expect(ask('are care managers paid per visit?')).toMatchObject({ topic: 'salary', roles: CARE, covered: false });
    expect(gapOf('are care managers paid per visit?')).toBe('Nothing in the article says anything about “per visit”.');
    expect(ask('is care manager pay per year?').covered).toBe(true);
  });
});
