import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17: a thing a role is asked to receive ("do they get ...") is a perk of the job, whatever the lists
// read it as (LABELLING.md convention 3): the pay, not covered, with the benefits' line.

const BENEFITS_LINE = /says what benefits come with the job/;

describe('a thing a role gets with the job', () => {
  const answerer = createAnswerer(loadKnowledge());

  it.each([
    ['do case managers get dental and vision', CASE],
    ['do care managers get OT', CARE],
    ['do case managers usually get health insurance through the hospital?', CASE],
    ['do care managers get a company phone or gas card', CARE],
    ['do case managers get OT when they stay late to finish notes?', CASE],
    ['do care managers get mileage if they drive to clients', CARE],
  ])('%s → the pay, not covered, its benefits line', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'salary', roles, covered: false });
    expect(answerer.ask(question).gap).toMatch(BENEFITS_LINE);
  });

  it('leaves what the role becomes, where it gets to and what it is paid to their own readings', () => {
    expect(ask('do care managers get lonely')).toMatchObject({ topic: 'work-environment' });
    expect(ask('do case managers get their own office')).toMatchObject({ topic: 'work-environment' });
    expect(ask('do case managers get tuition reimbursement for the BSN')).toMatchObject({ topic: 'education' });
    expect(ask('can care managers get certified through the CCMC')).toMatchObject({ topic: 'certification' });
    expect(ask('do case managers get paid more than floor nurses')).toMatchObject({ topic: 'salary' });
  });
});
