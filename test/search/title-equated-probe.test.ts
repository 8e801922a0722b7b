import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Probe of the kind "another title equated with ours" (issue 18, round 15), in wordings of our own: whether two titles
// name one job is what each role is (the definition), and only the facts that write the title settle it (the article
// calls a case manager a "nurse case manager"; it names no other title for either role).
describe('probe: another title asked to be one of our roles', () => {
  it.each([
    ['is a transition coordinator basically a case manager?', CASE],
    ['are patient advocates and care managers the same job', CARE],
    ['is a discharge nurse just a case manager by another name', CASE],
    ['care navigator = care manager?', CARE],
    ['is a care manager really just a glorified home health aide', CARE],
    ['Is an elder care consultant a different job from a care manager?', CARE],
    ['are case managers and utilization reviewers one and the same?', CASE],
    ["is 'client coordinator' a fair title for a care manager?", CARE],
    ['is a social services coordinator kind of the same as a case manager?', CASE],
    ['so a care manager is basically a private duty nurse?', CARE],
    ["isn't a case manager just a discharge planner?", CASE],
    ['hospital liaison vs case manager - same job?', CASE],
    ['do "care coordinator" and "care manager" mean the same thing?', CARE],
    ['is a family care advocate a whole other job from a care manager', CARE],
    ['is a case manger pretty much a transition nurse', CASE],
    ['would you say a care manager and a patient liaison are the same role', CARE],
    ['is a care manager a type of social worker', CARE],
  ])('%s: what the role is, flagged', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles, covered: false });
  });

  it.each([
    ['is a nurse case manager a different job than a case manager', CASE],
    ['are case managers the same thing as nurse case managers?', CASE],
    ['are NCMs and case managers basically the same thing', CASE],
  ])('%s: the facts name the title, covered', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles, covered: true });
  });

  it.each([
    ['what is a case manager', 'is a transition nurse basically that?', CASE],
    ['what does a care manager do', 'so is she basically a home health aide?', CARE],
  ])('%s → %s: the thread’s role, flagged', (first, question, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic: 'definition', roles, covered: false });
  });
});
