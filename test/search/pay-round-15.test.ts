import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { replay } from '../../src/conversation/context.ts';
import { answererWithFixture } from '../conversation/evaluate.ts';
import { ask, askIn, BOTH, CARE, CASE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());
const gapOf = (...messages: string[]) =>
  answerer.ask(messages.at(-1) ?? '', replay(answerer, messages.slice(0, -1))).gap;

// Issue 18, round 15: pay questions whose figure the facts do not give, by what the question's grammar asks.
describe('pay, round 15', () => {
  it('a figure set against another job or a thing is unsaid; against our roles it is the facts’ comparison', () => {
    expect(ask('do care managers earn more than school nurses?')).toMatchObject({
      topic: 'salary',
      roles: CARE,
      covered: false,
    });
    expect(gapOf('do care managers earn more than school nurses?')).toBe(
      'Nothing in the article gives salary for “school nurse” to set against.',
    );
    expect(ask('care manager salary compared to a paramedic').covered).toBe(false);
    expect(ask('would going from teaching to care management mean a pay cut').covered).toBe(false);
    // The role's own holders and the other role are what the facts compare.
    expect(ask('do RN care managers earn more than the non-RN ones').covered).toBe(true);
    expect(ask('do case managers earn more than care managers').covered).toBe(true);
  });

  it('a fragment after the question that only sets it beside something goes on asking it', () => {
    expect(ask("what's a care manager's salary? less than a paramedic?")).toMatchObject({
      roles: CARE,
      covered: false,
    });
    expect(ask("what's a care manager's salary? more than case managers?").covered).toBe(true);
  });

  it('pay for a person described before their title is their pay', () => {
    expect(ask('what is the pay for a recently hired case manager')).toMatchObject({ topic: 'salary', roles: CASE });
  });

  it('paying for a thing asks who bears its cost, on the thing’s own topic', () => {
    expect(ask('will the hospital pay for my CCM exam')).toMatchObject({ topic: 'certification', covered: false });
    expect(ask('what degree do case managers need and does the employer pay for it?')).toMatchObject({
      topic: 'education',
      roles: CASE,
      covered: false,
    });
    // A hospital's fact that says it reimburses the fee answers who pays, though not what the exam costs.
    const cedar = answererWithFixture('cedar-ridge');
    expect(askIn(cedar, 'will the hospital pay for the CIC exam?')).toMatchObject({
      topic: 'certification',
      covered: true,
    });
  });

  it('a thing said to be paid is asked of its own topic', () => {
    expect(ask('is a care management internship paid?')).toMatchObject({
      topic: 'experience',
      roles: CARE,
      covered: false,
    });
    expect(gapOf('is a care management internship paid?')).toBe('Nothing in the article says anything about “paid”.');
  });

  it('overtime in a pay thread is its pay; alone it is the hours', () => {
    expect(ask('what do care managers earn', 'and is overtime paid on top?')).toMatchObject({
      topic: 'salary',
      roles: CARE,
      covered: false,
    });
    expect(ask('do case managers work overtime')).toMatchObject({ topic: 'work-environment', covered: false });
  });

  it('who pays says whose pay is meant; what is paid is asked', () => {
    expect(ask('where can care managers work?', 'which of those settings pays the most?')).toMatchObject({
      topic: 'salary',
      roles: CARE,
      covered: false,
    });
  });

  it('how often is answered by a number of times, not by a sum of money', () => {
    expect(gapOf('how often does a care manager’s pay go up')).toBe('Nothing in the article gives a number for that.');
  });

  it('a condition on a figure the facts do not even give is unsaid', () => {
    expect(ask('would a CCM bump up a case manager’s pay')).toMatchObject({ topic: 'salary', covered: false });
    expect(ask('does being a registered nurse bump up a care manager’s pay').covered).toBe(true);
    expect(ask('do case managers make more money than care managers?')).toMatchObject({ roles: BOTH, covered: true });
  });
});
